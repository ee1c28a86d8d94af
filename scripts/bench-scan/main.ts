// npm run bench:scan: what the content script's per-post work costs without the page around it.
// The X adapter and the engine, minified with the slim tables as in x.js, run in Chromium's
// isolated world over 2,000 cells of the real x.com markup (bench:page's timeline), in fresh
// pages, rounds alternating. `--compare DIR` times another checkout's adapter and engine in the
// same rounds. The last line printed is one JSON object.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BASE_ARGS, CHROMIUM } from '../../e2e/support/browser';
import { DEFAULT_SETTINGS } from '../../utils/schemas/settings';
import { parseOptions } from '../bench-page/options';
import { timelinePages } from '../bench-page/timeline-pages';
import { bundleFor } from './bundle';
import type { ScanRun } from './harness';

const REPO = path.resolve(import.meta.dirname, '../..');

function arg(name: string, fallback: string | undefined): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
};

async function main() {
  const rounds = Number(arg('--rounds', '8'));
  const posts = Number(arg('--posts', '2000'));
  const compare = arg('--compare', undefined);
  const withEngine = !process.argv.includes('--no-engine');
  // bench:page's x.com page, whose own script appends the posts (every millisecond here: the
  // harness waits for all of them, then scans them batch by batch).
  const options = parseOptions(['--posts', String(posts), '--interval', '1', '--page', 'x']);
  const [page] = await timelinePages(options);
  if (!page) throw new Error('bench:scan needs the saved x.com page (see bench:page)');
  const variants = [{ label: 'this', root: REPO }, ...(compare ? [{ label: 'compare', root: path.resolve(compare) }] : [])];
  for (const { root } of variants) {
    // Vite reads each checkout's tsconfig, which extends WXT's generated one.
    if (!fs.existsSync(path.join(root, '.wxt/tsconfig.json')) || !fs.existsSync(path.join(root, 'node_modules')))
      throw new Error(`bench:scan: ${root} needs node_modules and .wxt (npm ci, or npx wxt prepare)`);
  }
  const code = await Promise.all(variants.map((v) => bundleFor(v.root)));
  const { revision, sensitivity, categories, customKeywords, trusted } = DEFAULT_SETTINGS;
  const settings = { revision, sensitivity, categories, customKeywords, trusted };
  const runs: ScanRun[][] = variants.map(() => []);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BASE_ARGS });
  try {
    console.log('round\tvariant\tscanMs\tevalMs\tfound\tflagged');
    for (let r = 0; r < rounds; r++) {
      // Alternating order, so that drift on a shared machine favours neither.
      const order = r % 2 ? [...variants.keys()].reverse() : [...variants.keys()];
      for (const v of order) {
        const tab = await browser.newPage();
        await tab.setContent(page.html);
        await tab.waitForFunction(() => (window as { __benchStats?: { done?: number } }).__benchStats?.done, undefined, {
          timeout: 120_000,
        });
        const cdp = await tab.context().newCDPSession(tab);
        const { frameTree } = await cdp.send('Page.getFrameTree');
        const world = await cdp.send('Page.createIsolatedWorld', {
          frameId: frameTree.frame.id,
          worldName: `bench-scan-${r}-${v}`,
        });
        const inWorld = (expression: string) =>
          cdp.send('Runtime.evaluate', { expression, contextId: world.executionContextId, returnByValue: true });
        await inWorld(code[v]!);
        const args = [settings, options.batch, withEngine].map((a) => JSON.stringify(a)).join(',');
        const out = await inWorld(`globalThis.__benchScan(${args})`);
        if (out.exceptionDetails)
          throw new Error(`bench:scan: ${out.exceptionDetails.exception?.description ?? out.exceptionDetails.text}`);
        const run = out.result.value as ScanRun;
        runs[v]!.push(run);
        console.log([r + 1, variants[v]!.label, run.scanMs.toFixed(1), run.evalMs.toFixed(1), run.found, run.flagged].join('\t'));
        await tab.close();
      }
    }
  } finally {
    await browser.close();
  }
  const summary = (list: ScanRun[]) => ({ scanMs: median(list.map((x) => x.scanMs)), evalMs: median(list.map((x) => x.evalMs)) });
  const own = summary(runs[0]!);
  const other = compare ? summary(runs[1]!) : undefined;
  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);
  console.log(
    JSON.stringify({
      posts,
      rounds,
      ...own,
      ...(other && {
        compareScanMs: other.scanMs,
        compareEvalMs: other.evalMs,
        scanRatio: ratio(own.scanMs, other.scanMs),
        evalRatio: ratio(own.evalMs, other.evalMs),
      }),
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
