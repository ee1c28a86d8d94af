import { describe, expect, it } from 'vitest';
import { OfficialAccount } from '../officials/schema';
import { COUNTERS } from './counters';
import { MILITARY_ZH } from './military';
import { CounterPack, Rule, RulePack } from './schema';

// The rule, counter and official-account schemas are zod/mini (the engine runs in the content
// script); these pin the bounds and rejections they had as classic zod schemas.

const rule = MILITARY_ZH.rules[0]!;
const ruleOk = (patch: Record<string, unknown>) => Rule.safeParse({ ...rule, ...patch }).success;

describe('Rule schema (zod/mini)', () => {
  it('accepts every shipped rule and pack', () => {
    for (const r of MILITARY_ZH.rules) expect(Rule.safeParse(r).success, r.id).toBe(true);
    expect(RulePack.safeParse(MILITARY_ZH).success).toBe(true);
    expect(CounterPack.safeParse(COUNTERS).success).toBe(true);
  });

  it('weight in (0, 1], bioWeight in [0, 1] and optional', () => {
    for (const weight of [1, 0.0001, 0.5]) expect(ruleOk({ weight }), String(weight)).toBe(true);
    for (const weight of [0, -0, -0.1, 1.0000001, Number.NaN, Number.POSITIVE_INFINITY, '0.5', undefined]) {
      expect(ruleOk({ weight }), String(weight)).toBe(false);
    }
    for (const bioWeight of [0, 1, undefined]) expect(ruleOk({ bioWeight }), String(bioWeight)).toBe(true);
    for (const bioWeight of [-0.01, 1.01, null, Number.NaN]) expect(ruleOk({ bioWeight }), String(bioWeight)).toBe(false);
  });

  it('id pattern, known enums, non-empty lists, 1–50 character patterns, no unknown keys', () => {
    expect(ruleOk({ id: 'a-b.c-1' })).toBe(true);
    for (const id of ['military', 'Military.x', 'military.X', 'military.', '.x', 'a.b.c', 'a1.b'])
      expect(ruleOk({ id }), id).toBe(false);
    expect(ruleOk({ category: 'other' })).toBe(false);
    expect(ruleOk({ backedBy: 'nobody' })).toBe(false);
    expect(ruleOk({ fields: [] })).toBe(false);
    expect(ruleOk({ fields: ['verification'] })).toBe(false);
    expect(ruleOk({ patterns: [] })).toBe(false);
    expect(ruleOk({ patterns: ['x'.repeat(50)] })).toBe(true);
    expect(ruleOk({ patterns: ['x'.repeat(51)] })).toBe(false);
    expect(ruleOk({ patterns: [''] })).toBe(false);
    expect(ruleOk({ counters: ['fan', 'parody'] })).toBe(true);
    expect(ruleOk({ counters: ['fans'] })).toBe(false);
    expect(ruleOk({ extra: 1 })).toBe(false);
  });

  it('packs: strict, a known language, at least one rule', () => {
    const packOk = (patch: Record<string, unknown>) => RulePack.safeParse({ ...MILITARY_ZH, ...patch }).success;
    expect(packOk({ lang: 'fr' })).toBe(false);
    expect(packOk({ rules: [] })).toBe(false);
    expect(packOk({ id: '' })).toBe(false);
    expect(packOk({ rulesetVersion: '' })).toBe(false);
    expect(packOk({ note: 'x' })).toBe(false);
  });

  it('counter groups: factor in [0, 1], known ids, strict', () => {
    const group = COUNTERS.groups[0]!;
    const counterOk = (patch: Record<string, unknown>) =>
      CounterPack.safeParse({ ...COUNTERS, groups: [{ ...group, ...patch }] }).success;
    for (const factor of [0, 1]) expect(counterOk({ factor })).toBe(true);
    for (const factor of [-0.01, 1.01, Number.NaN]) expect(counterOk({ factor })).toBe(false);
    expect(counterOk({ id: 'fans' })).toBe(false);
    expect(counterOk({ patterns: [] })).toBe(false);
    expect(counterOk({ extra: true })).toBe(false);
    expect(CounterPack.safeParse({ ...COUNTERS, groups: [] }).success).toBe(true);
  });
});

describe('OfficialAccount schema (zod/mini)', () => {
  const account = { platform: 'x', name: 'Reuters', handle: 'Reuters', category: 'news-media', source: 'x.com/Reuters' };
  const accountOk = (patch: Record<string, unknown>) => OfficialAccount.safeParse({ ...account, ...patch }).success;

  it('bounds names, handles, ids and sources, and knows its platforms and categories', () => {
    expect(accountOk({ name: 'x'.repeat(100), handle: undefined, id: '1'.repeat(100), source: 's'.repeat(300) })).toBe(true);
    expect(accountOk({ name: '' })).toBe(false);
    expect(accountOk({ name: 'x'.repeat(101) })).toBe(false);
    expect(accountOk({ handle: '' })).toBe(false);
    expect(accountOk({ id: 'x'.repeat(101) })).toBe(false);
    expect(accountOk({ source: 's'.repeat(301) })).toBe(false);
    expect(accountOk({ platform: 'myspace' })).toBe(false);
    expect(accountOk({ category: 'other' })).toBe(false);
    expect(accountOk({ verified: true })).toBe(false);
  });
});
