/**
 * `npm run bench:sync` (issue #5, item 5): drains 10,000 pending reports from IndexedDB
 * (fake-indexeddb) into the reference endpoint on 127.0.0.1 with a temporary SQLite file,
 * through the real sync engine and real HTTP. The endpoint runs as its own process
 * (`server/main.ts`, as `npm run server` runs it), so that, as in real use, the client and the
 * endpoint do not share one JavaScript thread. The last line printed is the JSON result.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { translator } from '../utils/i18n';
import { reportsDb } from '../utils/store/db';
import { countStatuses } from '../utils/store/outbox';
import { createSyncEngine } from '../utils/sync/engine';
import { lastRunText } from '../utils/sync/last-run-text';
import { startEndpointProcess } from '../utils/sync/testing/endpoint-process';
import { seedPending, syncSettings, testDeps } from '../utils/sync/testing/fixtures';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 10_000);
const LANES = process.env.BENCH_LANES ? Number(process.env.BENCH_LANES) : undefined;
const TOKEN = 'bench-token';
/**
 * Where the temporary SQLite file goes (default: the OS temp dir, a real disk here). The
 * endpoint fsyncs every batch (synchronous=FULL), so on a busy disk that latency, not the
 * engine, sets the pace; BENCH_DB_DIR=/dev/shm measures the engine without it.
 */
const DB_DIR = process.env.BENCH_DB_DIR ?? tmpdir();

async function main(): Promise<void> {
  const dir = mkdtempSync(join(DB_DIR, 'claimcheck-bench-'));
  const dbPath = join(dir, 'reports.db');
  const endpoint = await startEndpointProcess({ dbPath, tokens: [TOKEN] });
  try {
    await seedPending(REPORTS, Date.now());
    const settings = syncSettings(endpoint.url, { accessToken: TOKEN });
    // The engine exactly as the extension runs it (default lanes, real clock, real fetch).
    const engine = createSyncEngine(testDeps(globalThis.fetch, () => settings, Date.now, { random: Math.random, lanes: LANES }));

    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const status = await engine.run();
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);

    const counts = await countStatuses(await reportsDb());
    await endpoint.close();
    const stored = countRows(dbPath);
    console.error(
      `engine: ${status.lastRun && lastRunText(status.lastRun, translator('en'))}; local ${JSON.stringify(counts)}; endpoint rows ${stored} (SQLite in ${DB_DIR})`,
    );
    // The client's own CPU time: what the engine costs, whatever else keeps this machine busy.
    console.error(`client CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s over ${seconds.toFixed(2)} s wall`);
    if (counts.synced !== REPORTS || stored !== REPORTS) throw new Error(`expected ${REPORTS} synced and stored`);
    const round = (n: number, digits: number) => Number(n.toFixed(digits));
    console.log(JSON.stringify({ reports: REPORTS, seconds: round(seconds, 3), perSec: round(REPORTS / seconds, 1) }));
  } finally {
    await endpoint.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Distinct ids the endpoint stored, read from its SQLite file after it shut down. */
function countRows(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT count(DISTINCT id) AS n FROM reports').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
