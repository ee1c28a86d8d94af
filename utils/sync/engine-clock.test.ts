import { describe, expect, it } from 'vitest';
import { reportsDb } from '../store/db';
import { getReport } from '../store/reports';
import { BACKOFF_CAP_MS, BACKOFF_JITTER } from './backoff';
import { readHold, writeHold } from './state';
import { engineHarness } from './testing/engine-harness';
import { acceptAll, json, type SeenRequest } from './testing/fake-endpoint';
import { reportId, seedPending } from './testing/fixtures';

const ENDPOINT = 'https://reports.example.org/claimcheck';
const h = engineHarness(ENDPOINT);
const DAY = 86_400_000;

describe('sync engine: retry times set while the clock ran fast', () => {
  it('a hold earned days ahead: once the clock is right, the report goes at once, not days later', async () => {
    const real = h.clock.now();
    h.clock.set(real + 3 * DAY);
    await seedPending(1, h.clock.now());
    const fast = h.engineFor(() => json(503, { error: 'busy' }));
    await fast.engine.run();
    expect(fast.requests).toHaveLength(1);
    expect((await readHold(await reportsDb(), ENDPOINT))?.until).toBe(real + 3 * DAY + 30_000);

    h.clock.set(real);
    // A revived worker: the hold and the report's time come from IndexedDB alone.
    const { engine, requests } = h.engineFor(acceptAll);
    expect(await engine.nextWakeAt()).toBe(real);
    expect((await engine.run()).counts).toMatchObject({ synced: 1, pending: 0 });
    expect(requests).toHaveLength(1);
    expect(await readHold(await reportsDb(), ENDPOINT)).toBeUndefined();
  });

  it("a report's own retry time set days ahead (left out of a 200, no hold) is due once the clock is right", async () => {
    const real = h.clock.now();
    h.clock.set(real + 3 * DAY);
    await seedPending(2, h.clock.now());
    const fast = h.engineFor((r) => json(200, { accepted: r.ids.slice(0, 1), rejected: [] }));
    await fast.engine.run();
    expect((await getReport(reportId(1)))?.nextAttemptAt).toBe(real + 3 * DAY + 30_000);

    h.clock.set(real);
    const { engine, requests } = h.engineFor(acceptAll);
    expect(await engine.nextWakeAt()).toBe(real);
    expect((await engine.run()).counts).toMatchObject({ synced: 2, pending: 0 });
    expect(requests[0]?.ids).toEqual([reportId(1)]);
    expect((await getReport(reportId(1)))?.attempts.map((a) => a.outcome)).toEqual(['retry', 'accepted']);
  });

  it('an endpoint still busy after the fix gets one request, and the backoff carries on from the hold', async () => {
    const real = h.clock.now();
    await seedPending(30, real + 3 * DAY);
    await writeHold(await reportsDb(), ENDPOINT, { until: real + 3 * DAY, failures: 11, reason: 'busy' });
    const { engine, requests } = h.engineFor(() => json(503, { error: 'busy' }));
    await engine.run();
    expect(requests).toHaveLength(1);
    // Failure 12, at the cap (the harness's jitter is 0), on the right clock.
    expect(await readHold(await reportsDb(), ENDPOINT)).toMatchObject({ failures: 12, until: real + BACKOFF_CAP_MS });
    expect(await engine.nextWakeAt()).toBe(real + BACKOFF_CAP_MS);
    h.clock.advance(BACKOFF_CAP_MS - 1);
    await engine.run();
    expect(requests).toHaveLength(1);
    expect((await engine.status()).counts.pending).toBe(30);
  });

  it('keeps the longest wait a backoff can set (the cap at its highest jitter)', async () => {
    const longest = h.clock.now() + BACKOFF_CAP_MS * (1 + BACKOFF_JITTER);
    await seedPending(1, longest);
    await writeHold(await reportsDb(), ENDPOINT, { until: longest, failures: 12, reason: 'busy' });
    const { engine, requests } = h.engineFor(acceptAll);
    expect(await engine.nextWakeAt()).toBe(longest);
    await engine.run();
    expect(requests).toHaveLength(0);
    h.clock.set(longest);
    expect((await engine.run()).counts.synced).toBe(1);
  });
});

describe('sync engine: a clock set back during a pass', () => {
  it('a second worker neither takes the live pass its lock nor sends its batch again; no report is lost', async () => {
    await seedPending(30, h.clock.now());
    const sent: string[] = [];
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    let inFlight = () => {};
    const started = new Promise<void>((resolve) => {
      inFlight = resolve;
    });
    const record = (r: SeenRequest) => {
      sent.push(...r.ids);
      return acceptAll(r);
    };
    const a = h.engineFor(async (r, i) => {
      if (i === 0) {
        h.clock.advance(-2 * DAY);
        inFlight();
        await answered;
      }
      return record(r);
    });
    const pass = a.engine.run();
    await started;
    const b = h.engineFor(record);
    await b.engine.run();
    expect(b.requests).toHaveLength(0);
    answer();
    expect((await pass).counts).toMatchObject({ synced: 25, pending: 5 });
    // The other five waited by a clock now two days behind them: due at once to the next pass.
    expect((await b.engine.run()).counts).toMatchObject({ synced: 30, pending: 0 });
    expect(sent).toHaveLength(30);
    expect(new Set(sent).size).toBe(30);
  });
});
