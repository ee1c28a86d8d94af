import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import CONFUSABLES from 'unhomoglyph/data.json';
import { CJK_LOOKALIKE_GROUPS, SEPARATOR_LIKE } from '../cjk-lookalikes';
import { normalizeForMatch } from '../normalize';
import { OFFICIAL_ACCOUNTS } from '../officials';
import { loadCounters, loadRulePacks } from '../rules';
import { LABEL_MARKERS } from '../rules/label-markers';
import { lookalikeKey } from '../skeleton';
import type { RawTables } from './tables';

// Node-only (the generator and the tests): it reads the full tables the slim ones are cut from.
export const FULL_RAW: RawTables = {
  confusables: CONFUSABLES as Record<string, string>,
  tsCharacters: TSCharacters,
  twVariantsRev: TWVariantsRev,
  hkVariantsRev: HKVariantsRev,
};

/** Every character a match or an official key can consist of (ASCII is always in, see equivalence.ts). */
export function computeAlphabet(): Set<number> {
  const texts = [
    ...loadRulePacks().flatMap((p) => p.rules.flatMap((r) => r.patterns)),
    ...loadCounters().groups.flatMap((g) => g.patterns),
  ].map((p) => normalizeForMatch(p.endsWith('*') ? p.slice(0, -1) : p));
  texts.push(...Object.values(LABEL_MARKERS).flatMap((words) => words.map(normalizeForMatch)));
  for (const o of OFFICIAL_ACCOUNTS) texts.push(lookalikeKey(o.name), o.handle ? lookalikeKey(o.handle) : '');
  // Near lookalikes of short Chinese names compare these characters (cjk-lookalikes.ts).
  texts.push(...CJK_LOOKALIKE_GROUPS, SEPARATOR_LIKE);
  // The separators removed between Chinese characters (normalize.ts HAN_SEPARATOR).
  texts.push('·・');
  const alphabet = new Set<number>();
  for (const t of texts) for (const ch of t) if (ch.codePointAt(0)! >= 0x80) alphabet.add(ch.codePointAt(0)!);
  return alphabet;
}

/**
 * The code points a fold can be asked about. Every step reads NFKC text, whose characters are
 * NFKC-stable, so the lookalike fold sees NFKC(c) of single characters c and the match fold
 * their lower case. Astral characters that no table names and that NFKC, NFD and lower case
 * leave alone fold the same with any subset of the tables, so only the others are listed.
 */
export interface FoldDomains {
  starts: number[];
  lookalike: number[];
  match: number[];
}

// Scanning the astral planes takes a second or two: the generator and the tests share one scan.
const domainMemo = new WeakMap<RawTables, FoldDomains>();

export function foldDomains(raw: RawTables = FULL_RAW): FoldDomains {
  const known = domainMemo.get(raw);
  if (known) return known;
  const named = new Set<number>();
  for (const s of [...Object.entries(raw.confusables).flat(), raw.tsCharacters, raw.twVariantsRev, raw.hkVariantsRev]) {
    for (const ch of s) named.add(ch.codePointAt(0)!);
  }
  const starts: number[] = [];
  const lookalike = new Set<number>();
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const nfkc = ch.normalize('NFKC');
    if (cp > 0xffff && !named.has(cp) && nfkc === ch && ch.toLowerCase() === ch && ch.normalize('NFD') === ch) continue;
    starts.push(cp);
    for (const q of nfkc) lookalike.add(q.codePointAt(0)!);
  }
  const match = new Set<number>();
  for (const q of lookalike) for (const r of String.fromCodePoint(q).toLowerCase()) match.add(r.codePointAt(0)!);
  const result = { starts, lookalike: [...lookalike].sort((a, b) => a - b), match: [...match].sort((a, b) => a - b) };
  domainMemo.set(raw, result);
  return result;
}
