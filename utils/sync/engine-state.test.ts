import { describe, expect, it } from 'vitest';
import { reportsDb } from '../store/db';
import { MAX_ATTEMPTS_LOGGED } from '../store/outbox';
import { deleteReports, getReport } from '../store/reports';
import { acquireLock, readLock } from '../store/sync-lock';
import { createSyncEngine } from './engine';
import { engineHarness } from './testing/engine-harness';
import { acceptAll, json, type SeenRequest } from './testing/fake-endpoint';
import { makeReport, pendingReport, reportId, seedPending, syncSettings, TINY_PNG, testDeps } from './testing/fixtures';

const ENDPOINT = 'https://reports.example.org/claimcheck';
const h = engineHarness(ENDPOINT);

describe('sync engine: pause, lock, deletion, privacy', () => {
  it.each([401, 403])('%i pauses all sync until the settings change, then resumes', async (code) => {
    await seedPending(30, h.clock.now());
    let refuse = true;
    const { engine, requests } = h.engineFor((r) => (refuse ? json(code, { error: 'bad token' }) : acceptAll(r)));
    let status = await engine.run();
    expect(requests).toHaveLength(1);
    expect(status.blockedReason).toBe('tokenRefused');
    expect(status.lastRun).toMatchObject({ ok: false, sent: 25, accepted: 0, pending: 25, stop: 'tokenRefused' });
    expect(status.lastRun?.retryInMs).toBeUndefined();
    expect(status.counts.pending).toBe(30);
    expect((await getReport(reportId(0)))?.attempts.at(-1)).toMatchObject({ status: code, outcome: 'paused' });
    // Paused survives a new worker and a forced run; no request goes out.
    const restarted = createSyncEngine(
      testDeps(
        async () => acceptAll({ ids: [] } as unknown as SeenRequest),
        () => h.settings,
        h.clock.now,
      ),
    );
    expect((await restarted.run({ force: true })).blockedReason).toBe('tokenRefused');
    expect(await restarted.nextWakeAt()).toBeUndefined();
    h.clock.advance(24 * 3600_000);
    await engine.run();
    expect(requests).toHaveLength(1);
    // The user fixes the token: settings change, sync resumes.
    refuse = false;
    h.settings = { ...h.settings, accessToken: 'new-token', revision: h.settings.revision + 1 };
    status = await engine.run();
    expect(status.blockedReason).toBeUndefined();
    expect(status.counts.synced).toBe(30);
    expect(requests.at(-1)?.headers.get('authorization')).toBe('Bearer new-token');
  });

  it('refuses to send while sync is off, without endpoint, or without host permission', async () => {
    await seedPending(1, h.clock.now());
    let permitted = false;
    const { engine, requests } = h.engineFor(acceptAll, { hasHostPermission: async () => permitted });
    h.settings = syncSettings(ENDPOINT, { syncEnabled: false });
    expect((await engine.run({ force: true })).blockedReason).toBe('syncOff');
    h.settings = syncSettings('');
    expect((await engine.run({ force: true })).blockedReason).toBe('noEndpoint');
    h.settings = syncSettings('http://reports.example.org');
    expect((await engine.run({ force: true })).blockedReason).toBe('endpointInvalid');
    h.settings = syncSettings(ENDPOINT);
    expect((await engine.run({ force: true })).blockedReason).toBe('noHostPermission');
    expect(await engine.nextWakeAt()).toBeUndefined();
    expect(requests).toHaveLength(0);
    permitted = true;
    expect((await engine.run()).counts.synced).toBe(1);
  });

  it('one sync at a time: a live lock elsewhere blocks; an expired one (dead worker) is taken over', async () => {
    await seedPending(3, h.clock.now());
    const db = await reportsDb();
    expect(await acquireLock(db, 'dead-worker', h.clock.now(), 60_000)).toBe(true);
    const { engine, requests } = h.engineFor(acceptAll);
    await engine.run();
    expect(requests).toHaveLength(0);
    expect(await engine.nextWakeAt()).toBe(h.clock.now() + 60_000);
    h.clock.advance(60_000);
    expect((await engine.run()).counts.synced).toBe(3);
    expect(await readLock(db)).toBeUndefined();
  });

  it('renews the lease before every request and stops if another worker took the lock', async () => {
    await seedPending(75, h.clock.now());
    const leases: number[] = [];
    const { engine, requests } = h.engineFor(async (r, i) => {
      leases.push((await readLock(await reportsDb()))?.expiresAt ?? 0);
      h.clock.advance(50_000);
      // While the second request is out, its lease (60 s) runs out and a new worker takes over.
      if (i === 1) {
        h.clock.advance(20_000);
        await acquireLock(await reportsDb(), 'new-worker', h.clock.now(), 60_000);
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
    await seedPending(5, h.clock.now());
    const { engine, requests } = h.engineFor(acceptAll);
    const [a, b] = await Promise.all([engine.run(), engine.run()]);
    expect(a.counts.synced).toBe(5);
    expect(b.counts.synced).toBe(5);
    expect(requests).toHaveLength(1);
  });

  it('a report deleted while in flight causes no error and is not re-created', async () => {
    await seedPending(3, h.clock.now());
    const gone = reportId(1);
    const { engine } = h.engineFor(async (r) => {
      await deleteReports([gone]);
      return acceptAll(r);
    });
    const status = await engine.run();
    expect(status.counts).toEqual({ local: 0, pending: 0, synced: 2, rejected: 0 });
    expect(await getReport(gone)).toBeUndefined();
  });

  it('strips screenshots from the sent copy unless the user opted in, and keeps them locally', async () => {
    const db = await reportsDb();
    await db.put('reports', pendingReport(makeReport(1, { screenshot: TINY_PNG }), h.clock.now()));
    const { engine, requests } = h.engineFor(acceptAll);
    await engine.run();
    expect(requests[0]?.body.reports[0]?.evidence).not.toHaveProperty('screenshot');
    expect((await getReport(reportId(1)))?.report.evidence.screenshot).toBe(TINY_PNG);

    h.settings = syncSettings(ENDPOINT, { includeScreenshots: true });
    await db.put('reports', pendingReport(makeReport(2, { screenshot: TINY_PNG }), h.clock.now()));
    await engine.run();
    expect(requests[1]?.body.reports[0]?.evidence).toHaveProperty('screenshot', TINY_PNG);
  });

  it('"Sync now" sends reports still in backoff; the attempt log keeps the newest entries', async () => {
    await seedPending(1, h.clock.now());
    const { engine, requests } = h.engineFor(() => json(500, {}));
    for (let i = 0; i < MAX_ATTEMPTS_LOGGED + 5; i++) await engine.run({ force: true });
    expect(requests).toHaveLength(MAX_ATTEMPTS_LOGGED + 5);
    const stored = await getReport(reportId(0));
    expect(stored?.attempts).toHaveLength(MAX_ATTEMPTS_LOGGED);
    expect(stored?.status).toBe('pending');
  });

  it('the last run survives a worker restart', async () => {
    await seedPending(2, h.clock.now());
    await h.engineFor(acceptAll).engine.run();
    const fresh = createSyncEngine(testDeps(acceptAll as never, () => h.settings, h.clock.now));
    expect((await fresh.status()).lastRun).toEqual({
      at: new Date(h.clock.now()).toISOString(),
      ok: true,
      sent: 2,
      accepted: 2,
      rejected: 0,
      pending: 0,
    });
  });
});
