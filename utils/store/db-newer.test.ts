import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeReport, reportId } from '../sync/testing/fixtures';
import { closeReportsDb, DB_NAME, reportsDb } from './db';
import { NEWER_DATABASE_INCOMPATIBLE, NewerDatabaseError, type SchemaShape } from './db-compat';
import { DB_SCHEMA, DB_VERSION } from './db-schema';
import { addReport, countByStatus, getReport, listReports } from './reports';

let factory: IDBFactory;
beforeEach(() => {
  closeReportsDb();
  factory = new IDBFactory();
  globalThis.indexedDB = factory;
});

/** Opens the database as a future build would, with plain IndexedDB; no version opens it as it is. */
function rawOpen(version?: number, upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, version);
    req.onupgradeneeded = () => upgrade?.(req.result, req.transaction!);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const done = (req: IDBRequest) => new Promise((resolve) => (req.onsuccess = () => resolve(req.result)));

/** A later version as additive changes make it: a store and an index this build does not know. */
const addFutureParts = (db: IDBDatabase, tx: IDBTransaction) => {
  db.createObjectStore('future', { keyPath: 'id' }).put({ id: 'kept', note: 'a newer build wrote this' });
  tx.objectStore('reports').createIndex('handle', 'report.account.handle');
};

async function fileTwoThenUpgrade(to: number): Promise<void> {
  await addReport(makeReport(1), false);
  await addReport(makeReport(2), true, new Date(1000));
  closeReportsDb();
  (await rawOpen(to, addFutureParts)).close();
}

function shapeOf(db: IDBDatabase): SchemaShape {
  const tx = db.transaction([...db.objectStoreNames]);
  const stores = [...db.objectStoreNames].map((name) => {
    const store = tx.objectStore(name);
    const indexes = [...store.indexNames].map((i) => [i, store.index(i).keyPath] as const);
    return [name, { keyPath: store.keyPath ?? '', indexes: Object.fromEntries(indexes) }] as const;
  });
  return Object.fromEntries(stores);
}

describe('a reports database made by a newer build', () => {
  it('needs exactly what the migrations create', async () => {
    expect(shapeOf(unwrap(await reportsDb()))).toEqual(DB_SCHEMA);
  });

  it('reads the reports it holds and files new ones, leaving the newer parts alone', async () => {
    await fileTwoThenUpgrade(DB_VERSION + 1);

    const db = await reportsDb();
    expect(db.version).toBe(DB_VERSION + 1);
    expect((await listReports()).map((r) => r.report.id)).toEqual([reportId(2), reportId(1)]);
    await addReport(makeReport(3), true, new Date(2000));
    expect((await getReport(reportId(3)))?.status).toBe('pending');
    expect(await countByStatus()).toEqual({ local: 1, pending: 2, synced: 0, rejected: 0 });
    expect(await db.getAllKeysFromIndex('reports', 'pendingDue')).toEqual([reportId(2), reportId(3)]);
    closeReportsDb();

    const raw = await rawOpen();
    expect(raw.version).toBe(DB_VERSION + 1);
    const tx = raw.transaction(['future', 'reports']);
    expect(await done(tx.objectStore('future').get('kept'))).toMatchObject({ note: 'a newer build wrote this' });
    expect(await done(tx.objectStore('reports').index('handle').getAllKeys('fan3'))).toEqual([reportId(3)]);
    raw.close();
  });

  it('lets a newer build upgrade while this one holds the database open', { timeout: 2000 }, async () => {
    await fileTwoThenUpgrade(DB_VERSION + 1);
    await reportsDb();
    (await rawOpen(DB_VERSION + 2, (db) => db.createObjectStore('later'))).close();
    expect((await reportsDb()).version).toBe(DB_VERSION + 2);
    expect(await listReports()).toHaveLength(2);
  });

  it('fails with a typed error, in English and Chinese, and changes nothing, when it lacks what this build needs', async () => {
    const stored = { report: { id: reportId(1), createdAt: 'x' }, status: 'local' };
    (
      await rawOpen(DB_VERSION + 1, (db) => {
        const reports = db.createObjectStore('reports', { keyPath: 'report.id' });
        // As if a later version had dropped pendingDue and moved createdAt to another field.
        reports.createIndex('createdAt', 'report.filedAt');
        for (const name of ['status', 'nextAttemptAt']) reports.createIndex(name, name);
        for (const name of ['category', 'platform']) reports.createIndex(name, `report.${name}`);
        reports.put(stored);
      })
    ).close();

    const failure = await reportsDb().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(NewerDatabaseError);
    expect(failure).toMatchObject({ code: NEWER_DATABASE_INCOMPATIBLE, version: DB_VERSION + 1, supported: DB_VERSION });
    expect((failure as NewerDatabaseError).missing).toEqual([
      'meta',
      'reports.createdAt (key path)',
      'reports.pendingDue',
      'reports.accountId',
      'reports.accountHandle',
      'reports.accountUrl',
      'reports.accountName',
    ]);
    expect((failure as Error).message).toMatch(/newer version of ClaimCheck.*Nothing was deleted/);
    expect((failure as Error).message).toContain('更新版本');

    const raw = await rawOpen();
    expect(raw.version).toBe(DB_VERSION + 1);
    expect([...raw.objectStoreNames]).toEqual(['reports']);
    expect(await done(raw.transaction('reports').objectStore('reports').get(reportId(1)))).toEqual(stored);
    raw.close();
  });

  it('creates nothing when the database goes between the VersionError and the open as it is', async () => {
    (await rawOpen(DB_VERSION + 1, (db) => db.createObjectStore('reports'))).close();
    const open = factory.open.bind(factory);
    factory.open = (name, version) => {
      if (version === undefined) factory.deleteDatabase(name);
      return open(name, version);
    };
    await expect(reportsDb()).rejects.toMatchObject({ name: 'AbortError' });
    // An empty version 1 left behind would fail every later upgrade (step 2 needs step 1's store).
    await addReport(makeReport(1), false);
    expect((await reportsDb()).version).toBe(DB_VERSION);
  });
});
