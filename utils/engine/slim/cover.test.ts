import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../normalize';
import ALPHABET from './alphabet.json';
import { coveredBySlimTables } from './cover';

describe('coveredBySlimTables', () => {
  it('accepts ASCII and alphabet characters, in match form', () => {
    expect(coveredBySlimTables('')).toBe(true);
    expect(coveredBySlimTables('breaking news 24/7!')).toBe(true);
    expect(coveredBySlimTables(normalizeForMatch('新聞'))).toBe(true);
    expect(coveredBySlimTables(normalizeForMatch('ＮＥＷＳ'))).toBe(true);
    expect(coveredBySlimTables(ALPHABET as string)).toBe(true);
  });

  it('refuses any other character, BMP or astral, wherever it stands', () => {
    expect(coveredBySlimTables('龜')).toBe(false);
    expect(coveredBySlimTables('news 龟')).toBe(false);
    expect(coveredBySlimTables('新闻😀')).toBe(false);
    expect(coveredBySlimTables('𠀀')).toBe(false);
    expect(coveredBySlimTables('naïve')).toBe(false);
  });
});
