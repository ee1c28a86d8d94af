import { describe, expect, it } from 'vitest';
import { reportsDb } from '../store/db';
import { getReport } from '../store/reports';
import { backoffDelay } from './backoff';
import { readHold } from './state';
import { engineHarness } from './testing/engine-harness';
import { acceptAll } from './testing/fake-endpoint';
import { reportId, seedPending } from './testing/fixtures';

const ENDPOINT = 'https://reports.example.org/claimcheck';
const h = engineHarness(ENDPOINT);
const held = async () => readHold(await reportsDb(), ENDPOINT);

/**
 * Chromium's worker: no `online` event ever comes, only navigator.onLine (`net.onLine`) changes.
 * `net.up`: requests get through; while it is false they fail at once, as fetch does offline.
 */
function chromiumDevice() {
  const net = { up: false, onLine: false };
  const endpoint = h.engineFor(
    (r) => {
      if (!net.up) throw new TypeError('Failed to fetch');
      return acceptAll(r);
    },
    { online: () => net.onLine },
  );
  return { ...endpoint, net };
}

/** Each retry the backoff allows fails, until the hold reaches beyond `hours` from the start. */
async function outage(engine: ReturnType<typeof h.engineFor>['engine'], hours: number) {
  const start = h.clock.now();
  for (;;) {
    await engine.run();
    const until = (await held())?.until ?? 0;
    if (until - start > hours * 3600_000) return;
    h.clock.set(Math.max(until, h.clock.now() + 30_000));
  }
}

describe('back online in Chromium, where the worker gets no `online` event', () => {
  it('a wake-up 30 s on finds navigator.onLine true and sends at once, not when a 2 h backoff ends', async () => {
    await seedPending(3, h.clock.now());
    const { engine, requests, net } = chromiumDevice();
    await outage(engine, 3);
    expect(await held()).toMatchObject({ code: 'network' });
    expect((await held())!.until - h.clock.now()).toBeGreaterThan(3600_000);
    // Still offline: the next look is 30 s on, and a look costs no request.
    expect(await engine.nextWakeAt()).toBe(h.clock.now() + 30_000);
    h.clock.advance(30_000);
    const before = requests.length;
    await engine.run();
    expect(requests.length).toBe(before);
    expect(await engine.nextWakeAt()).toBe(h.clock.now() + 30_000);
    // The network is back; the next look (an alarm, as any wake-up) ends the hold and sends.
    net.up = true;
    net.onLine = true;
    h.clock.advance(30_000);
    const status = await engine.run();
    expect(requests.length - before).toBe(1);
    expect(status.counts).toMatchObject({ synced: 3, pending: 0 });
    expect(await held()).toBeUndefined();
  });

  it('an endpoint still down costs one request, the backoff carries on, and that hold is not lifted again', async () => {
    await seedPending(2, h.clock.now());
    const { engine, requests, net } = chromiumDevice();
    await outage(engine, 1);
    const failures = (await held())?.failures ?? 0;
    expect(failures).toBeGreaterThan(3);
    // The device is online again, but the endpoint's host still refuses connections.
    net.onLine = true;
    h.clock.advance(30_000);
    const before = requests.length;
    await engine.run();
    expect(requests.length - before).toBe(1);
    const after = await held();
    expect(after).toMatchObject({ failures: failures + 1, code: 'network' });
    expect(after).not.toHaveProperty('offline');
    expect((after?.until ?? 0) - h.clock.now()).toBe(backoffDelay(failures + 1, () => 0.5));
    expect((await getReport(reportId(0)))?.nextAttemptAt).toBe(after?.until);
    // Earned online: a `true` says nothing new, so the wait runs its course.
    expect(await engine.nextWakeAt()).toBe(after?.until);
    h.clock.advance(60_000);
    await engine.run();
    expect(requests.length - before).toBe(1);
  });

  it('keeps a hold earned less than 30 s ago, then the next look sends', async () => {
    await seedPending(1, h.clock.now());
    const { engine, requests, net } = chromiumDevice();
    await outage(engine, 0.2);
    net.up = true;
    net.onLine = true;
    h.clock.advance(29_000);
    const before = requests.length;
    await engine.run();
    expect(requests.length).toBe(before);
    const next = await engine.nextWakeAt();
    expect(next).toBe(h.clock.now() + 30_000);
    h.clock.set(next!);
    expect((await engine.run()).counts.synced).toBe(1);
    expect(requests.length - before).toBe(1);
  });

  it('a worker that cannot read navigator.onLine keeps the hold; one that reads true ends it', async () => {
    await seedPending(1, h.clock.now());
    const { engine, requests, net } = chromiumDevice();
    await outage(engine, 0.5);
    // The same stored hold, read by a worker that cannot tell (no navigator.onLine): it runs its course.
    const blind = h.engineFor(acceptAll, { online: () => undefined });
    net.up = true;
    h.clock.advance(60_000);
    await blind.engine.run();
    expect(blind.requests).toHaveLength(0);
    net.onLine = true;
    await engine.run();
    expect(requests.at(-1)?.ids).toEqual([reportId(0)]);
    expect((await getReport(reportId(0)))?.status).toBe('synced');
  });
});
