import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeReport, pendingReport, reportId } from '../sync/testing/fixtures';
import { closeReportsDb, openReportsDb, reportsDb } from './db';
import { DB_VERSION } from './db-schema';
import { scheduleUnscheduled } from './outbox';

beforeEach(() => {
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

describe('reports database upgrade', () => {
  it('keeps every version 1 record readable and indexes the pending ones by due time', async () => {
    const v1 = await openReportsDb(1);
    const unscheduled = pendingReport(makeReport(2), NOW);
    delete unscheduled.nextAttemptAt;
    const tx = v1.transaction(['reports', 'meta'], 'readwrite');
    await tx.objectStore('reports').put(pendingReport(makeReport(1), NOW + 1000));
    await tx.objectStore('reports').put(unscheduled);
    await tx.objectStore('reports').put({ ...pendingReport(makeReport(3), NOW), status: 'rejected', statusReason: 'no' });
    await tx.objectStore('meta').put({ key: 'syncLastRun', value: { at: 'x', outcome: 'sent 1 report', ok: true } });
    await tx.done;
    v1.close();

    const db = await reportsDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('reports', reportId(3))).toMatchObject({ status: 'rejected', statusReason: 'no' });
    expect((await db.get('meta', 'syncLastRun'))?.value).toMatchObject({ outcome: 'sent 1 report' });
    expect(await db.getAllKeysFromIndex('reports', 'pendingDue')).toEqual([reportId(1), reportId(3)]);
    expect(await scheduleUnscheduled(db, NOW + 5)).toBe(1);
    expect((await db.get('reports', reportId(2)))?.nextAttemptAt).toBe(NOW + 5);
  });
});

describe('reportsDb', () => {
  it('tries again after a failed open instead of handing out the same failure', async () => {
    // A newer build's database that lacks this build's stores: opened as it is, then refused.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('claimcheck', DB_VERSION + 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    newer.close();
    await expect(reportsDb()).rejects.toMatchObject({ name: 'NewerDatabaseError', missing: ['reports', 'meta'] });
    await new Promise((resolve) => {
      indexedDB.deleteDatabase('claimcheck').onsuccess = resolve;
    });
    expect((await reportsDb()).version).toBe(DB_VERSION);
  });
});
