import { describe, expect, it } from 'vitest';
import { reportsDb } from '../store/db';
import { writeMeta } from '../store/outbox';
import { getReport } from '../store/reports';
import { engineHarness } from './testing/engine-harness';
import { acceptAll, json } from './testing/fake-endpoint';
import { reportId, seedPending } from './testing/fixtures';

const TYPO = 'https://typo.example.org/claimcheck';
const FIXED = 'https://reports.example.org/claimcheck';
const h = engineHarness(TYPO);
const HOUR = 3_600_000;

describe('sync engine: the user fixes the endpoint URL', () => {
  it('sends at once to the new endpoint, though the reports wait out the old one’s backoff', async () => {
    await seedPending(3, h.clock.now());
    const { engine, requests } = h.engineFor((r) =>
      r.url.startsWith(TYPO) ? Promise.reject(new TypeError('Failed to fetch')) : acceptAll(r),
    );
    for (let i = 0; i < 10; i++) {
      await engine.run();
      h.clock.advance(8 * HOUR);
    }
    await engine.run();
    const waiting = await getReport(reportId(0));
    expect((waiting?.nextAttemptAt ?? 0) - h.clock.now()).toBeGreaterThan(HOUR);
    h.clock.advance(1000);
    h.settings = { ...h.settings, endpointUrl: FIXED, revision: h.settings.revision + 1 };
    const status = await engine.run();
    expect(requests.filter((r) => r.url.startsWith(FIXED))).toHaveLength(1);
    expect(status.counts.synced).toBe(3);
    // The attempt log keeps the old endpoint's attempts.
    const log = (await getReport(reportId(0)))?.attempts ?? [];
    expect(log.filter((a) => a.endpoint.startsWith(TYPO))).toHaveLength(11);
    expect(log.at(-1)).toMatchObject({ outcome: 'accepted', status: 200 });
  });

  it('keeps a report’s backoff earned on the current endpoint when nothing changed', async () => {
    await seedPending(1, h.clock.now());
    // Left out of the answer: the report backs off on its own (a 500 would hold the whole
    // endpoint, and the second run would stop before the endpoint check this is about).
    const { engine, requests } = h.engineFor(() => json(200, { accepted: [], rejected: [] }));
    await engine.run();
    h.clock.advance(1000);
    await engine.run();
    expect(requests).toHaveLength(1);
  });

  it('a report the new endpoint leaves out backs off from the start, not from the old failures', async () => {
    await seedPending(1, h.clock.now());
    const { engine } = h.engineFor((r) =>
      r.url.startsWith(TYPO) ? Promise.reject(new TypeError('Failed to fetch')) : json(200, { accepted: [], rejected: [] }),
    );
    for (let i = 0; i < 5; i++) {
      await engine.run();
      h.clock.advance(8 * HOUR);
    }
    h.settings = { ...h.settings, endpointUrl: FIXED, revision: h.settings.revision + 1 };
    await engine.run();
    const stored = await getReport(reportId(0));
    expect(stored?.statusWhy).toMatchObject({ code: 'leftOut', retryInMs: 30_000 });
    expect((stored?.nextAttemptAt ?? 0) - h.clock.now()).toBe(30_000);
  });
});

describe('sync engine: one endpoint, however its URL is written', () => {
  it('a hold earned on "…/claimcheck" holds "…/claimcheck/", which posts to the same URL', async () => {
    h.settings = { ...h.settings, endpointUrl: FIXED };
    await seedPending(2, h.clock.now());
    const { engine, requests } = h.engineFor(() => json(503, {}));
    await engine.run();
    // Filed during the hold: only the hold keeps it from going out.
    await seedPending(1, h.clock.now(), 5);
    h.settings = { ...h.settings, endpointUrl: `${FIXED}/`, revision: h.settings.revision + 1 };
    await engine.run();
    expect(requests).toHaveLength(1);
    expect(await engine.nextWakeAt()).toBe(h.clock.now() + 30_000);
  });

  it('honours a hold an earlier version stored under the configured URL itself', async () => {
    h.settings = { ...h.settings, endpointUrl: FIXED };
    await seedPending(1, h.clock.now());
    const hold = { endpoint: FIXED, until: h.clock.now() + 60_000, failures: 1, reason: 'busy' };
    await writeMeta(await reportsDb(), 'syncHold', hold);
    const { engine, requests } = h.engineFor(acceptAll);
    await engine.run();
    expect(requests).toHaveLength(0);
    expect(await engine.nextWakeAt()).toBe(h.clock.now() + 60_000);
  });
});
