import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { FLAG_CATEGORIES } from '../schemas/verdict';
import { loadCorpus } from './corpus/load';
import { evaluateCorpus } from './evaluation';
import { strictEngine } from './test-helpers';

const HAN = /\p{Script=Han}/u;

describe('labelled corpus', () => {
  const entries = loadCorpus();

  it('has at least 400 accounts in Chinese and English, and 150 innocent ones with trigger words', () => {
    expect(entries.length).toBeGreaterThanOrEqual(400);
    expect(entries.filter((e) => e.kind === 'innocent').length).toBeGreaterThanOrEqual(150);
    const chinese = entries.filter((e) => HAN.test(e.account.displayName)).length;
    expect(chinese).toBeGreaterThan(150);
    expect(entries.length - chinese).toBeGreaterThan(150);
  });

  it('covers every category with impostors and genuine verified accounts of each badge kind', () => {
    for (const c of FLAG_CATEGORIES) expect(entries.filter((e) => e.expect.includes(c)).length, c).toBeGreaterThanOrEqual(40);
    const genuineKinds = new Set(entries.filter((e) => e.kind === 'genuine').map((e) => e.account.verification.kind));
    for (const k of ['government', 'media', 'organization', 'personal']) expect(genuineKinds.has(k as never), k).toBe(true);
  });

  it('keeps overall precision at or above 0.95 and recall at or above 0.90', () => {
    const result = evaluateCorpus(strictEngine(), entries, DEFAULT_SETTINGS);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.9);
  });
});
