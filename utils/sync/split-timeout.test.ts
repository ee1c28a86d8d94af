import { describe, expect, it } from 'vitest';
import { reportsDb } from '../store/db';
import { getReport } from '../store/reports';
import { readHold } from './state';
import { engineHarness } from './testing/engine-harness';
import { acceptAll, type SeenRequest } from './testing/fake-endpoint';
import { reportId, seedPending } from './testing/fixtures';

const ENDPOINT = 'https://reports.example.org/claimcheck';
const h = engineHarness(ENDPOINT);
const KB = 1000;

/** A JPEG data: URL of about `bytes` bytes, as "include screenshots in sync" sends it. */
const shot = (bytes: number) => `data:image/jpeg;base64,${'A'.repeat(bytes)}`;

/**
 * A slow uplink in front of an endpoint that answers only once it has read the whole body: a
 * body over `maxBytes` cannot arrive before the deadline (it never answers), a smaller one is
 * accepted. `accepted` lists every id a 200 accepted, once per time.
 */
function slowLink(maxBytes: number, lanes = 1) {
  const accepted: string[] = [];
  const answer = (r: SeenRequest) => {
    if (r.bytes > maxBytes) return new Promise<Response>(() => {});
    accepted.push(...r.ids);
    return acceptAll(r);
  };
  const { engine, requests } = h.engineFor(answer, { timeoutMs: 40, lanes });
  return { engine, requests, accepted, counts: () => requests.map((r) => r.ids.length) };
}

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => reportId(from + i));
const codes = async (n: number) => (await getReport(reportId(n)))?.attempts.map((a) => a.code ?? a.outcome);

describe('a batch that times out on a slow uplink', () => {
  it('is halved until its parts arrive in time: every report synced, each accepted once', async () => {
    h.settings = { ...h.settings, includeScreenshots: true };
    await seedPending(10, h.clock.now(), 0, { screenshot: shot(300 * KB) });
    await seedPending(5, h.clock.now(), 10);
    const link = slowLink(1024 * 1024);
    const status = await link.engine.run();
    expect(status.counts).toMatchObject({ synced: 15, pending: 0 });
    // The smaller half goes first; a half still over the link's reach is halved again.
    expect(link.requests.map((r) => r.ids)).toEqual([
      ids(0, 14),
      ids(8, 14),
      ids(0, 7),
      ids(0, 3),
      ids(0, 1),
      ids(2, 3),
      ids(4, 7),
      ids(4, 5),
      ids(6, 7),
    ]);
    expect([...link.accepted].sort()).toEqual(ids(0, 14));
    // Every request the report was in is in its log, the timeouts as what they were.
    expect(await codes(0)).toEqual(['timeout', 'timeout', 'timeout', 'accepted']);
    expect(await codes(14)).toEqual(['timeout', 'accepted']);
    expect(await readHold(await reportsDb(), ENDPOINT)).toBeUndefined();
  });

  it('sends each report once with two batches in flight', async () => {
    h.settings = { ...h.settings, includeScreenshots: true };
    await seedPending(20, h.clock.now(), 0, { screenshot: shot(300 * KB) });
    const link = slowLink(1024 * 1024, 2);
    expect((await link.engine.run()).counts).toMatchObject({ synced: 20, pending: 0 });
    expect([...link.accepted].sort()).toEqual(ids(0, 19));
    expect(await readHold(await reportsDb(), ENDPOINT)).toBeUndefined();
  });

  it('holds a report that times out alone, as any timeout, after sending the ones packed with it', async () => {
    h.settings = { ...h.settings, includeScreenshots: true };
    await seedPending(1, h.clock.now(), 0, { screenshot: shot(400 * KB) });
    await seedPending(3, h.clock.now(), 1);
    const link = slowLink(300 * KB);
    const status = await link.engine.run();
    expect(link.requests.map((r) => r.ids)).toEqual([ids(0, 3), ids(2, 3), ids(0, 1), ids(1, 1), ids(0, 0)]);
    expect(status.counts).toMatchObject({ synced: 3, pending: 1 });
    const held = h.clock.now() + 30_000;
    expect(await getReport(reportId(0))).toMatchObject({
      nextAttemptAt: held,
      statusWhy: { code: 'timeout', retryInMs: 30_000 },
    });
    expect(await readHold(await reportsDb(), ENDPOINT)).toMatchObject({ until: held, failures: 1 });

    // Alone, it cannot be halved: one request each time, and the backoff climbs as before.
    h.clock.advance(30_000);
    await link.engine.run();
    expect(link.counts().slice(5)).toEqual([1]);
    expect(await readHold(await reportsDb(), ENDPOINT)).toMatchObject({ until: h.clock.now() + 60_000, failures: 2 });
  });

  it('ends at a dead endpoint in a few requests, each smaller, and the normal hold for all', async () => {
    h.settings = { ...h.settings, includeScreenshots: true };
    await seedPending(25, h.clock.now(), 0, { screenshot: shot(160 * KB) });
    const link = slowLink(0);
    const status = await link.engine.run();
    expect(link.counts()).toEqual([25, 12, 6, 3, 1]);
    expect(status.counts).toMatchObject({ synced: 0, pending: 25 });
    for (const n of [0, 15, 24])
      expect(await getReport(reportId(n))).toMatchObject({
        nextAttemptAt: h.clock.now() + 30_000,
        statusWhy: { code: 'timeout' },
      });
    expect(await readHold(await reportsDb(), ENDPOINT)).toMatchObject({ failures: 1 });
  });

  it('is not halved when its body is small: the endpoint, not the upload, is slow', async () => {
    await seedPending(3, h.clock.now(), 0, { screenshot: shot(50 * KB) });
    const link = slowLink(0);
    await link.engine.run();
    expect(link.counts()).toEqual([3]);
  });

  it('leaves the half a settings change stopped due at once, its reason the timeout', async () => {
    h.settings = { ...h.settings, includeScreenshots: true };
    await seedPending(4, h.clock.now() + 3_600_000, 0, { screenshot: shot(300 * KB) });
    const { engine, requests } = h.engineFor(() => new Promise<Response>(() => {}), {
      timeoutMs: 40,
      loadSettings: async () => (requests.length === 0 ? h.settings : { ...h.settings, accessToken: 'new' }),
    });
    await engine.run({ force: true });
    expect(requests).toHaveLength(1);
    expect(await getReport(reportId(3))).toMatchObject({ nextAttemptAt: h.clock.now(), statusWhy: { code: 'timeout' } });
    expect(await codes(3)).toEqual(['timeout']);
  });
});
