import { describe, expect, it } from 'vitest';
import type { Verdict } from '../schemas/verdict';
import { Matcher } from './matcher';
import { normalizeForMatch } from './normalize';
import { GenerationalLru } from './reference-cache';
import { loadCounters, loadRulePacks } from './rules';
import { seededRandom } from './seeded-random';
import { hitsOf } from './test-helpers';
import { VerdictCache } from './verdict-cache';

// The matcher and the slot-array verdict cache, each checked against a plain reference on
// varied inputs: rule patterns, confusables, full-width, traditional Chinese, zero-width and
// bidi characters, lone surrogates.
const POOL = [
  ...'abcdeilmnorstuwxyz019 _.-·新華社闻人民日报曰報东部戰区军医生律師ＣＣＴＶＲеuterѕСсΣé\u0301\u200b\u202e\u3000',
  '\ud800',
  '\udc00',
  '😀',
];

type Entry = { text: string; payload: number; prefix?: boolean };
const isWord = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** Every occurrence of every pattern, by indexOf, with the matcher's word-boundary rule. */
function reference(entries: readonly Entry[], text: string): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (!e.text) continue;
    for (let at = text.indexOf(e.text); at >= 0; at = text.indexOf(e.text, at + 1)) {
      const end = at + e.text.length;
      if (isWord(e.text.charCodeAt(0)) && at > 0 && isWord(text.charCodeAt(at - 1))) continue;
      if (!e.prefix && isWord(e.text.charCodeAt(e.text.length - 1)) && isWord(text.charCodeAt(end))) continue;
      out.push(`${e.payload}@${at}`);
    }
  }
  return out.sort();
}

describe('matcher and verdict cache agree with their references', () => {
  it('Matcher finds exactly what indexOf finds, on the shipped patterns and shared-prefix ones', () => {
    const packs = loadRulePacks();
    const texts = [
      ...packs.flatMap((p) => p.rules.flatMap((r) => r.patterns)),
      ...loadCounters().groups.flatMap((g) => g.patterns),
      ...['a', 'ab', 'abc', 'bca', 'ca', 'ne', 'news', 'ewsa', 'rn', 'm'],
    ];
    const entries: Entry[] = texts.map((t, payload) => ({
      text: normalizeForMatch(t.replace(/\*$/, '')),
      payload,
      prefix: t.endsWith('*'),
    }));
    const matcher = new Matcher(entries);
    const rnd = seededRandom(17);
    let hits = 0;
    for (let n = 0; n < 4000; n++) {
      let raw = '';
      for (let i = 0; i < 1 + (n % 30); i++) {
        // Pieces of real patterns as well as single characters, so the scan goes deep and fails
        // back, and whole patterns, inside words as well as between them (the scan's word skips).
        const r = rnd();
        const pattern = texts[Math.floor(rnd() * texts.length)]!;
        raw += r < 0.3 ? pattern.slice(0, 1 + Math.floor(rnd() * 4)) : r < 0.4 ? pattern : POOL[Math.floor(rnd() * POOL.length)];
      }
      for (const text of [raw, normalizeForMatch(raw)]) {
        const found = hitsOf(matcher, text);
        expect(found.sort(), JSON.stringify(text)).toEqual(reference(entries, text));
        hits += found.length;
      }
    }
    expect(hits).toBeGreaterThan(2000); // the inputs do reach patterns
  });

  it('VerdictCache answers as the entry-object cache it replaced, under the engine usage', () => {
    type Fields = [unknown, unknown, unknown, unknown, unknown];
    const fast = new VerdictCache(10);
    const slow = new GenerationalLru<{ fields: Fields; verdict: Verdict }>(10);
    const rnd = seededRandom(9);
    const values = ['a', 'b', undefined, 7];
    let hits = 0;
    for (let n = 0; n < 20000; n++) {
      if (n === 10000) {
        fast.clear();
        slow.clear();
      }
      const key = `k${Math.floor(rnd() * (n % 3 === 0 ? 6 : 30))}`;
      const fields = Array.from({ length: 5 }, () => values[Math.floor(rnd() * (rnd() < 0.9 ? 1 : 4))]) as Fields;
      const hit = slow.get(key);
      const expected = hit?.fields.every((f, i) => f === fields[i]) ? hit.verdict : undefined;
      expect(fast.get(key, ...fields)).toBe(expected);
      if (expected) {
        hits++;
        continue;
      }
      const verdict = { flags: [], rulesetVersion: String(n) } as unknown as Verdict;
      fast.set(key, ...fields, verdict);
      slow.set(key, { fields, verdict });
      expect(fast.size).toBeLessThanOrEqual(10);
    }
    expect(hits).toBeGreaterThan(1000); // the sequence does reach hits
  });

  it('VerdictCache only ever answers with the verdict last set for those same fields', () => {
    type Fields = [unknown, unknown, unknown, unknown, unknown];
    const cache = new VerdictCache(8);
    const latest = new Map<string, { fields: Fields; verdict: Verdict }>();
    const rnd = seededRandom(23);
    let hits = 0;
    for (let n = 0; n < 20000; n++) {
      const key = `k${Math.floor(rnd() * 12)}`;
      const fields = Array.from({ length: 5 }, () => (rnd() < 0.8 ? 'a' : 'b')) as Fields;
      const last = latest.get(key);
      const got = cache.get(key, ...fields);
      if (got !== undefined) {
        hits++;
        expect(last && last.verdict === got && last.fields.every((f, i) => f === fields[i])).toBe(true);
      }
      // Sets with and without a get before them, for this key or another one.
      const target = rnd() < 0.3 ? `k${Math.floor(rnd() * 12)}` : key;
      if (got === undefined || target !== key) {
        const verdict = { flags: [], rulesetVersion: String(n) } as unknown as Verdict;
        cache.set(target, ...fields, verdict);
        latest.set(target, { fields, verdict });
      }
      expect(cache.size).toBeLessThanOrEqual(8);
    }
    expect(hits).toBeGreaterThan(1000);
  });
});
