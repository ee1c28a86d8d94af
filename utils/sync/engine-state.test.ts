import { beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../schemas/settings';
import { closeReportsDb, reportsDb } from '../store/db';
import { acquireLock, MAX_ATTEMPTS_LOGGED, readLock } from '../store/outbox';
import { deleteReports, getReport } from '../store/reports';
import { createSyncEngine, type SyncDeps } from './engine';
import { acceptAll, fakeEndpoint, json, type SeenRequest } from './testing/fake-endpoint';
import {
  makeReport,
  manualClock,
  pendingReport,
  reportId,
  seedPending,
  syncSettings,
  TINY_PNG,
  testDeps,
} from './testing/fixtures';

const ENDPOINT = 'https://reports.example.org/claimcheck';
let clock = manualClock();
let settings: Settings = syncSettings(ENDPOINT);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  closeReportsDb();
  clock = manualClock();
  settings = syncSettings(ENDPOINT);
});

function engineFor(answer: (r: SeenRequest, i: number) => Response | Promise<Response>, change: Partial<SyncDeps> = {}) {
  const endpoint = fakeEndpoint(answer);
  const engine = createSyncEngine(testDeps(endpoint.fetch, () => settings, clock.now, change));
  return { engine, requests: endpoint.requests };
}

describe('sync engine: pause, lock, deletion, privacy', () => {
  it.each([401, 403])('%i pauses all sync until the settings change, then resumes', async (code) => {
    await seedPending(30, clock.now());
    let refuse = true;
    const { engine, requests } = engineFor((r) => (refuse ? json(code, { error: 'bad token' }) : acceptAll(r)));
    let status = await engine.run();
    expect(requests).toHaveLength(1);
    expect(status.blockedReason).toBe('tokenRefused');
    expect(status.lastRun?.outcome).toContain('the endpoint refused the access token');
    expect(status.counts.pending).toBe(30);
    expect((await getReport(reportId(0)))?.attempts.at(-1)).toMatchObject({ status: code, outcome: 'paused' });
    // Paused survives a new worker and a forced run; no request goes out.
    const restarted = createSyncEngine(
      testDeps(
        async () => acceptAll({ ids: [] } as unknown as SeenRequest),
        () => settings,
        clock.now,
      ),
    );
    expect((await restarted.run({ force: true })).blockedReason).toBe('tokenRefused');
    expect(await restarted.nextWakeAt()).toBeUndefined();
    clock.advance(24 * 3600_000);
    await engine.run();
    expect(requests).toHaveLength(1);
    // The user fixes the token: settings change, sync resumes.
    refuse = false;
    settings = { ...settings, accessToken: 'new-token', revision: settings.revision + 1 };
    status = await engine.run();
    expect(status.blockedReason).toBeUndefined();
    expect(status.counts.synced).toBe(30);
    expect(requests.at(-1)?.headers.get('authorization')).toBe('Bearer new-token');
  });

  it('refuses to send while sync is off, without endpoint, or without host permission', async () => {
    await seedPending(1, clock.now());
    let permitted = false;
    const { engine, requests } = engineFor(acceptAll, { hasHostPermission: async () => permitted });
    settings = syncSettings(ENDPOINT, { syncEnabled: false });
    expect((await engine.run({ force: true })).blockedReason).toBe('syncOff');
    settings = syncSettings('');
    expect((await engine.run({ force: true })).blockedReason).toBe('noEndpoint');
    settings = syncSettings('http://reports.example.org');
    expect((await engine.run({ force: true })).blockedReason).toBe('endpointInvalid');
    settings = syncSettings(ENDPOINT);
    expect((await engine.run({ force: true })).blockedReason).toBe('noHostPermission');
    expect(await engine.nextWakeAt()).toBeUndefined();
    expect(requests).toHaveLength(0);
    permitted = true;
    expect((await engine.run()).counts.synced).toBe(1);
  });

  it('one sync at a time: a live lock elsewhere blocks; an expired one (dead worker) is taken over', async () => {
    await seedPending(3, clock.now());
    const db = await reportsDb();
    expect(await acquireLock(db, 'dead-worker', clock.now(), 60_000)).toBe(true);
    const { engine, requests } = engineFor(acceptAll);
    await engine.run();
    expect(requests).toHaveLength(0);
    expect(await engine.nextWakeAt()).toBe(clock.now() + 60_000);
    clock.advance(60_000);
    expect((await engine.run()).counts.synced).toBe(3);
    expect(await readLock(db)).toBeUndefined();
  });

  it('renews the lease before every request and stops if another worker took the lock', async () => {
    await seedPending(75, clock.now());
    const leases: number[] = [];
    const { engine, requests } = engineFor(async (r, i) => {
      leases.push((await readLock(await reportsDb()))?.expiresAt ?? 0);
      clock.advance(50_000);
      // While the second request is out, its lease (60 s) runs out and a new worker takes over.
      if (i === 1) {
        clock.advance(20_000);
        await acquireLock(await reportsDb(), 'new-worker', clock.now(), 60_000);
      }
      return acceptAll(r);
    });
    const status = await engine.run();
    expect(leases).toEqual([Date.UTC(2026, 10, 28, 12, 1, 0), Date.UTC(2026, 10, 28, 12, 1, 50)]);
    expect(requests).toHaveLength(2);
    expect(status.counts).toMatchObject({ synced: 50, pending: 25 });
    expect((await readLock(await reportsDb()))?.owner).toBe('new-worker');
  });

  it('concurrent calls in one worker share one pass', async () => {
    await seedPending(5, clock.now());
    const { engine, requests } = engineFor(acceptAll);
    const [a, b] = await Promise.all([engine.run(), engine.run()]);
    expect(a.counts.synced).toBe(5);
    expect(b.counts.synced).toBe(5);
    expect(requests).toHaveLength(1);
  });

  it('a report deleted while in flight causes no error and is not re-created', async () => {
    await seedPending(3, clock.now());
    const gone = reportId(1);
    const { engine } = engineFor(async (r) => {
      await deleteReports([gone]);
      return acceptAll(r);
    });
    const status = await engine.run();
    expect(status.counts).toEqual({ local: 0, pending: 0, synced: 2, rejected: 0 });
    expect(await getReport(gone)).toBeUndefined();
  });

  it('strips screenshots from the sent copy unless the user opted in, and keeps them locally', async () => {
    const db = await reportsDb();
    await db.put('reports', pendingReport(makeReport(1, { screenshot: TINY_PNG }), clock.now()));
    const { engine, requests } = engineFor(acceptAll);
    await engine.run();
    expect(requests[0]?.body.reports[0]?.evidence).not.toHaveProperty('screenshot');
    expect((await getReport(reportId(1)))?.report.evidence.screenshot).toBe(TINY_PNG);

    settings = syncSettings(ENDPOINT, { includeScreenshots: true });
    await db.put('reports', pendingReport(makeReport(2, { screenshot: TINY_PNG }), clock.now()));
    await engine.run();
    expect(requests[1]?.body.reports[0]?.evidence).toHaveProperty('screenshot', TINY_PNG);
  });

  it('"Sync now" sends reports still in backoff; the attempt log keeps the newest entries', async () => {
    await seedPending(1, clock.now());
    const { engine, requests } = engineFor(() => json(500, {}));
    for (let i = 0; i < MAX_ATTEMPTS_LOGGED + 5; i++) await engine.run({ force: true });
    expect(requests).toHaveLength(MAX_ATTEMPTS_LOGGED + 5);
    const stored = await getReport(reportId(0));
    expect(stored?.attempts).toHaveLength(MAX_ATTEMPTS_LOGGED);
    expect(stored?.status).toBe('pending');
  });

  it('the last run survives a worker restart', async () => {
    await seedPending(2, clock.now());
    await engineFor(acceptAll).engine.run();
    const fresh = createSyncEngine(testDeps(acceptAll as never, () => settings, clock.now));
    expect((await fresh.status()).lastRun).toEqual({
      at: new Date(clock.now()).toISOString(),
      outcome: 'sent 2 reports: 2 accepted, 0 rejected',
      ok: true,
    });
  });
});
