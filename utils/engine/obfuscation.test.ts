import { describe, expect, it } from 'vitest';
import { account, categoriesOf } from './test-helpers';

// Spec: invisible characters removed before matching; obfuscation tricks must not work.
describe('symbols, emoji and marks between Chinese characters do not hide a claim (reviewer #7)', () => {
  it('flags each obfuscated name as its plain form', () => {
    const cases: [string, string][] = [
      ['北京市公🚓安局', 'public-institution'],
      ['火🚀箭🚀军', 'military'],
      ['公★安★局', 'public-institution'],
      ['公•安•局', 'public-institution'],
      ['公—安—局', 'public-institution'],
      ['火、箭、军', 'military'],
      ['火⠀箭⠀军', 'military'],
      ['央🔴视🔴主🔴播', 'news-media'],
      ['火\u0301箭\u0301军\u0301司\u0301令\u0301部\u0301', 'military'],
    ];
    for (const [name, category] of cases) expect(categoriesOf(account(name)), name).toEqual([category]);
  });

  it('keeps Latin words apart: a symbol between two words does not join them into a claim', () => {
    expect(categoriesOf(account('Red ★ Army fans club', { platform: 'x' }))).toEqual([]);
    expect(categoriesOf(account('missile ★ force field trip', { platform: 'x' }))).toEqual([]);
  });
});
