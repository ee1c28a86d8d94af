import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { patternAsWritten } from './compile';
import { loadCorpus } from './corpus/load';
import { createEngine } from './engine';
import { normalizeForMatch } from './normalize';
import { OFFICIAL_ACCOUNTS } from './officials';
import { SHIPPED_OFFICIALS } from './officials/shipped';
import { loadCounters, loadRulePacks } from './rules';
import { SHIPPED_COUNTERS, SHIPPED_PACKS } from './rules/shipped';
import { createShippedEngine } from './shipped-engine';

// The content script builds its engine from the shipped data as written (shipped-engine.ts);
// everything else validates it first. These tests are what lets the content script skip that.
describe('shipped data', () => {
  it('is exactly its validated form (zod strips or rejects nothing)', () => {
    expect(loadRulePacks()).toEqual(SHIPPED_PACKS);
    expect(loadCounters()).toEqual(SHIPPED_COUNTERS);
    expect(OFFICIAL_ACCOUNTS).toEqual(SHIPPED_OFFICIALS);
  });

  it('writes every pattern in match form (the content script compiles them as written)', () => {
    const patterns = [
      ...SHIPPED_PACKS.flatMap((p) => p.rules.flatMap((r) => r.patterns)),
      ...SHIPPED_COUNTERS.groups.flatMap((g) => g.patterns),
    ];
    expect(patterns.length).toBeGreaterThan(500);
    const notInMatchForm = patterns.filter((p) => normalizeForMatch(patternAsWritten(p)) !== patternAsWritten(p));
    expect(notInMatchForm).toEqual([]);
  });

  it('gives the content script engine the same verdicts as the validating one', () => {
    const a = createEngine();
    // As the content script builds it: no verdict cache (local-verdicts.ts).
    const b = createShippedEngine();
    const high = { ...DEFAULT_SETTINGS, sensitivity: 'high' as const };
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    let flagged = 0;
    for (const entry of corpus) {
      for (const settings of [DEFAULT_SETTINGS, high]) {
        const verdict = a.evaluate(entry.account, settings);
        expect(b.evaluate(entry.account, settings)).toEqual(verdict);
        if (verdict.flags.length) flagged++;
      }
    }
    expect(flagged).toBeGreaterThan(300);
  });

  it('is reached by the content script engine without zod', () => {
    const seen = new Set<string>();
    const stack = [resolve(__dirname, 'shipped-engine.ts')];
    const zod: string[] = [];
    while (stack.length) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^import\s+(type\s+)?[^'";]*?from\s*'([^']+)'/gm)) {
        if (m[1]) continue;
        if (m[2]!.startsWith('zod')) zod.push(file);
        if (!m[2]!.startsWith('.')) continue;
        const base = resolve(dirname(file), m[2]!);
        const next = [`${base}.ts`, `${base}/index.ts`].find((p) => statSync(p, { throwIfNoEntry: false })?.isFile());
        if (next) stack.push(next);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    expect(zod).toEqual([]);
  });
});
