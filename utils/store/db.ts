import { type IDBPDatabase, openDB, unwrap } from 'idb';
import { NewerDatabaseError, schemaGaps } from './db-compat';
import { type ClaimCheckDB, DB_SCHEMA, DB_VERSION, UPGRADES } from './db-schema';

export const DB_NAME = 'claimcheck';

let opened: Promise<IDBPDatabase<ClaimCheckDB>> | null = null;

/**
 * The one connection of this context (popup, options, worker); reopened if the browser closes it.
 * A failed open is not kept: an upgrade the disk refused (it rolls back) is tried again by the
 * next call, instead of failing every report until the worker restarts.
 */
export function reportsDb(): Promise<IDBPDatabase<ClaimCheckDB>> {
  if (opened) return opened;
  const opening: Promise<IDBPDatabase<ClaimCheckDB>> = openReportsDb().then(
    (db) => {
      db.addEventListener('close', () => {
        opened = null;
      });
      return db;
    },
    (error: unknown) => {
      if (opened === opening) opened = null;
      throw error;
    },
  );
  opened = opening;
  return opening;
}

/** Forgets the cached connection (tests swap in a fresh IndexedDB per test). */
export function closeReportsDb(): void {
  void opened?.then((db) => db.close());
  opened = null;
}

/**
 * Opens (and upgrades) the database; `version` below the current one is for tests of the upgrade.
 * A database at a higher version (this build was rolled back, or a newer one made it) cannot be
 * opened at this one (VersionError): it is opened as it is and used if it has what this build needs.
 */
export async function openReportsDb(version = DB_VERSION): Promise<IDBPDatabase<ClaimCheckDB>> {
  try {
    return await openDB<ClaimCheckDB>(DB_NAME, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        for (let v = oldVersion; v < (newVersion ?? version); v++) UPGRADES[v]?.(db, tx);
      },
      blocking: letNewerVersionIn,
    });
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name !== 'VersionError') throw error;
    return openAsItIs();
  }
}

/** Never deletes or changes the newer database: a failure leaves it for the build that made it. */
async function openAsItIs(): Promise<IDBPDatabase<ClaimCheckDB>> {
  // Without a version the database opens at its own, so no upgrade runs on what a newer build wrote.
  const db = await openDB<ClaimCheckDB>(DB_NAME, undefined, {
    upgrade(_db, _oldVersion, _newVersion, tx) {
      // Deleted since the VersionError: creating an empty version 1 here would make every later
      // upgrade fail (its steps assume step 1's stores); the next call creates it whole instead.
      tx.done.catch(() => {});
      tx.abort();
    },
    blocking: letNewerVersionIn,
  });
  const gaps = schemaGaps(unwrap(db), DB_SCHEMA);
  if (gaps.length === 0) return db;
  db.close();
  throw new NewerDatabaseError(db.version, DB_VERSION, gaps);
}

/**
 * Another context opens a higher version (the extension was updated): close, or its open waits
 * ('blocked') for as long as this one lives. The connection it names is closed even when it is
 * not the cached one (a test's, or one still being handed out).
 */
function letNewerVersionIn(_current: number, _next: number | null, event: IDBVersionChangeEvent): void {
  (event.target as IDBDatabase).close();
  closeReportsDb();
}
