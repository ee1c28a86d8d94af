import { afterEach, describe, expect, it } from 'vitest';
import { reportsDb } from '../store/db';
import { getReport } from '../store/reports';
import { acquireLock, readLock } from '../store/sync-lock';
import { engineHarness } from './testing/engine-harness';
import { acceptAll } from './testing/fake-endpoint';
import { makeReport, reportId, seedPending } from './testing/fixtures';

const h = engineHarness('https://reports.example.org/claimcheck');
const DAY = 86_400_000;

describe('sync engine: recovering from a dead worker and a wrong clock', () => {
  it('sends a local report that missed the switch to sync on (put back by Undo after it)', async () => {
    const db = await reportsDb();
    await db.put('reports', {
      report: makeReport(7),
      status: 'local',
      updatedAt: new Date(h.clock.now()).toISOString(),
      attempts: [],
    });
    const { engine, requests } = h.engineFor(acceptAll);
    expect((await engine.run()).counts).toMatchObject({ local: 0, synced: 1 });
    expect(requests).toHaveLength(1);
    expect((await getReport(reportId(7)))?.status).toBe('synced');
  });

  it('takes over a lock dated more than one lease ahead (clock set back after its worker died) one lease later', async () => {
    await seedPending(1, h.clock.now());
    await acquireLock(await reportsDb(), 'dead-worker', h.clock.now() + DAY, 60_000);
    const { engine, requests } = h.engineFor(acceptAll);
    expect(await engine.nextWakeAt()).toBe(h.clock.now());
    // Its owner may be alive mid-request: the lock is re-dated, not taken, and given one lease.
    expect((await engine.run()).counts.synced).toBe(0);
    expect(await readLock(await reportsDb())).toEqual({ owner: 'dead-worker', expiresAt: h.clock.now() + 60_000 });
    expect(await engine.nextWakeAt()).toBe(h.clock.now() + 60_000);
    h.clock.advance(60_000);
    expect((await engine.run()).counts.synced).toBe(1);
    expect(requests).toHaveLength(1);
  });

  it('takes, renews and waits for the lease it is given, not the 60 s default', async () => {
    await seedPending(1, h.clock.now());
    const lease = 10_000;
    const expiries: (number | undefined)[] = [];
    const { engine } = h.engineFor(
      async (r) => {
        expiries.push((await readLock(await reportsDb()))?.expiresAt);
        return acceptAll(r);
      },
      { leaseMs: lease },
    );
    await engine.run();
    expect(expiries).toEqual([h.clock.now() + lease]);
    // Dated further ahead than one of its leases: re-dated to one of them (with 60 s it would wait 30 s).
    await seedPending(1, h.clock.now(), 1);
    await acquireLock(await reportsDb(), 'other-worker', h.clock.now(), 30_000);
    expect(await engine.nextWakeAt()).toBe(h.clock.now());
    expect((await engine.run()).counts.synced).toBe(1);
    expect(await engine.nextWakeAt()).toBe(h.clock.now() + lease);
    h.clock.advance(lease);
    expect((await engine.run()).counts.synced).toBe(2);
  });
});

/** The disk is full: the puts `fails` picks throw as IndexedDB's do then. */
function fillDisk(fails: (store: string, value: unknown) => boolean): () => void {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (fails(this.name, args[0])) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  return () => {
    IDBObjectStore.prototype.put = put;
  };
}

describe('sync engine: a full disk', () => {
  let freeDisk = () => {};
  afterEach(() => freeDisk());

  const isHold = (value: unknown) => (value as { key?: string }).key === 'syncHold';
  it.each([
    ['reports only', (store: string) => store === 'reports'],
    ['reports and the hold (backs off while this worker lives)', (store: string, v: unknown) => store === 'reports' || isHold(v)],
  ])('%s: outcomes that cannot be saved back off, and no report is lost', async (_name, fails) => {
    await seedPending(30, h.clock.now());
    const { engine, requests } = h.engineFor(acceptAll);
    freeDisk = fillDisk(fails);
    await expect(engine.run()).rejects.toThrow(/quota/);
    expect(requests).toHaveLength(1);
    // Not again before the backoff: the same batch would be re-sent and fail to save again.
    expect(await engine.nextWakeAt()).toBe(h.clock.now() + 30_000);
    await engine.run();
    expect(requests).toHaveLength(1);
    h.clock.advance(30_000);
    await expect(engine.run()).rejects.toThrow(/quota/);
    expect(requests).toHaveLength(2);
    expect(await engine.nextWakeAt()).toBe(h.clock.now() + 60_000);
    freeDisk();
    h.clock.advance(60_000);
    expect((await engine.run()).counts).toMatchObject({ synced: 30, pending: 0 });
    expect((await getReport(reportId(0)))?.attempts.at(-1)).toMatchObject({ outcome: 'accepted' });
  });

  it('a worker started while the hold runs (the MV3 worker was revived) waits it out too', async () => {
    await seedPending(5, h.clock.now());
    const first = h.engineFor(acceptAll);
    freeDisk = fillDisk((store) => store === 'reports');
    await expect(first.engine.run()).rejects.toThrow(/quota/);
    const revived = h.engineFor(acceptAll);
    await revived.engine.run();
    expect(revived.requests).toHaveLength(0);
    expect(await revived.engine.nextWakeAt()).toBe(h.clock.now() + 30_000);
  });

  it('a worker revived while the disk refuses even the hold sends nothing: every pass writes the lock first', async () => {
    await seedPending(5, h.clock.now());
    const first = h.engineFor(acceptAll);
    freeDisk = fillDisk((store, v) => store === 'reports' || isHold(v));
    await expect(first.engine.run()).rejects.toThrow(/quota/);
    expect(first.requests).toHaveLength(1);
    freeDisk();
    // A disk too full for the hold's small record is too full for the lock's.
    freeDisk = fillDisk(() => true);
    const revived = h.engineFor(acceptAll);
    await expect(revived.engine.run()).rejects.toThrow(/quota/);
    expect(revived.requests).toHaveLength(0);
    freeDisk();
    expect((await revived.engine.run()).counts).toMatchObject({ synced: 5, pending: 0 });
  });
});
