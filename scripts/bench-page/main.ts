/**
 * `npm run bench:page` (issue 6, item 6): the page main-thread cost of the built extension on
 * synthetic social timelines of full-size real markup, with and without the extension in the
 * same run, rounds in rotating order, medians reported. Method: scripts/bench-page/README.md.
 * The last line printed is the x.com page's JSON result (the m.weibo.cn page's comes before it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentScriptSizes, ensureFreshBuild, snapshotBuild } from './extension-build';
import { parseOptions } from './options';
import { type RunResult, runOnce } from './run-once';
import { startPageServer } from './server';
import { round } from './stats';
import { summarise } from './summary';
import { timelinePages } from './timeline-pages';

// One row per run; CPU milliseconds unless named Wall (README: CPU time, not wall time).
const COLUMNS = (
  'page round variant busyMs busyWallMs loadMs appendMs afterMs tasks maxTaskMs extScriptMs extTasks extTaskMs ' +
  'extMaxTaskMs extLong extScriptInTaskMax heapMB p95FlagMs impostors genuineFlagged badges settleMs loaded'
).split(' ');

function row(pageId: string, round_: number, variant: string, r: RunResult): string {
  return [
    pageId,
    round_,
    variant,
    round(r.busyMs),
    round(r.busyWallMs),
    round(r.loadMs),
    round(r.appendPhaseMs),
    round(r.afterMs),
    r.tasks,
    round(r.pageMaxTaskMs),
    round(r.extensionScriptMs),
    r.extensionTasks,
    round(r.extensionTaskMs),
    round(r.extensionMaxTaskMs),
    r.extensionLongTasks,
    round(r.maxExtensionScriptInTaskMs),
    round(r.heapUsedMB, 2),
    round(r.p95FlagLatencyMs),
    `${r.impostorsFlagged}/${r.impostorPosts}`,
    r.genuineFlagged,
    r.badges,
    r.settleMs,
    r.extensionLoaded ?? '-',
  ].join('\t');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!options.extensionDir) ensureFreshBuild(options.skipBuild);
  const extensionDir = snapshotBuild(options.extensionDir ?? undefined);
  const pages = await timelinePages(options);
  if (!pages.length) throw new Error('no page to measure');
  const server = await startPageServer(pages);
  // The CPU profiles are written next to the traces.
  if (options.cpuProfileDir) options.keepTracesDir ??= options.cpuProfileDir;
  if (options.keepTracesDir) fs.mkdirSync(options.keepTracesDir, { recursive: true });
  console.log(
    `bench:page: ${options.posts} posts, ${options.batch} every ${options.intervalMs} ms, ${options.rounds} rounds in rotating order, ` +
      `pages ${pages.map((p) => `http://${p.host}${p.path}`).join(' ')}; metric = top-level RunTask on the page's CrRendererMain (CDP trace)`,
  );
  const sizesOf = new Map(pages.map((page) => [page.id, contentScriptSizes(extensionDir, page.host)]));
  for (const page of pages) {
    for (const s of sizesOf.get(page.id)!)
      console.log(`${page.host}: content script ${s.file}: ${s.bytes} B, ${s.gzipBytes} B gzip`);
  }
  console.log(COLUMNS.join('\t'));
  const jsonLines: string[] = [];
  try {
    for (const page of pages) {
      const runs = { none: [] as RunResult[], extension: [] as RunResult[] };
      for (let r = 1; r <= options.rounds; r++) {
        // Rotating order: odd rounds start without the extension, even rounds with it, so slow
        // drift of the machine (heat, caches, other load) does not favour one variant.
        const order = r % 2 ? (['none', 'extension'] as const) : (['extension', 'none'] as const);
        for (const variant of order) {
          const trace = options.keepTracesDir ? path.join(options.keepTracesDir, `${page.id}-r${r}-${variant}.json`) : null;
          let result = await runOnce(page, variant === 'extension' ? extensionDir : null, server.port, options, trace);
          if (result.extensionLoaded === false) {
            // Its worker never started: that run measured no extension at all. Once more.
            console.log(`${page.id}\t${r}\t${variant}\tthe extension's worker did not start; running again`);
            result = await runOnce(page, extensionDir, server.port, options, trace);
          }
          runs[variant].push(result);
          if (process.env.BENCH_DEBUG && variant === 'extension')
            console.log('latencies', JSON.stringify((result as { latencies?: number[] }).latencies));
          console.log(row(page.id, r, variant, result));
        }
      }
      const summary = summarise(page, runs.none, runs.extension, sizesOf.get(page.id)!);
      console.log(`summary ${page.id}: ${JSON.stringify(summary.details)}`);
      jsonLines.push(
        JSON.stringify(page.id === 'x' ? summary.headline : { page: `http://${page.host}${page.path}`, ...summary.headline }),
      );
    }
  } finally {
    await server.close();
    fs.rmSync(extensionDir, { recursive: true, force: true });
  }
  for (const [id, sizes] of sizesOf)
    console.log(`${id}: content scripts total: ${round(sizes.reduce((s, b) => s + b.gzipBytes, 0) / 1024)} KB gzip`);
  // The x.com line last (the issue's contract); the other page's line just before it.
  jsonLines.sort((a, b) => Number(!a.startsWith('{"page"')) - Number(!b.startsWith('{"page"')));
  for (const line of jsonLines) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
