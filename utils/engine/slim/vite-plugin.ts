import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { swapInScannerBuilds } from '../../build/scanner-builds';
import { SLIM_MODULES } from './names';

/** What the scanners' builds load for the slim confusables.json (see compactConfusables). */
export const COMPACT_CONFUSABLES_ID = '\0claimcheck:slim-confusables';

/**
 * The slim confusables as a module that builds the same object from two strings: every key
 * (one character each) in one, the prototypes joined by newlines in the other. An object
 * literal of 1,500 entries was 0.8 KB more gzip in every site script than this (the 50 KB
 * budget, issue 6), and built no faster.
 */
export function compactConfusables(json: string): string {
  const table = JSON.parse(json) as Record<string, string>;
  const keys = Object.keys(table);
  if (keys.some((k) => [...k].length !== 1) || Object.values(table).some((v) => v.includes('\n')))
    throw new Error('slim confusables: a key longer than one character or a prototype with a newline');
  return [
    `const keys = ${JSON.stringify(keys.join(''))};`,
    `const prototypes = ${JSON.stringify(keys.map((k) => table[k]).join('\n'))}.split('\\n');`,
    'const table = {};',
    'let i = 0;',
    'for (const key of keys) table[key] = prototypes[i++];',
    'export default table;',
  ].join('\n');
}

/**
 * Swaps the engine's full confusables and opencc tables for the slim ones (npm run slim-tables)
 * in the scanners' builds. The background, popup and options builds keep the full tables.
 * bench:scan passes `always`, and the slim directory of the checkout it bundles.
 */
export function slimTablesForContentScript(options: { slimDir?: string; always?: boolean } = {}): Plugin {
  const slimFile = (file: string) =>
    options.slimDir ? path.join(options.slimDir, file) : fileURLToPath(new URL(file, import.meta.url));
  const swaps: Record<string, string> = Object.fromEntries(
    Object.entries(SLIM_MODULES).map(([id, file]) => [id, slimFile(file)]),
  );
  const confusablesFile = swaps['unhomoglyph/data.json']!;
  swaps['unhomoglyph/data.json'] = COMPACT_CONFUSABLES_ID;
  return {
    ...swapInScannerBuilds('claimcheck:slim-tables', swaps, options.always),
    load(id) {
      return id === COMPACT_CONFUSABLES_ID ? compactConfusables(readFileSync(confusablesFile, 'utf8')) : null;
    },
  };
}
