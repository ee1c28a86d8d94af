import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeReport, pendingReport, reportId } from '../sync/testing/fixtures';
import { closeReportsDb, reportsDb } from './db';
import { releaseWaitsBeyond } from './outbox-clock';

beforeEach(() => {
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const HORIZON = NOW + 7.2 * 3_600_000;

describe('releaseWaitsBeyond', () => {
  it('makes due now the pending reports due beyond the horizon, and only those, keeping their logs', async () => {
    const db = await reportsDb();
    const tx = db.transaction('reports', 'readwrite');
    const attempts = [
      { at: new Date(NOW).toISOString(), endpoint: 'https://a.example/v1/reports', status: 503, outcome: 'retry' as const },
    ];
    await tx.store.put({ ...pendingReport(makeReport(1), NOW + 3 * 86_400_000), attempts });
    await tx.store.put(pendingReport(makeReport(2), HORIZON + 1));
    await tx.store.put(pendingReport(makeReport(3), HORIZON));
    await tx.store.put(pendingReport(makeReport(4), NOW + 60_000));
    // A settled row that kept its time (an import) is not put back in the outbox.
    await tx.store.put({ ...pendingReport(makeReport(5), NOW + 3 * 86_400_000), status: 'synced' });
    await tx.done;

    expect(await releaseWaitsBeyond(db, HORIZON, NOW)).toBe(2);
    const due = async (n: number) => (await db.get('reports', reportId(n)))?.nextAttemptAt;
    expect([await due(1), await due(2), await due(3), await due(4), await due(5)]).toEqual([
      NOW,
      NOW,
      HORIZON,
      NOW + 60_000,
      NOW + 3 * 86_400_000,
    ]);
    expect((await db.get('reports', reportId(1)))?.attempts).toEqual(attempts);
    expect((await db.get('reports', reportId(5)))?.status).toBe('synced');
    expect(await releaseWaitsBeyond(db, HORIZON, NOW)).toBe(0);
  });
});
