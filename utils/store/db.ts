import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames, unwrap } from 'idb';
import type { StoredReport } from '../schemas/report';
import { NewerDatabaseError, type SchemaShape, schemaGaps } from './db-compat';

export const DB_NAME = 'claimcheck';

export interface ClaimCheckDB extends DBSchema {
  reports: {
    key: string;
    value: StoredReport;
    indexes: {
      createdAt: string;
      status: string;
      category: string;
      platform: string;
      nextAttemptAt: number;
      /** [status, nextAttemptAt]: only rows that have a nextAttemptAt are in it. */
      pendingDue: [string, number];
      /** [platform, the account's field]: only rows whose account has that field are in each. */
      accountId: [string, string];
      accountHandle: [string, string];
      accountUrl: [string, string];
      accountName: [string, string];
    };
  };
  /** Small records the sync engine keeps across worker restarts (its lock, its last run). */
  meta: { key: string; value: { key: string; value: unknown } };
}

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

/** The account fields a report is found by on its platform (upgrade step 3). */
export const ACCOUNT_INDEXES = [
  ['accountId', 'id'],
  ['accountHandle', 'handle'],
  ['accountUrl', 'profileUrl'],
  ['accountName', 'displayName'],
] as const;

type Upgrade = (
  db: IDBPDatabase<ClaimCheckDB>,
  tx: IDBPTransaction<ClaimCheckDB, StoreNames<ClaimCheckDB>[], 'versionchange'>,
) => void;

/**
 * Versioned schema: step i upgrades version i to i + 1, so a browser that skipped versions runs
 * every step in order. Never edit a released step (records written under it must stay readable):
 * add one.
 */
const UPGRADES: Upgrade[] = [
  (db) => {
    const reports = db.createObjectStore('reports', { keyPath: 'report.id' });
    reports.createIndex('createdAt', 'report.createdAt');
    reports.createIndex('status', 'status');
    reports.createIndex('category', 'report.category');
    reports.createIndex('platform', 'report.platform');
    reports.createIndex('nextAttemptAt', 'nextAttemptAt');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // Rows without a nextAttemptAt stay out of it, so counting its 'pending' range tells, without
  // reading keys, whether a pending report lacks a due time (scheduleUnscheduled, every pass).
  (_db, tx) => tx.objectStore('reports').createIndex('pendingDue', ['status', 'nextAttemptAt']),
  // The popup marks the flagged accounts that have a report from these keys alone
  // (reported-accounts.ts): reading the records would read every screenshot with them.
  (_db, tx) => {
    const reports = tx.objectStore('reports');
    for (const [name, field] of ACCOUNT_INDEXES) reports.createIndex(name, ['report.platform', `report.account.${field}`]);
  },
];

export const DB_VERSION = UPGRADES.length;

/**
 * What the steps above leave, and so what this build needs of a database a newer build made
 * (db-newer.test.ts holds it equal to a fresh database). Add to it with every step.
 */
export const DB_SCHEMA: SchemaShape = {
  reports: {
    keyPath: 'report.id',
    indexes: {
      createdAt: 'report.createdAt',
      status: 'status',
      category: 'report.category',
      platform: 'report.platform',
      nextAttemptAt: 'nextAttemptAt',
      pendingDue: ['status', 'nextAttemptAt'],
      accountId: ['report.platform', 'report.account.id'],
      accountHandle: ['report.platform', 'report.account.handle'],
      accountUrl: ['report.platform', 'report.account.profileUrl'],
      accountName: ['report.platform', 'report.account.displayName'],
    },
  },
  meta: { keyPath: 'key', indexes: {} },
};

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
