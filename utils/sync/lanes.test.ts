import { beforeEach, describe, expect, it } from 'vitest';
import { closeReportsDb, reportsDb } from '../store/db';
import { getReport } from '../store/reports';
import { DEFAULT_LANES } from './drain';
import { createSyncEngine } from './engine';
import { readHold } from './state';
import { acceptAll, fakeEndpoint, json, type SeenRequest } from './testing/fake-endpoint';
import { manualClock, reportId, seedPending, syncSettings, testDeps } from './testing/fixtures';

const ENDPOINT = 'https://reports.example.org/claimcheck';
const settings = syncSettings(ENDPOINT);
let clock = manualClock();

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  closeReportsDb();
  clock = manualClock();
});

/** Answers only when the test says so, to hold several requests in flight at once. */
function gatedEndpoint(answer: (r: SeenRequest) => Response) {
  const waiting: (() => void)[] = [];
  const endpoint = fakeEndpoint((r) => new Promise<Response>((resolve) => waiting.push(() => resolve(answer(r)))));
  const releaseAll = () => {
    for (const release of waiting.splice(0)) release();
  };
  return { ...endpoint, waiting, releaseAll };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  expect(condition()).toBe(true);
}

describe('sync engine: two batches in flight (the default)', () => {
  it('keeps two requests in flight and never sends a report twice in a pass', async () => {
    expect(DEFAULT_LANES).toBe(2);
    await seedPending(130, clock.now());
    const endpoint = gatedEndpoint(acceptAll);
    const engine = createSyncEngine(testDeps(endpoint.fetch, () => settings, clock.now, { lanes: undefined }));
    const pass = engine.run();
    let maxInFlight = 0;
    while (endpoint.requests.length < 6) {
      await until(() => endpoint.waiting.length === 2 || endpoint.requests.length === 6);
      maxInFlight = Math.max(maxInFlight, endpoint.waiting.length);
      endpoint.releaseAll();
    }
    endpoint.releaseAll();
    const status = await pass;
    expect(maxInFlight).toBe(2);
    const ids = endpoint.requests.flatMap((r) => r.ids);
    expect(ids).toHaveLength(130);
    expect(new Set(ids).size).toBe(130);
    expect(status.counts.synced).toBe(130);
  });

  it('a busy answer in one lane ends the pass for both; the other batch still settles', async () => {
    await seedPending(100, clock.now());
    const endpoint = gatedEndpoint((r) =>
      r.ids.includes(reportId(0)) ? json(503, { error: 'busy' }, { 'retry-after': '60' }) : acceptAll(r),
    );
    const engine = createSyncEngine(testDeps(endpoint.fetch, () => settings, clock.now, { lanes: 2 }));
    const pass = engine.run();
    await until(() => endpoint.waiting.length === 2);
    endpoint.releaseAll();
    const status = await pass;
    expect(endpoint.requests).toHaveLength(2);
    expect(status.counts).toMatchObject({ synced: 25, pending: 75 });
    expect((await getReport(reportId(0)))?.nextAttemptAt).toBe(clock.now() + 60_000);
    expect(await engine.nextWakeAt()).toBe(clock.now() + 60_000);
  });

  it("keeps the endpoint's Retry-After when the other lane then finds the lock taken by another worker", async () => {
    await seedPending(60, clock.now());
    const db = await reportsDb();
    let release = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    let n = 0;
    const endpoint = fakeEndpoint(async (req) => {
      n++;
      if (n === 1) {
        await answered;
        return json(503, { error: 'busy' }, { 'retry-after': '3600' });
      }
      // Meanwhile another worker (a restarted service worker) takes the lock.
      await db.put('meta', { key: 'syncLock', value: { owner: 'other', expiresAt: clock.now() + 30_000 } });
      release();
      return acceptAll(req);
    });
    const engine = createSyncEngine(testDeps(endpoint.fetch, () => settings, clock.now, { lanes: 2 }));
    const status = await engine.run();
    expect(status.lastRun?.stop).toBe('lostLock');
    expect((await readHold(db, ENDPOINT))?.until).toBe(clock.now() + 3_600_000);
  });
});
