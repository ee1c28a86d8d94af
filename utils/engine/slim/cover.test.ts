import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../normalize';
import ALPHABET from './alphabet.json';
import { coveredBySlimTables, slimEngineCovers } from './cover';

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

describe('slimEngineCovers (PageSettings.judgeHere)', () => {
  const keywords = (military: string[]) => ({
    military,
    'public-institution': [],
    'news-media': ['新聞', 'Breaking'],
    'unqualified-advice': [],
  });

  it('lets tabs judge when every custom keyword folds into the tables, in any spelling that folds there', () => {
    expect(slimEngineCovers(keywords([]))).toBe(true);
    expect(slimEngineCovers(keywords(['火箭军', 'ＡＲＭＹ', ' 司令部 ']))).toBe(true);
  });

  it('sends judging to the background when one keyword has a character outside them', () => {
    expect(slimEngineCovers(keywords(['火箭军', '魑魅魍魉']))).toBe(false);
    expect(slimEngineCovers(keywords(['naïve']))).toBe(false);
  });
});
