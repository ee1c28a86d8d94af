import { describe, expect, it } from 'vitest';
import { reportsDb } from '../store/db';
import { getReport } from '../store/reports';
import { engineHarness } from './testing/engine-harness';
import { acceptAll, json } from './testing/fake-endpoint';
import { makeReport, pendingReport, reportId, seedPending, syncSettings } from './testing/fixtures';

const ENDPOINT = 'https://reports.example.org/claimcheck';
const h = engineHarness(ENDPOINT);

describe('sync engine: the protocol table', () => {
  it('200: sends batches of at most 25 with token and client headers; accepted reports become synced', async () => {
    await seedPending(60, h.clock.now());
    const { engine, requests } = h.engineFor(acceptAll);
    const status = await engine.run();
    expect(requests.map((r) => r.ids.length)).toEqual([25, 25, 10]);
    expect(requests[0]?.url).toBe(`${ENDPOINT}/v1/reports`);
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer test-token');
    expect(requests[0]?.headers.get('x-claimcheck-client')).toBe('claimcheck/0.1.0-test');
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(status.counts).toEqual({ local: 0, pending: 0, synced: 60, rejected: 0 });
    expect(status.lastRun).toEqual({
      at: new Date(h.clock.now()).toISOString(),
      ok: true,
      sent: 60,
      accepted: 60,
      rejected: 0,
      pending: 0,
    });
    const stored = await getReport(reportId(0));
    expect(stored?.nextAttemptAt).toBeUndefined();
    expect(stored?.attempts).toEqual([
      { at: new Date(h.clock.now()).toISOString(), endpoint: `${ENDPOINT}/v1/reports`, status: 200, outcome: 'accepted' },
    ]);
  });

  it('matches the ids an endpoint accepts or rejects without case: an upper-case stored id echoed in lower case settles', async () => {
    const db = await reportsDb();
    const upper = (n: number) => ({ ...makeReport(n), id: `3F25A0B1-0000-4000-8000-00000000ABC${n}` });
    for (const n of [1, 2]) await db.put('reports', pendingReport(upper(n), h.clock.now()));
    const { engine } = h.engineFor((req) =>
      json(200, { accepted: [req.ids[0]!.toLowerCase()], rejected: [{ id: req.ids[1]!.toLowerCase(), reason: 'duplicate' }] }),
    );
    await engine.run();
    // Read by the stored key itself: getReport folds the id it is given.
    expect((await db.get('reports', upper(1).id))?.status).toBe('synced');
    expect((await db.get('reports', upper(2).id))?.status).toBe('rejected');
  });

  it('sends no Authorization header when no token is set', async () => {
    h.settings = syncSettings(ENDPOINT, { accessToken: '' });
    await seedPending(1, h.clock.now());
    const { engine, requests } = h.engineFor(acceptAll);
    await engine.run();
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('200: rejected reports keep the reason; ids left out stay pending with a backoff', async () => {
    await seedPending(3, h.clock.now());
    const [a, b] = [reportId(0), reportId(1)];
    const { engine } = h.engineFor(() => json(200, { accepted: [a], rejected: [{ id: b, reason: 'pageUrl is not a URL' }] }));
    const status = await engine.run();
    expect(status.counts).toMatchObject({ synced: 1, rejected: 1, pending: 1 });
    expect(await getReport(b)).toMatchObject({
      status: 'rejected',
      statusWhy: { code: 'rejected' },
      statusReason: 'pageUrl is not a URL',
    });
    const left = await getReport(reportId(2));
    expect(left?.status).toBe('pending');
    expect(left?.nextAttemptAt).toBe(h.clock.now() + 30_000);
    expect(left?.attempts.at(-1)).toMatchObject({ status: 200, code: 'leftOut', outcome: 'retry' });
    expect(status.lastRun?.ok).toBe(false);
  });

  it('400: every report of the batch is rejected with the endpoint error text', async () => {
    await seedPending(2, h.clock.now());
    const { engine } = h.engineFor(() => json(400, { error: 'body must be {"reports":[...]}' }));
    const status = await engine.run();
    expect(status.counts).toMatchObject({ rejected: 2, pending: 0 });
    expect(await getReport(reportId(1))).toMatchObject({
      status: 'rejected',
      statusWhy: { code: 'batchRefused', httpStatus: 400 },
      statusReason: 'body must be {"reports":[...]}',
    });
  });

  it('413: halves the batch at once until it fits; a single report still 413 is rejected', async () => {
    await seedPending(25, h.clock.now());
    const tooBig = reportId(7);
    const { engine, requests } = h.engineFor((r) =>
      r.ids.length > 4 || r.ids.includes(tooBig) ? json(413, { error: 'too large' }) : acceptAll(r),
    );
    const status = await engine.run();
    expect(status.counts).toMatchObject({ synced: 24, rejected: 1, pending: 0 });
    expect(await getReport(tooBig)).toMatchObject({
      status: 'rejected',
      statusWhy: { code: 'reportTooLarge' },
      statusReason: 'too large',
    });
    // Depth-first halving (ceil first): 25 → 13 → 7 → 4 ✓ 3 ✓; 6 → 3 → 2 → 1 ✗ 1 ✓; 1 ✓; 3 ✓; 12 → …
    expect(requests.map((r) => r.ids.length)).toEqual([25, 13, 7, 4, 3, 6, 3, 2, 1, 1, 1, 3, 12, 6, 3, 3, 6, 3, 3]);
    // Each report was in exactly one accepted request.
    const acceptedIds = requests.filter((r) => r.ids.length <= 4 && !r.ids.includes(tooBig)).flatMap((r) => r.ids);
    expect(new Set(acceptedIds).size).toBe(24);
    expect(acceptedIds).toHaveLength(24);
  });

  it.each([
    ['429 with Retry-After seconds', 429, { 'retry-after': '120' }, 120_000],
    ['503 with Retry-After date', 503, { 'retry-after': 'Sat, 28 Nov 2026 12:05:00 GMT' }, 300_000],
    ['429 without Retry-After', 429, {}, 30_000],
    ['503 with a garbage Retry-After', 503, { 'retry-after': 'later' }, 30_000],
    ['503 with Retry-After: 0 (backs off instead)', 503, { 'retry-after': '0' }, 30_000],
    ['429 with a Retry-After date already past', 429, { 'retry-after': 'Sat, 28 Nov 2026 11:59:00 GMT' }, 30_000],
  ])('%s: keeps reports pending and holds the endpoint until then', async (_name, code, headers, waitMs) => {
    await seedPending(30, h.clock.now());
    let busy = true;
    const { engine, requests } = h.engineFor((r) => (busy ? json(code, { error: 'busy' }, headers) : acceptAll(r)));
    const status = await engine.run();
    expect(requests).toHaveLength(1);
    expect(status.counts.pending).toBe(30);
    expect((await getReport(reportId(0)))?.nextAttemptAt).toBe(h.clock.now() + waitMs);
    expect((await getReport(reportId(0)))?.attempts.at(-1)).toMatchObject({ status: code, outcome: 'retry' });
    expect(await engine.nextWakeAt()).toBe(h.clock.now() + waitMs);
    // The other 5 due reports are not tried before the hold ends either.
    await engine.run();
    expect(requests).toHaveLength(1);
    busy = false;
    h.clock.advance(waitMs);
    expect((await engine.run()).counts.synced).toBe(30);
  });

  const badAnswer = { stop: 'badAnswer', httpStatus: 200 };
  it.each([
    ['500', () => json(500, { error: 'boom' }), { stop: 'httpError', httpStatus: 500 }],
    [
      '502 with an HTML page',
      () => new Response('<html>bad gateway</html>', { status: 502 }),
      { stop: 'httpError', httpStatus: 502 },
    ],
    ['a network error', () => Promise.reject(new TypeError('fetch failed')), { stop: 'network', detail: 'fetch failed' }],
    ['garbage 200', () => new Response('<<not json>>', { status: 200 }), badAnswer],
    ['200 with wrong types', () => json(200, { accepted: 'all of them', rejected: 7 }), badAnswer],
    ['an unexpected 404', () => json(404, { error: 'not found' }), { stop: 'httpError', httpStatus: 404 }],
  ])('%s is transient: pending, backoff 30 s then 60 s, nothing lost', async (_name, answer, why) => {
    await seedPending(3, h.clock.now());
    const { engine, requests } = h.engineFor(answer as () => Response);
    let status = await engine.run();
    expect(status.counts).toMatchObject({ pending: 3, synced: 0, rejected: 0 });
    // Counts and a code, for the popup to word in the user's language; only the browser's words stay as they are.
    expect(status.lastRun).toEqual({
      at: new Date(h.clock.now()).toISOString(),
      ...{ ok: false, sent: 3, accepted: 0, rejected: 0, pending: 3, retryInMs: 30_000 },
      ...why,
    });
    expect((await getReport(reportId(0)))?.nextAttemptAt).toBe(h.clock.now() + 30_000);
    h.clock.advance(30_000);
    status = await engine.run();
    expect(requests).toHaveLength(2);
    expect((await getReport(reportId(0)))?.nextAttemptAt).toBe(h.clock.now() + 60_000);
    expect((await getReport(reportId(0)))?.attempts.map((a) => a.outcome)).toEqual(['retry', 'retry']);
  });
});
