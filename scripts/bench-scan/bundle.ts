import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { SLIM_MODULES } from '../../utils/engine/slim/names';
import { compactConfusables } from '../../utils/engine/slim/vite-plugin';

const HARNESS = path.resolve(import.meta.dirname, 'harness.ts');
const SLIM: Record<string, string> = SLIM_MODULES;
const CONFUSABLES_ID = '\0bench-scan:slim-confusables';

/** The slim tables of `root`, as the site scripts' build swaps them in (slimTablesForContentScript). */
function slimTablesOf(root: string): Plugin {
  const slimDir = path.join(root, 'utils/engine/slim');
  return {
    name: 'bench-scan:slim-tables',
    enforce: 'pre',
    resolveId: (source) =>
      source === 'unhomoglyph/data.json' ? CONFUSABLES_ID : SLIM[source] ? path.join(slimDir, SLIM[source]!) : null,
    load: (id) =>
      id === CONFUSABLES_ID
        ? compactConfusables(fs.readFileSync(path.join(slimDir, SLIM['unhomoglyph/data.json']!), 'utf8'))
        : null,
  };
}

/**
 * One script for Chromium's isolated world: this checkout's harness over the X adapter and the
 * shipped engine of the checkout at `root` (this one, or another to compare with), minified and
 * with the slim tables, as in the x.com content script. It sets `globalThis.__benchScan`.
 */
export async function bundleFor(root: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scan-'));
  const entry = path.join(dir, 'entry.ts');
  fs.writeFileSync(
    entry,
    [
      `import { runScan } from ${JSON.stringify(HARNESS)};`,
      `import { xAdapter } from ${JSON.stringify(path.join(root, 'utils/adapters/x'))};`,
      `import { createShippedEngine } from ${JSON.stringify(path.join(root, 'utils/engine/shipped-engine'))};`,
      '(globalThis as any).__benchScan = (settings: any, names: any, posts: number, withEngine: boolean) =>',
      '  runScan(xAdapter, withEngine ? createShippedEngine({ cacheCapacity: 5000 }) : undefined, settings, names, posts);',
    ].join('\n'),
  );
  try {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      plugins: [slimTablesOf(root)],
      build: { write: false, minify: true, lib: { entry, formats: ['iife'], name: 'benchScan' } },
    });
    const first = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] };
    const chunk = first.output.find((o) => o.type === 'chunk');
    if (!chunk?.code) throw new Error(`bench:scan: no bundle for ${root}`);
    return chunk.code;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
