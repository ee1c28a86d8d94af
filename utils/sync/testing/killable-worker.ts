import type { OutboxDb } from '../../store/outbox';
import { createSyncEngine, type SyncDeps, type SyncEngine } from '../engine';

export class WorkerKilled extends Error {}

export type KillableWorker = { engine: SyncEngine; kill(): void; readonly killed: boolean };

/**
 * An engine whose "worker" can be killed as MV3 kills a service worker: from that instant it
 * touches nothing again (no clock, no IndexedDB, no answer read), and it does not release its
 * lock. Whatever it committed before stays; whatever it had in flight is simply never finished.
 */
export function killableWorker(base: SyncDeps, ownerId: string): KillableWorker {
  let killed = false;
  const alive = () => {
    if (killed) throw new WorkerKilled('worker killed');
  };
  const deps: SyncDeps = {
    ...base,
    ownerId,
    now: () => {
      alive();
      return base.now();
    },
    loadSettings: async () => {
      alive();
      return base.loadSettings();
    },
    db: async () => guardDb(await base.db(), alive),
    fetch: async (url, init) => {
      alive();
      const response = await base.fetch(url, init);
      alive();
      return response;
    },
  };
  return {
    engine: createSyncEngine(deps),
    kill: () => {
      killed = true;
    },
    get killed() {
      return killed;
    },
  };
}

/** The same database, but every use after the kill throws (a dead worker has no connection). */
function guardDb(db: OutboxDb, alive: () => void): OutboxDb {
  return new Proxy(db, {
    get(target, property) {
      alive();
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
