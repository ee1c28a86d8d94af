import { FULL_RAW, foldDomains } from './domain';
import { type Alphabet, equivalent } from './equivalence';
import { buildTables, lookalikeFold, lowerFold, matchFold, parsePairs, type RawTables, type Tables } from './tables';

/** Keeps the entries of one opencc string whose single-character source is in keep, in their order. */
function filterPairs(pairs: string, keep: ReadonlySet<string>): string {
  return pairs
    .split('|')
    .filter((entry) => {
      const from = entry.split(' ')[0] ?? '';
      return [...from].length === 1 && keep.has(from);
    })
    .join('|');
}

/** Variant → standard (first wins, TW before HK) and the TSCharacters sources, as buildTable reads them. */
function t2sParts(raw: RawTables) {
  const variant = new Map<string, string>();
  for (const [from, to] of [...parsePairs(raw.twVariantsRev), ...parsePairs(raw.hkVariantsRev)]) {
    if (!variant.has(from)) variant.set(from, to);
  }
  return { variant, trad: new Set(parsePairs(raw.tsCharacters).map(([from]) => from)) };
}

/**
 * The raw sources to keep so TRAD_TO_SIMP maps a needed key as the full table does: the key's own
 * entries, and those of the standard form its variant entry leads to (buildTable reads
 * TSCharacters there). All entries of a kept source are kept, so first/last-wins choices come
 * out the same, and every key of the slim table maps as in the full one.
 */
function t2sSources(key: number, parts: ReturnType<typeof t2sParts>, into = new Set<string>()): Set<string> {
  for (let ch: string | undefined = String.fromCodePoint(key); ch !== undefined && !into.has(ch); ) {
    into.add(ch);
    const standard = parts.variant.get(ch);
    ch = standard !== undefined && parts.trad.has(standard) ? standard : undefined;
  }
  return into;
}

export function slimRaw(proto: Iterable<number>, t2s: Iterable<number>, raw: RawTables = FULL_RAW): RawTables {
  const parts = t2sParts(raw);
  const sources = new Set<string>();
  for (const key of t2s) t2sSources(key, parts, sources);
  const keep = new Set(proto);
  return {
    confusables: Object.fromEntries(Object.entries(raw.confusables).filter(([from]) => keep.has(from.codePointAt(0)!))),
    tsCharacters: filterPairs(raw.tsCharacters, sources),
    twVariantsRev: filterPairs(raw.twVariantsRev, sources),
    hkVariantsRev: filterPairs(raw.hkVariantsRev, sources),
  };
}

type Table = 'proto' | 't2s';
type Fold = (q: number, t: Tables, hit?: (table: Table, cp: number) => void) => string;
interface Case {
  q: number;
  fold: Fold;
  folded: string;
  hits: [Table, number][];
}

/** The code points whose full fold reads some entry (any other folds the same with any subset). */
function foldCases(full: Tables, raw: RawTables): Case[] {
  const domains = foldDomains(raw);
  const cases: Case[] = [];
  for (const [fold, qs] of [
    [lowerFold, domains.match],
    [matchFold, domains.lookalike],
    [lookalikeFold, domains.lookalike],
  ] as const) {
    for (const q of qs) {
      const hits: [Table, number][] = [];
      const folded = fold(q, full, (table, cp) => hits.push([table, cp]));
      if (hits.length > 0) cases.push({ q, fold, folded, hits });
    }
  }
  return cases;
}

/**
 * The entries to keep: every code point of both domains must fold equivalently (equivalence.ts).
 * A code point that does not gets one entry its full fold reads, if one alone is enough, else
 * all of them (then its slim fold reads exactly what the full one does). Keeping an entry can
 * change other folds, hence the passes; they end because entries are only added. The result
 * is checked once more on tables built from the emitted strings, as the engine will build them.
 */
export function chooseEntries(alphabet: Alphabet, raw: RawTables = FULL_RAW): RawTables {
  const full = buildTables(raw);
  const parts = t2sParts(raw);
  const cases = foldCases(full, raw);
  const proto = new Set<number>();
  const t2sKeys = new Set<number>();
  const sources = new Set<string>();
  const view: Tables = {
    prototype: { get: (cp) => (proto.has(cp) ? full.prototype.get(cp) : undefined) },
    latin: { get: (cp) => (proto.has(cp) ? full.latin.get(cp) : undefined) },
    capital: { get: (cp) => (proto.has(cp) ? full.capital.get(cp) : undefined) },
    t2s: { get: (cp) => (sources.has(String.fromCodePoint(cp)) ? full.t2s.get(cp) : undefined) },
  };
  const keep = ([table, cp]: [Table, number]): (() => void) => {
    if (table === 'proto') {
      proto.add(cp);
      return () => proto.delete(cp);
    }
    const before = new Set(sources);
    t2sKeys.add(cp);
    t2sSources(cp, parts, sources);
    return () => {
      t2sKeys.delete(cp);
      for (const s of [...sources]) if (!before.has(s)) sources.delete(s);
    };
  };
  const kept = ([table, cp]: [Table, number]) => (table === 'proto' ? proto.has(cp) : t2sKeys.has(cp));
  const ok = (c: Case, t: Tables) => equivalent(c.folded, c.fold(c.q, t), alphabet);
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of cases) {
      if (ok(c, view)) continue;
      changed = true;
      const missing = c.hits.filter((h) => !kept(h));
      const oneIsEnough = missing.some((h) => {
        const undo = keep(h);
        if (ok(c, view)) return true;
        undo();
        return false;
      });
      if (!oneIsEnough) for (const h of missing) keep(h);
    }
  }
  const slim = slimRaw(proto, t2sKeys, raw);
  const built = buildTables(slim);
  const bad = cases.find((c) => !ok(c, built));
  if (bad) throw new Error(`slim tables: U+${bad.q.toString(16)} folds differently after emission`);
  return slim;
}
