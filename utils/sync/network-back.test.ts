import { describe, expect, it } from 'vitest';
import { reportsDb } from '../store/db';
import { getReport } from '../store/reports';
import { backoffDelay } from './backoff';
import { liftNetworkHold } from './network-back';
import { readHold } from './state';
import { engineHarness } from './testing/engine-harness';
import { acceptAll, json } from './testing/fake-endpoint';
import { reportId, seedPending } from './testing/fixtures';

const ENDPOINT = 'https://reports.example.org/claimcheck';
const h = engineHarness(ENDPOINT);

/** An endpoint the network cuts off while `down.now` is true. */
function outageEndpoint() {
  const down = { now: true };
  const endpoint = h.engineFor((r) => {
    if (down.now) throw new TypeError('Failed to fetch');
    return acceptAll(r);
  });
  return { ...endpoint, down };
}

/** Each wake-up brings one attempt, which fails at once, until the backoff reaches `hours`. */
async function outage(engine: ReturnType<typeof h.engineFor>['engine'], hours: number) {
  const start = h.clock.now();
  for (;;) {
    await engine.run();
    const at = (await engine.nextWakeAt()) ?? h.clock.now();
    if (at - start > hours * 3600_000) return;
    h.clock.set(Math.max(at, h.clock.now() + 30_000));
  }
}

const lift = async () => liftNetworkHold(await reportsDb(), h.clock.now());

describe('back online: the hold a network error set ends', () => {
  it('after a 3-hour outage the pass that follows sends at once, not in about 2 h', async () => {
    await seedPending(3, h.clock.now());
    const { engine, requests, down } = outageEndpoint();
    await outage(engine, 3);
    h.clock.advance(60_000);
    down.now = false;
    const before = requests.length;
    expect(await lift()).toBe(true);
    const status = await engine.run();
    expect(requests.length - before).toBe(1);
    expect(status.counts).toMatchObject({ synced: 3, pending: 0 });
    expect(await readHold(await reportsDb(), ENDPOINT)).toBeUndefined();
  });

  it('an endpoint still down costs one request, and the backoff carries on from its failure count', async () => {
    await seedPending(3, h.clock.now());
    const { engine, requests } = outageEndpoint();
    await outage(engine, 1);
    h.clock.advance(60_000);
    const held = await readHold(await reportsDb(), ENDPOINT);
    expect(held?.failures).toBeGreaterThan(3);
    const before = requests.length;
    await lift();
    await engine.run();
    expect(requests.length - before).toBe(1);
    const after = await readHold(await reportsDb(), ENDPOINT);
    expect(after).toMatchObject({ failures: (held?.failures ?? 0) + 1, code: 'network' });
    expect((after?.until ?? 0) - h.clock.now()).toBe(backoffDelay((held?.failures ?? 0) + 1, () => 0.5));
    expect((await getReport(reportId(0)))?.nextAttemptAt).toBe(after?.until);
  });

  it('keeps a hold earned less than 30 s ago, so a flapping link does not send more often than the first retry', async () => {
    await seedPending(1, h.clock.now());
    const { engine, requests } = outageEndpoint();
    await outage(engine, 0.2);
    h.clock.advance(29_000);
    const before = requests.length;
    expect(await lift()).toBe(false);
    await engine.run();
    expect(requests.length).toBe(before);
  });

  it("keeps the endpoint's own holds: a 503 with Retry-After still holds the pass back", async () => {
    await seedPending(1, h.clock.now());
    const { engine, requests } = h.engineFor(() => json(503, { error: 'busy' }, { 'retry-after': '3600' }));
    await engine.run();
    h.clock.advance(60_000);
    expect(await lift()).toBe(false);
    await engine.run();
    expect(requests).toHaveLength(1);
  });

  it('a report waiting out its own backoff (left out of a 200) keeps it', async () => {
    await seedPending(2, h.clock.now());
    const { engine, down } = outageEndpoint();
    await outage(engine, 1);
    h.clock.advance(60_000);
    // Report 1 was left out of an answer earlier: its wait is its own, not the network hold's.
    const db = await reportsDb();
    const leftOut = await getReport(reportId(1));
    const ownWait = h.clock.now() + 600_000;
    await db.put('reports', { ...leftOut!, statusWhy: { code: 'leftOut' }, nextAttemptAt: ownWait });
    down.now = false;
    await lift();
    const status = await engine.run();
    expect(status.counts).toMatchObject({ synced: 1, pending: 1 });
    expect((await getReport(reportId(1)))?.nextAttemptAt).toBe(ownWait);
  });
});
