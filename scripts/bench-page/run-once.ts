import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CDPSession, chromium } from 'playwright-core';
import { BASE_ARGS, CHROMIUM } from '../../e2e/support/browser';
import { startCpuProfile, stopCpuProfile } from './cpu-profile';
import type { BenchOptions } from './options';
import { percentile } from './stats';
import type { TimelinePage } from './timeline-pages';
import { analyseTrace, type TraceFigures } from './trace-analysis';
import type { TraceEvent } from './trace-events';

/** What the page's own script left on window.__benchStats (timeline-page-script.js). */
interface PageStats {
  made: number;
  start: number;
  done: number;
  postBytes: number;
  impostorPosts: number;
  impostorsFlagged: number;
  genuineFlagged: number;
  otherFlagged: number;
  latencies: number[];
  flagObserverMs: number;
}

export interface RunResult extends TraceFigures {
  posts: number;
  postBytes: number;
  appendWallMs: number;
  settleMs: number;
  heapUsedMB: number;
  impostorPosts: number;
  impostorsFlagged: number;
  genuineFlagged: number;
  otherFlagged: number;
  badges: number;
  p95FlagLatencyMs: number | null;
  extensionLoaded: boolean | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readTrace(cdp: CDPSession): Promise<string> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('the trace came back without a stream');
  const chunks: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 8 << 20 });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return chunks.join('');
}

/**
 * One page load in a fresh profile, with `extensionDir` loaded or with no extension at all,
 * traced over CDP from before navigation until the main thread is quiet after the last append.
 */
export async function runOnce(
  page: TimelinePage,
  extensionDir: string | null,
  port: number,
  options: BenchOptions,
  traceFile: string | null,
): Promise<RunResult> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-bench-profile-'));
  const args = [...BASE_ARGS, `--host-resolver-rules=MAP ${page.host} 127.0.0.1:${port}, MAP * ~NOTFOUND`];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
  });
  try {
    let extensionLoaded: boolean | null = null;
    if (extensionDir) {
      const isExtension = (url: string) => url.startsWith('chrome-extension://');
      const deadline = Date.now() + 30_000; // a loaded 2-core machine can take a while
      while (!context.serviceWorkers().some((w) => isExtension(w.url())) && Date.now() < deadline) await sleep(100);
      extensionLoaded = context.serviceWorkers().some((w) => isExtension(w.url()));
    }
    // Both variants wait alike: the browser's own start-up work settles before the trace.
    await sleep(options.warmupMs);
    const tab = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: {
        recordMode: 'recordAsMuchAsPossible',
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      },
    });
    const profileFile = options.cpuProfileDir && extensionDir && traceFile ? traceFile.replace(/\.json$/, '.cpuprofile') : null;
    if (profileFile) await startCpuProfile(cdp);
    const origin = `http://${page.host}`;
    await tab.goto(origin + page.path, { waitUntil: 'load', timeout: 60_000 });
    await cdp.send('Performance.enable');
    const taskSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    await tab.waitForFunction(
      () => (window as unknown as { __benchStats?: { done?: number } }).__benchStats?.done !== undefined,
      null,
      {
        polling: 250,
        timeout: 300_000,
      },
    );
    // Settle: work the extension defers to idle time must land inside the trace.
    const lastAppend = Date.now();
    const samples: Array<[number, number]> = [];
    for (;;) {
      await sleep(250);
      const now = Date.now();
      samples.push([now, await taskSeconds()]);
      if (now - lastAppend >= options.maxSettleMs) break;
      if (now - lastAppend < options.settleMs) continue;
      const past = samples.find(([t]) => t >= now - options.quietWindowMs)!;
      const busyMs = (samples.at(-1)![1] - past[1]) * 1000;
      if (now - past[0] >= options.quietWindowMs * 0.85 && busyMs <= (now - past[0]) * options.quietFraction) break;
    }
    const settleMs = Date.now() - lastAppend;
    await cdp.send('Performance.disable');
    if (profileFile) await stopCpuProfile(cdp, profileFile);
    const traceText = await readTrace(cdp);
    if (traceFile) fs.writeFileSync(traceFile, traceText);
    const parsed = JSON.parse(traceText) as TraceEvent[] | { traceEvents: TraceEvent[] };
    const figures = analyseTrace(Array.isArray(parsed) ? parsed : parsed.traceEvents, origin);

    // The renderer's one V8 heap holds the page's world and the content scripts' worlds alike.
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const stats = await tab.evaluate(() => {
      const s = (window as unknown as { __benchStats: PageStats }).__benchStats;
      return { ...s, badges: document.querySelectorAll('[data-claimcheck-badge]').length };
    });
    return {
      ...figures,
      // The page's flag counter runs only when something is flagged: not part of its clock.
      pageScriptMs: figures.pageScriptMs - stats.flagObserverMs,
      posts: stats.made,
      postBytes: stats.postBytes,
      appendWallMs: stats.done - stats.start,
      settleMs,
      heapUsedMB: heap.usedSize / 2 ** 20,
      impostorPosts: stats.impostorPosts,
      impostorsFlagged: stats.impostorsFlagged,
      genuineFlagged: stats.genuineFlagged,
      otherFlagged: stats.otherFlagged,
      badges: stats.badges,
      p95FlagLatencyMs: percentile(stats.latencies, 95),
      ...(process.env.BENCH_DEBUG ? { latencies: stats.latencies.map(Math.round) } : {}),
      extensionLoaded,
    };
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
