/**
 * The engine's per-character folds with the data tables as parameters, so the generator can
 * compare full and slim tables without loading the engine twice, and record which table entries
 * a character's fold actually reads. Each function mirrors one engine step (named below); the
 * equivalence test then checks the real engine, loaded with the slim files, against these choices.
 */
import { capitalFold } from '../confusables';

/** The three opencc strings ('from to|from to') and unhomoglyph's {char: prototype}. */
export interface RawTables {
  confusables: Record<string, string>;
  tsCharacters: string;
  twVariantsRev: string;
  hkVariantsRev: string;
}

/** Only get is read, so the generator can try entries in and out without rebuilding maps. */
export interface Lookup {
  get(cp: number): string | undefined;
}

export interface Tables {
  prototype: Lookup;
  latin: Lookup;
  capital: Lookup;
  t2s: Lookup;
}

export interface BuiltTables extends Tables {
  prototype: Map<number, string>;
  latin: Map<number, string>;
  capital: Map<number, string>;
  t2s: Map<number, string>;
}

/** Called for every entry a fold reads: 'proto' (a confusables key) or 't2s' (a TRAD_TO_SIMP key). */
export type OnHit = (table: 'proto' | 't2s', cp: number) => void;

/** confusables.ts: prototype, latinLookalike and capitalLookalike. */
function confusableMaps(json: Record<string, string>): Pick<BuiltTables, 'prototype' | 'latin' | 'capital'> {
  const prototype = new Map<number, string>();
  for (const [from, to] of Object.entries(json)) {
    const cp = from.codePointAt(0)!;
    if (from.length === String.fromCodePoint(cp).length) prototype.set(cp, to);
  }
  const latin = new Map<number, string>();
  const capital = new Map<number, string>();
  for (const [cp, proto] of prototype) {
    if (cp < 0x80 || cp >= 0x2e80) continue;
    const lower = proto.toLowerCase();
    if (/^[a-z0-9]+$/.test(lower)) latin.set(cp, lower);
    const folded = capitalFold(String.fromCodePoint(cp), proto);
    if (folded !== undefined) capital.set(cp, folded);
  }
  return { prototype, latin, capital };
}

/** t2s.ts: parsePairs. */
export function parsePairs(pairs: string): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of pairs.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && [...from].length === 1) out.push([from, [...to][0] ?? to]);
  }
  return out;
}

/** t2s.ts: buildTable. */
function t2sTable(raw: RawTables): Map<number, string> {
  const variantToStandard = new Map<string, string>();
  for (const [from, to] of [...parsePairs(raw.twVariantsRev), ...parsePairs(raw.hkVariantsRev)]) {
    if (!variantToStandard.has(from)) variantToStandard.set(from, to);
  }
  const tradToSimp = new Map(parsePairs(raw.tsCharacters));
  const table = new Map<number, string>();
  const simplifiedForms = new Set(tradToSimp.values());
  for (const ch of new Set([...variantToStandard.keys(), ...tradToSimp.keys()])) {
    if (simplifiedForms.has(ch) && !tradToSimp.has(ch)) continue;
    const standard = variantToStandard.get(ch) ?? ch;
    const simp = tradToSimp.get(standard) ?? standard;
    if (simp !== ch) table.set(ch.codePointAt(0)!, simp);
  }
  return table;
}

export function buildTables(raw: RawTables): BuiltTables {
  return { ...confusableMaps(raw.confusables), t2s: t2sTable(raw) };
}

const NO_HIT: OnHit = () => {};

/** char-fold.ts foldChars on one character of lower(NFKC(text)): CHAR_FOLD = LATIN_LOOKALIKE, then TRAD_TO_SIMP over it. */
export function lowerFold(q: number, t: Tables, hit: OnHit = NO_HIT): string {
  if (q < 0x80) return String.fromCodePoint(q);
  const simp = t.t2s.get(q);
  if (simp !== undefined) {
    hit('t2s', q);
    return simp;
  }
  const latin = t.latin.get(q);
  if (latin !== undefined) hit('proto', q);
  return latin ?? String.fromCodePoint(q);
}

/** The match form's fold of one NFKC character: foldCapitals, lower case, then foldChars (lowerFold). */
export function matchFold(q: number, t: Tables, hit: OnHit = NO_HIT): string {
  if (q >= 0x80) {
    const capital = t.capital.get(q);
    if (capital !== undefined) {
      hit('proto', q);
      return capital;
    }
  }
  let out = '';
  for (const ch of String.fromCodePoint(q).toLowerCase()) out += lowerFold(ch.codePointAt(0)!, t, hit);
  return out;
}

function mapPrototypes(s: string, t: Tables, hit: OnHit): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const proto = t.prototype.get(cp);
    if (proto !== undefined) hit('proto', cp);
    out += proto ?? ch;
  }
  return out;
}

const skeleton = (s: string, t: Tables, hit: OnHit) => mapPrototypes(s.normalize('NFD'), t, hit).normalize('NFD');
const COMBINING_MARK = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** skeleton.ts foldCharSlow on one NFKC-stable code point: toSimplified, skeleton, lower, skeleton, marks and non-alphanumerics dropped. */
export function lookalikeFold(q: number, t: Tables, hit: OnHit = NO_HIT): string {
  let simplified = String.fromCodePoint(q);
  const simp = q >= 0x3400 ? t.t2s.get(q) : undefined;
  if (simp !== undefined) {
    hit('t2s', q);
    simplified = simp;
  }
  const once = skeleton(simplified, t, hit).toLowerCase();
  return skeleton(once, t, hit).replace(COMBINING_MARK, '').replace(NOT_LETTER_OR_DIGIT, '');
}
