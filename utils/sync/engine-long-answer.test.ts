import { describe, expect, it } from 'vitest';
import { getReport } from '../store/reports';
import { engineHarness } from './testing/engine-harness';
import { json } from './testing/fake-endpoint';
import { reportId, seedPending } from './testing/fixtures';

const ENDPOINT = 'https://reports.example.org/claimcheck';
const h = engineHarness(ENDPOINT);

/** sync-protocol.md sets no limit on a 200's reasons or lists: only its shape makes it a batch result. */
describe('sync engine: a batch result with long reasons or long lists', () => {
  it('a rejection reason over 2,000 characters settles the batch; the reason is kept cut to 500', async () => {
    await seedPending(25, h.clock.now());
    const reason = `reports[0]: ${'account.displayName: Too big; '.repeat(200)}`;
    const { engine, requests } = h.engineFor((r) =>
      json(200, { accepted: r.ids.slice(1), rejected: [{ id: r.ids[0], reason }] }),
    );
    const status = await engine.run();
    expect(requests).toHaveLength(1);
    expect(status.counts).toMatchObject({ synced: 24, rejected: 1, pending: 0 });
    expect(status.lastRun).toMatchObject({ sent: 25, accepted: 24, rejected: 1 });
    expect(status.lastRun?.stop).toBeUndefined();
    const rejected = await getReport(reportId(0));
    expect(rejected).toMatchObject({ status: 'rejected', statusWhy: { code: 'rejected' } });
    expect(rejected?.statusReason).toBe(reason.trim().slice(0, 500));
  });

  it('one verbose rejection does not hold back the reports filed after it', async () => {
    await seedPending(1, h.clock.now(), 0);
    const refused = reportId(0);
    const { engine } = h.engineFor((r) =>
      json(200, {
        accepted: r.ids.filter((id) => id !== refused),
        rejected: r.ids.includes(refused) ? [{ id: refused, reason: 'x'.repeat(5000) }] : [],
      }),
    );
    await engine.run();
    h.clock.advance(3600_000);
    await seedPending(3, h.clock.now(), 10);
    const status = await engine.run();
    expect(status.counts).toMatchObject({ synced: 3, rejected: 1, pending: 0 });
  });

  it('more items than were sent, and ids over 100 characters, are ignored: the ids sent still settle', async () => {
    await seedPending(2, h.clock.now());
    const strangers = Array.from({ length: 40 }, (_, i) => `not-sent-${i}-${'z'.repeat(120)}`);
    const { engine } = h.engineFor((r) =>
      json(200, { accepted: [...r.ids, ...strangers], rejected: strangers.map((id) => ({ id, reason: 'unknown' })) }),
    );
    const status = await engine.run();
    expect(status.counts).toMatchObject({ synced: 2, pending: 0, rejected: 0 });
  });

  it('a 400 with an error over 2,000 characters keeps the endpoint words on the rejected reports', async () => {
    await seedPending(1, h.clock.now());
    const { engine } = h.engineFor(() => json(400, { error: `body must be {"reports":[...]}: ${'y'.repeat(3000)}` }));
    await engine.run();
    const stored = await getReport(reportId(0));
    expect(stored).toMatchObject({ status: 'rejected', statusWhy: { code: 'batchRefused', httpStatus: 400 } });
    expect(stored?.statusReason).toMatch(/^body must be \{"reports":\[\.\.\.\]\}: y+$/);
    expect(stored?.statusReason).toHaveLength(500);
  });

  it.each([
    ['a reason that is not a string', (ids: string[]) => ({ accepted: [], rejected: [{ id: ids[0], reason: 42 }] })],
    ['no rejected list', (ids: string[]) => ({ accepted: ids })],
    ['ids that are not strings', () => ({ accepted: [1, 2], rejected: [] })],
  ])('a 200 that is not a batch result at all (%s) is still a bad answer', async (_name, body) => {
    await seedPending(2, h.clock.now());
    const { engine } = h.engineFor((r) => json(200, body(r.ids)));
    const status = await engine.run();
    expect(status.counts).toMatchObject({ synced: 0, pending: 2 });
    expect(status.lastRun).toMatchObject({ ok: false, stop: 'badAnswer', httpStatus: 200 });
  });
});
