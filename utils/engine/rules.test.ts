import { describe, expect, it } from 'vitest';
import { FLAG_CATEGORIES } from '../schemas/verdict';
import { loadCounters, loadRulePacks } from './rules';
import { MILITARY_ZH } from './rules/military';
import { COUNTER_GROUPS } from './rules/schema';
import { RULESET_VERSION } from './version';

describe('rule packs', () => {
  const packs = loadRulePacks();

  it('ship a Chinese and an English pack for every category, all of this ruleset version', () => {
    for (const category of FLAG_CATEGORIES) {
      expect(
        packs
          .filter((p) => p.category === category)
          .map((p) => p.lang)
          .sort(),
      ).toEqual(['en', 'zh']);
    }
    for (const p of packs) expect(p.rulesetVersion).toBe(RULESET_VERSION);
    expect(RULESET_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  it('are rejected when a rule is malformed or duplicated', () => {
    const broken = { ...MILITARY_ZH, rules: [{ ...MILITARY_ZH.rules[0], weight: 1.5 }] };
    expect(() => loadRulePacks([broken])).toThrow();
    expect(() => loadRulePacks([MILITARY_ZH, MILITARY_ZH])).toThrow(/duplicate rule id/);
    const strayCategory = { ...MILITARY_ZH, rules: [{ ...MILITARY_ZH.rules[0], category: 'news-media' }] };
    expect(() => loadRulePacks([strayCategory])).toThrow(/not in its pack's category/);
  });

  it('give every rule a backing credential, patterns and a weight', () => {
    for (const rule of packs.flatMap((p) => p.rules)) {
      expect(rule.patterns.length).toBeGreaterThan(0);
      expect(rule.weight).toBeGreaterThan(0);
      expect(rule.id.startsWith(`${rule.category}.`)).toBe(true);
    }
  });

  it('cover every counter-signal group', () => {
    expect(
      loadCounters()
        .groups.map((g) => g.id)
        .sort(),
    ).toEqual([...COUNTER_GROUPS].sort());
  });
});
