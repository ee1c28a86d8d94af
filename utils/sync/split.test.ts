import { describe, expect, it } from 'vitest';
import { reportsDb } from '../store/db';
import { deleteReportsForUndo } from '../store/local-deletes';
import { getReport } from '../store/reports';
import { readHold, writeHold } from './state';
import { engineHarness } from './testing/engine-harness';
import { acceptAll, json } from './testing/fake-endpoint';
import { reportId, seedPending } from './testing/fixtures';

const h = engineHarness('https://reports.example.org/claimcheck');
const HOUR = 3_600_000;

describe('413 split: the half a stop leaves unsent', () => {
  it('waits out the hold that stopped the pass, as the half the 503 answered does', async () => {
    // Due since an hour ago: writing that time back would leave it due before the hold ends.
    await seedPending(4, h.clock.now() - HOUR);
    const { engine, requests } = h.engineFor((_r, i) => (i === 0 ? json(413, {}) : json(503, {})));
    await engine.run();
    expect(requests.map((r) => r.ids)).toEqual([[0, 1, 2, 3].map(reportId), [0, 1].map(reportId)]);
    const until = h.clock.now() + 30_000;
    expect(await getReport(reportId(1))).toMatchObject({ nextAttemptAt: until });
    expect(await getReport(reportId(3))).toMatchObject({
      status: 'pending',
      nextAttemptAt: until,
      statusWhy: { code: 'busy', httpStatus: 503, retryInMs: 30_000 },
    });
    expect((await getReport(reportId(3)))?.attempts.map((a) => a.code)).toEqual(['batchSplit']);
  });

  it('keeps the browser’s words for the hold as its reason, though its latest attempt is the 413', async () => {
    await seedPending(4, h.clock.now());
    const { engine } = h.engineFor((_r, i) =>
      i === 0 ? json(413, { error: 'body over 4 MiB' }) : Promise.reject(new TypeError('Failed to fetch')),
    );
    await engine.run();
    const unsent = await getReport(reportId(3));
    expect(unsent).toMatchObject({ statusWhy: { code: 'network', retryInMs: 30_000 }, statusReason: 'Failed to fetch' });
    // Why statusReason is stored, not read off the log: the latest entry here is another request's.
    expect(unsent?.attempts.at(-1)).toMatchObject({ code: 'batchSplit', error: 'body over 4 MiB' });
  });

  it('is due at once after a 401 pause, so fixing the token sends all four, not only the two the 401 answered', async () => {
    // Waiting out a backoff: "Sync now" sends them anyway; the 413 asked to retry at once.
    await seedPending(4, h.clock.now() + 6 * HOUR);
    const { engine, requests } = h.engineFor((r, i) => {
      if (r.headers.get('authorization') !== 'Bearer good') return i === 0 ? json(413, {}) : json(401, {});
      return json(200, { accepted: r.ids, rejected: [] });
    });
    h.settings = { ...h.settings, accessToken: 'bad' };
    await engine.run({ force: true });
    expect(requests).toHaveLength(2);
    expect(await getReport(reportId(3))).toMatchObject({ nextAttemptAt: h.clock.now(), statusWhy: { code: 'tokenRefused' } });
    h.settings = { ...h.settings, accessToken: 'good', revision: h.settings.revision + 1 };
    expect((await engine.run()).counts).toMatchObject({ synced: 4, pending: 0 });
  });

  it('is due at once when the settings changed before its half went out, and says why', async () => {
    await seedPending(4, h.clock.now() + 6 * HOUR);
    // Each waited out a backoff: "retrying in 6 h" must not stay beside a report due now.
    const db = await reportsDb();
    for (const n of [0, 1, 2, 3]) {
      const row = (await db.get('reports', reportId(n)))!;
      await db.put('reports', { ...row, statusWhy: { code: 'busy', httpStatus: 503, retryInMs: 6 * HOUR } });
    }
    const { engine, requests } = h.engineFor(() => json(413, {}), {
      loadSettings: async () => (requests.length === 0 ? h.settings : { ...h.settings, accessToken: 'new' }),
    });
    await engine.run({ force: true });
    expect(requests).toHaveLength(1);
    for (const n of [0, 3]) {
      expect(await getReport(reportId(n))).toMatchObject({
        nextAttemptAt: h.clock.now(),
        statusWhy: { code: 'batchSplit', httpStatus: 413 },
      });
    }
  });
});

describe('413 split: a report the user deletes while the pass runs', () => {
  it('is not sent in a later half, is not re-created, and is not counted', async () => {
    await seedPending(25, h.clock.now());
    const deleted = reportId(20);
    const { engine, requests } = h.engineFor(async (r, i) => {
      if (i > 0) return acceptAll(r);
      // The user deletes it (History, Delete) while the whole batch's first request is out.
      await deleteReportsForUndo([deleted]);
      return json(413, {});
    });
    const status = await engine.run();
    expect(requests[0]?.ids).toContain(deleted);
    expect(requests.slice(1).map((r) => r.ids.length)).toEqual([13, 11]);
    for (const r of requests.slice(1)) expect(r.ids).not.toContain(deleted);
    expect(await getReport(deleted)).toBeUndefined();
    expect(status.counts).toEqual({ local: 0, pending: 0, synced: 24, rejected: 0 });
    expect(status.lastRun).toMatchObject({ sent: 24, accepted: 24, pending: 0 });
  });

  it('sends no request for a half whose only report was deleted meanwhile', async () => {
    await seedPending(2, h.clock.now());
    const { engine, requests } = h.engineFor(async (r, i) => {
      if (i === 0) await deleteReportsForUndo([reportId(1)]);
      return i === 0 ? json(413, {}) : acceptAll(r);
    });
    const status = await engine.run();
    expect(requests.map((r) => r.ids)).toEqual([[reportId(0), reportId(1)], [reportId(0)]]);
    expect(status.counts).toEqual({ local: 0, pending: 0, synced: 1, rejected: 0 });
  });
});

describe('sync engine: a batch emptied by deletions', () => {
  it('is no answer from the endpoint: a hold that ran out keeps its count of failures', async () => {
    await seedPending(1, h.clock.now());
    const db = await reportsDb();
    const url = h.settings.endpointUrl;
    await writeHold(db, url, { until: h.clock.now() - 1, failures: 4, reason: 'the endpoint answered 503' });
    const { engine, requests } = h.engineFor(acceptAll, {
      // The settings are read again right before each request (pass-gate.ts): the user deletes
      // the batch's only report then, after the batch was packed.
      loadSettings: async () => {
        if (new Error().stack?.includes('beforeRequest')) await deleteReportsForUndo([reportId(0)]);
        return h.settings;
      },
    });
    await engine.run();
    expect(requests).toHaveLength(0);
    expect((await readHold(db, url))?.failures).toBe(4);
  });
});
