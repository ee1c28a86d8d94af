import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeReportsDb, reportsDb } from './db';
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

  it('is stale when it ends further ahead than one lease (taken before the clock was set back)', async () => {
    const db = await reportsDb();
    // A worker died mid-send while the clock read a day ahead; the clock is right again now.
    expect(await acquireLock(db, 'dead-worker', NOW + 86_400_000, LEASE)).toBe(true);
    expect(await acquireLock(db, 'new-worker', NOW, LEASE)).toBe(true);
    expect(await readLock(db)).toEqual({ owner: 'new-worker', expiresAt: NOW + LEASE });
  });
});
