import { describe, expect, it } from 'vitest';
import { getReport } from '../store/reports';
import { createSyncEngine } from './engine';
import { engineHarness } from './testing/engine-harness';
import { fakeEndpoint, json } from './testing/fake-endpoint';
import { reportId, seedPending, testDeps } from './testing/fixtures';

const ENDPOINT = 'https://reports.example.org/claimcheck';
const h = engineHarness(ENDPOINT);

describe('sync engine: a hostile endpoint cannot hang or crash it', () => {
  it('a request that never answers ends at the deadline; the reports stay pending with the reason', async () => {
    await seedPending(2, h.clock.now());
    const endpoint = fakeEndpoint(() => new Promise<Response>(() => {}));
    const engine = createSyncEngine(testDeps(endpoint.fetch, () => h.settings, h.clock.now, { timeoutMs: 100 }));
    const started = Date.now();
    const status = await engine.run();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(status.counts.pending).toBe(2);
    const stored = await getReport(reportId(0));
    expect(stored?.attempts.at(-1)).toMatchObject({ code: 'timeout', outcome: 'retry' });
    expect(stored?.statusWhy).toEqual({ code: 'timeout', retryInMs: 30_000 });
  });

  it('an endless 200 body is cut at 1 MiB and counts as transient', async () => {
    await seedPending(1, h.clock.now());
    const endless = () =>
      new Response(new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(65_536).fill(0x5b)) }), { status: 200 });
    const { engine } = h.engineFor(endless);
    const status = await engine.run();
    expect(status.counts.pending).toBe(1);
    expect((await getReport(reportId(0)))?.attempts.at(-1)).toMatchObject({ code: 'tooLarge', outcome: 'retry' });
  });

  it('ids the endpoint did not ask about, or listed twice, change nothing else', async () => {
    await seedPending(2, h.clock.now());
    const stranger = reportId(999);
    const { engine } = h.engineFor((r) =>
      json(200, {
        accepted: [r.ids[0], r.ids[0], stranger],
        rejected: [
          { id: stranger, reason: 'x' },
          { id: r.ids[1], reason: 'bad' },
        ],
      }),
    );
    const status = await engine.run();
    expect(status.counts).toEqual({ local: 0, pending: 0, synced: 1, rejected: 1 });
    expect(await getReport(stranger)).toBeUndefined();
  });

  it('keeps a rejection reason as one plain line: no bidi overrides or control characters from the endpoint', async () => {
    await seedPending(1, h.clock.now());
    const { engine } = h.engineFor((r) =>
      json(200, { accepted: [], rejected: [{ id: r.ids[0], reason: 'refused\u202Egnp.exe\n\u0007by policy' }] }),
    );
    await engine.run();
    const stored = await getReport(reportId(0));
    expect(stored?.statusReason).toBe('refused gnp.exe by policy');
    expect(stored?.attempts.at(-1)?.error).toBe('refused gnp.exe by policy');
  });
});
