import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/**
 * Traditional → simplified Chinese, one character at a time, from opencc-js 1.4.2's own data
 * (TSCharacters, with the Taiwan and Hong Kong variant tables folded in first).
 *
 * Why not opencc-js's Converter: it segments phrases with a trie, costing microseconds per
 * string, and phrase-level choices (乾/干, 後/后) do not matter for keyword matching as long as
 * rules and text go through the same fold. This table is applied to both.
 */
function parsePairs(pairs: string): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of pairs.split('|')) {
    const [from, to] = entry.split(' ');
    // Multi-character keys are phrases: skipped on purpose (see above).
    if (from && to && [...from].length === 1) out.push([from, [...to][0] ?? to]);
  }
  return out;
}

function buildTable(): Map<number, string> {
  const variantToStandard = new Map<string, string>();
  for (const [from, to] of [...parsePairs(TWVariantsRev), ...parsePairs(HKVariantsRev)]) {
    if (!variantToStandard.has(from)) variantToStandard.set(from, to);
  }
  const tradToSimp = new Map(parsePairs(TSCharacters));
  const table = new Map<number, string>();
  const simplifiedForms = new Set(tradToSimp.values());
  const keys = new Set([...variantToStandard.keys(), ...tradToSimp.keys()]);
  for (const ch of keys) {
    // 么 is both a Taiwan variant of 幺 and the simplified form of 麼: simplified text wins.
    if (simplifiedForms.has(ch) && !tradToSimp.has(ch)) continue;
    const standard = variantToStandard.get(ch) ?? ch;
    const simp = tradToSimp.get(standard) ?? standard;
    if (simp !== ch) table.set(ch.codePointAt(0)!, simp);
  }
  return table;
}

let table: ReadonlyMap<number, string> | undefined;

/** Built on first use, not at load (see prototypeTables in confusables.ts). */
export function tradToSimpTable(): ReadonlyMap<number, string> {
  table ??= buildTable();
  return table;
}

/** Maps every traditional or regional-variant character in s to its simplified form. */
export function toSimplified(s: string): string {
  const tradToSimp = tradToSimpTable();
  let out = '';
  let changed = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const simp = cp >= 0x3400 ? tradToSimp.get(cp) : undefined;
    if (simp !== undefined) {
      out += simp;
      changed = true;
    } else out += ch;
  }
  return changed ? out : s;
}
