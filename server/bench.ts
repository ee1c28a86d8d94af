import { makeReport, postReports, startTestServer } from './test-support';

/**
 * `npm run bench:server`: 10,000 reports in 25-report batches, one batch at a time (as the
 * sync engine sends them) over real HTTP into a real SQLite file. Prints one JSON line.
 * This measures the endpoint alone; `npm run bench:sync` measures it with the sync engine.
 */
const TOTAL = Number(process.env.REPORTS ?? 10_000);
const BATCH = 25;

const server = await startTestServer({ rateLimit: false });
const bodies = Array.from({ length: Math.ceil(TOTAL / BATCH) }, (_, i) => ({
  reports: Array.from({ length: Math.min(BATCH, TOTAL - i * BATCH) }, () => makeReport()),
}));
const started = performance.now();
for (const body of bodies) {
  const response = await postReports(server, body);
  if (response.status !== 200) throw new Error(`batch answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}
const seconds = (performance.now() - started) / 1000;
const stored = server.store.count();
await server.dispose();
if (stored !== TOTAL) throw new Error(`stored ${stored} of ${TOTAL}`);
console.log(JSON.stringify({ reports: TOTAL, seconds: Math.round(seconds * 100) / 100, perSec: Math.round(TOTAL / seconds) }));
