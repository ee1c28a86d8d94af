import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { slimTablesForContentScript } from '../../utils/engine/slim/vite-plugin';

const HARNESS = path.resolve(import.meta.dirname, 'harness.ts');

/**
 * One script for Chromium's isolated world: this checkout's harness over the X adapter and the
 * shipped engine of the checkout at `root` (this one, or another to compare with), minified and
 * with that checkout's slim tables, as in the x.com content script. It sets `globalThis.__benchScan`.
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
      '(globalThis as any).__benchScan = (settings: any, batch: number, withEngine: boolean) =>',
      '  runScan(xAdapter, withEngine ? createShippedEngine() : undefined, settings, batch);',
    ].join('\n'),
  );
  try {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      plugins: [slimTablesForContentScript({ slimDir: path.join(root, 'utils/engine/slim'), always: true })],
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
