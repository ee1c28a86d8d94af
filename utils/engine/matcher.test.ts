import { describe, expect, it } from 'vitest';
import { Matcher } from './matcher';
import { hitsOf } from './test-helpers';

const found = (m: Matcher<string>, text: string) => hitsOf(m, text);

describe('Matcher (Aho-Corasick)', () => {
  it('finds every pattern in one pass, overlapping ones included', () => {
    const m = new Matcher([
      { text: '新闻', payload: 'news' },
      { text: '新闻主播', payload: 'anchor' },
      { text: '闻主', payload: 'mid' },
    ]);
    expect(found(m, 'xx新闻主播')).toEqual(['news@2', 'mid@3', 'anchor@2']);
  });

  it('keeps ASCII patterns on word boundaries unless marked as prefixes', () => {
    const m = new Matcher([
      { text: 'army', payload: 'army' },
      { text: 'minist', payload: 'minist', prefix: true },
    ]);
    expect(found(m, 'harmy army armys army_cmd')).toEqual(['army@6', 'army@17']);
    expect(found(m, 'ministry')).toEqual(['minist@0']);
  });

  it('follows failure links for patterns that share suffixes', () => {
    const m = new Matcher([
      { text: '甲乙丙丁', payload: 'long' },
      { text: '乙丙戊', payload: 'other' },
    ]);
    expect(found(m, '甲乙丙戊')).toEqual(['other@1']);
  });
});
