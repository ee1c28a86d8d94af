import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeReport, pendingReport, reportId } from '../sync/testing/fixtures';
import { closeReportsDb, reportsDb } from './db';
import { scheduleUnscheduled } from './outbox';
import { releaseOtherEndpointsWaits } from './outbox-endpoint';
import { acquireLock, readLock } from './sync-lock';

beforeEach(() => {
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const LEASE = 60_000;

describe('sync lock', () => {
  it('is refused to another owner while its lease runs, and free once it ran out', async () => {
    const db = await reportsDb();
    expect(await acquireLock(db, 'a', NOW, LEASE)).toBe(true);
    expect(await acquireLock(db, 'b', NOW + LEASE - 1, LEASE)).toBe(false);
    expect(await acquireLock(db, 'b', NOW + LEASE, LEASE)).toBe(true);
    expect((await readLock(db))?.owner).toBe('b');
  });

  it('ending further ahead than one lease (taken before the clock was set back), is re-dated to one lease for its owner, then free', async () => {
    const db = await reportsDb();
    // A worker took it while the clock read a day ahead; the clock is right again now. It may be
    // mid-request: its lock is not taken, but now ends one lease from now, in the same transaction.
    expect(await acquireLock(db, 'dead-worker', NOW + 86_400_000, LEASE)).toBe(true);
    expect(await acquireLock(db, 'new-worker', NOW, LEASE)).toBe(false);
    expect(await readLock(db)).toEqual({ owner: 'dead-worker', expiresAt: NOW + LEASE });
    expect(await acquireLock(db, 'new-worker', NOW + LEASE + 1, LEASE)).toBe(true);
    expect(await readLock(db)).toEqual({ owner: 'new-worker', expiresAt: NOW + 2 * LEASE + 1 });
  });
});

describe('scheduleUnscheduled', () => {
  it('gives a due time to a pending report without one, even when a settled row still carries one', async () => {
    const db = await reportsDb();
    const unscheduled = pendingReport(makeReport(2), NOW);
    delete unscheduled.nextAttemptAt;
    const tx = db.transaction('reports', 'readwrite');
    // An imported `synced` row that kept its nextAttemptAt makes the two counts equal.
    await tx.store.put({ ...pendingReport(makeReport(1), NOW), status: 'synced' });
    await tx.store.put(unscheduled);
    await tx.done;
    expect(await scheduleUnscheduled(db, NOW + 5)).toBe(1);
    expect((await db.get('reports', reportId(2)))?.nextAttemptAt).toBe(NOW + 5);
    expect((await db.get('reports', reportId(1)))?.status).toBe('synced');
    expect(await scheduleUnscheduled(db, NOW + 9)).toBe(0);
  });

  it('reads no key and no report when every pending report has a time (the case of nearly every pass)', async () => {
    const db = await reportsDb();
    const tx = db.transaction('reports', 'readwrite');
    for (let n = 0; n < 50; n++) await tx.store.put(pendingReport(makeReport(n), NOW + n));
    await tx.store.put({ ...pendingReport(makeReport(50), NOW), status: 'synced' });
    await tx.done;
    const keys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    const reads = vi.spyOn(IDBObjectStore.prototype, 'get');
    try {
      expect(await scheduleUnscheduled(db, NOW)).toBe(0);
      expect(keys).not.toHaveBeenCalled();
      expect(reads).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('leaves scheduled pending reports as they are', async () => {
    const db = await reportsDb();
    await db.put('reports', pendingReport(makeReport(3), NOW + 1000));
    expect(await scheduleUnscheduled(db, NOW)).toBe(0);
    expect((await db.get('reports', reportId(3)))?.nextAttemptAt).toBe(NOW + 1000);
  });
});

describe('releaseOtherEndpointsWaits', () => {
  const tried = (n: number, endpoint: string, dueAt: number) => ({
    ...pendingReport(makeReport(n), dueAt),
    attempts: [{ at: new Date(NOW).toISOString(), endpoint, status: 503, outcome: 'retry' as const }],
  });

  it('makes due the reports whose wait was earned on another endpoint, and only those', async () => {
    const db = await reportsDb();
    const tx = db.transaction('reports', 'readwrite');
    await tx.store.put(tried(1, 'https://old.example.org/v1/reports', NOW + 3_600_000));
    await tx.store.put(tried(2, 'https://new.example.org/v1/reports', NOW + 3_600_000));
    await tx.store.put(pendingReport(makeReport(3), NOW + 60_000));
    await tx.done;
    expect(await releaseOtherEndpointsWaits(db, 'https://new.example.org/v1/reports', NOW)).toBe(1);
    expect((await db.get('reports', reportId(1)))?.nextAttemptAt).toBe(NOW);
    expect((await db.get('reports', reportId(1)))?.attempts).toHaveLength(1);
    expect((await db.get('reports', reportId(2)))?.nextAttemptAt).toBe(NOW + 3_600_000);
    expect((await db.get('reports', reportId(3)))?.nextAttemptAt).toBe(NOW + 60_000);
  });
});
