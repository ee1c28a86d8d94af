import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/start';
import type { Report } from '../schemas/report';
import { closeReportsDb, reportsDb } from '../store/db';
import { countStatuses } from '../store/outbox';
import { listReports } from '../store/reports';
import { type FaultKind, type FaultProxy, startFaultProxy } from './testing/fault-proxy';
import { manualClock, seedPending, syncSettings, testDeps } from './testing/fixtures';
import { type KillableWorker, killableWorker, WorkerKilled } from './testing/killable-worker';

/**
 * Issue #5, item 3: 1,000 reports through a fault-injecting proxy in front of the reference
 * endpoint, over real HTTP on 127.0.0.1, while the worker is killed at random points. Backoff
 * runs on a hand-moved clock (jumping to each alarm), so it costs no real time.
 */
const REPORTS = 1000;
const TOKEN = 'fault-test-token';
const WEIGHTS: Partial<Record<FaultKind, number>> = {
  pass: 45,
  http500: 4,
  http502: 3,
  timeoutBefore: 3,
  timeoutAfter: 3,
  resetBefore: 4,
  resetAfter: 4,
  busy429: 5,
  busy503: 3,
  tooLarge413: 8,
  garbage200: 3,
  wrongTypes200: 3,
  truncated200: 3,
  partial200: 6,
};

/** A small seeded generator (mulberry32), so a failing mix can be replayed with FAULT_SEED. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir = '';
let server: RunningServer;
let proxy: FaultProxy;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-fault-'));
  server = await startServer({ host: '127.0.0.1', port: 0, dbPath: join(dir, 'reports.db'), tokens: [TOKEN], rateLimit: false });
});

afterAll(async () => {
  await proxy?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('delivers 1,000 reports exactly once through injected faults and worker kills', async () => {
  const seed = Number(process.env.FAULT_SEED ?? 20261128);
  const random = seeded(seed);
  proxy = await startFaultProxy({ upstream: server.url, weights: WEIGHTS, random: seeded(seed + 1) });
  globalThis.indexedDB = new IDBFactory();
  closeReportsDb();
  const clock = manualClock(Date.now());
  const originals = await seedPending(REPORTS, clock.now());
  const settings = syncSettings(proxy.url, { accessToken: TOKEN });
  const base = testDeps(globalThis.fetch, () => settings, clock.now, { random, timeoutMs: 300, lanes: 2 });

  let workers = 0;
  const spawn = (): KillableWorker => killableWorker(base, `worker-${++workers}`);
  let worker = spawn();
  let kills = 0;
  let passes = 0;
  const started = Date.now();
  const db = await reportsDb();
  while ((await countStatuses(db)).pending > 0 && Date.now() - started < 25_000) {
    passes++;
    const current = worker;
    const pass = current.engine.run().then(
      () => 'done',
      (error) => {
        if (current.killed && error instanceof WorkerKilled) return 'killed';
        throw error;
      },
    );
    if (random() < 0.3) {
      // Kill at a random point of the pass: before, during or after a request.
      await Promise.race([pass, sleep(random() * 60)]);
      current.kill();
      kills++;
      worker = spawn();
      void pass.catch(() => {});
    } else {
      await pass;
    }
    // The alarm: jump the clock to the next wake-up (a backoff, a Retry-After, a dead worker's lease).
    const wake = await worker.engine.nextWakeAt();
    if (wake !== undefined && wake > clock.now()) clock.set(wake);
  }
  const seconds = (Date.now() - started) / 1000;

  const local = await listReports();
  const counts = await countStatuses(db);
  const rows = server.store.listInReceivedOrder({ afterSeq: 0 }, REPORTS * 2);
  const byId = new Map(originals.map((r) => [r.id, r]));
  const changed = rows.filter(
    (row) => JSON.stringify(canonical(JSON.parse(row.content))) !== JSON.stringify(canonical(byId.get(row.id))),
  );
  const injected = Object.entries(proxy.counts).filter(([kind, n]) => kind !== 'pass' && n > 0);
  const requests = Object.values(proxy.counts).reduce((a, b) => a + b, 0);
  const retried = local.filter((r) => r.attempts.length > 1).length;

  console.log(
    [
      `fault test (seed ${seed}): ${requests} requests, ${requests - proxy.counts.pass} faults injected: ${injected.map(([k, n]) => `${k} ${n}`).join(', ')}`,
      `worker killed ${kills} times over ${passes} passes; ${retried} reports needed more than one attempt; ${seconds.toFixed(1)} s`,
      `outcome: endpoint holds ${server.store.count()} rows, ${new Set(rows.map((r) => r.id)).size} distinct ids, ${changed.length} changed; local ${JSON.stringify(counts)}`,
    ].join('\n'),
  );

  expect(kills).toBeGreaterThan(0);
  expect(requests - proxy.counts.pass).toBeGreaterThan(20);
  expect(rows).toHaveLength(REPORTS);
  expect(new Set(rows.map((r) => r.id))).toEqual(new Set(byId.keys()));
  expect(changed).toEqual([]);
  expect(counts).toEqual({ local: 0, pending: 0, synced: REPORTS, rejected: 0 });
  expect(local.every((r) => r.status === 'synced')).toBe(true);
}, 40_000);

/** Key order does not matter to JSON equality of content. */
function canonical(value: Report | unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}
