import { beforeEach } from 'vitest';
import type { Settings } from '../../schemas/settings';
import { closeReportsDb } from '../../store/db';
import { createSyncEngine, type SyncDeps } from '../engine';
import { fakeEndpoint, type SeenRequest } from './fake-endpoint';
import { type ManualClock, manualClock, syncSettings, testDeps } from './fixtures';

export interface EngineHarness {
  clock: ManualClock;
  /** The settings the engine reads; a test may replace them. */
  settings: Settings;
  /** An engine over a fake endpoint answering with `answer`, plus the requests it saw. */
  engineFor(
    answer: (r: SeenRequest, i: number) => Response | Promise<Response>,
    change?: Partial<SyncDeps>,
  ): { engine: ReturnType<typeof createSyncEngine>; requests: SeenRequest[] };
}

/** A fresh IndexedDB, clock and settings before every test of the calling file. */
export function engineHarness(endpointUrl: string): EngineHarness {
  const h: EngineHarness = {
    clock: manualClock(),
    settings: syncSettings(endpointUrl),
    engineFor(answer, change = {}) {
      const endpoint = fakeEndpoint(answer);
      const engine = createSyncEngine(testDeps(endpoint.fetch, () => h.settings, h.clock.now, change));
      return { engine, requests: endpoint.requests };
    },
  };
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    closeReportsDb();
    h.clock = manualClock();
    h.settings = syncSettings(endpointUrl);
  });
  return h;
}
