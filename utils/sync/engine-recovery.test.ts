import { describe, expect, it } from 'vitest';
import { reportsDb } from '../store/db';
import { acquireLock } from '../store/sync-lock';
import { engineHarness } from './testing/engine-harness';
import { acceptAll } from './testing/fake-endpoint';
import { seedPending } from './testing/fixtures';

const h = engineHarness('https://reports.example.org/claimcheck');
const DAY = 86_400_000;

describe('sync engine: recovering from a dead worker and a wrong clock', () => {
  it('takes over a lock dated more than one lease ahead (clock set back after its worker died)', async () => {
    await seedPending(1, h.clock.now());
    await acquireLock(await reportsDb(), 'dead-worker', h.clock.now() + DAY, 60_000);
    const { engine, requests } = h.engineFor(acceptAll);
    expect(await engine.nextWakeAt()).toBe(h.clock.now());
    expect((await engine.run()).counts.synced).toBe(1);
    expect(requests).toHaveLength(1);
  });
});
