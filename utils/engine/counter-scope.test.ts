import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { compileRuleset } from './compile';
import { createEngine } from './engine';
import type { CounterPack, RulePack } from './rules/schema';
import { account, categoriesOf, flagOf, settingsWith } from './test-helpers';

const HIGH = settingsWith({ sensitivity: 'high' });

// A marker lowers only the categories it negates (detection.md: fan, hobby, student markers
// "must lower or cancel a claim", the claim they bear on, not every claim the account makes).
describe('counter-signals are scoped to what they negate', () => {
  it('"not a" lowers only the claim it precedes', () => {
    expect(categoriesOf(account('中国人民解放军火箭军司令部 not a bot', { platform: 'x' }))).toEqual(['military']);
    expect(categoriesOf(account('中国人民解放军火箭军司令部', { bio: 'not a bot', platform: 'x' }))).toEqual(['military']);
    expect(categoriesOf(account('王医生', { bio: '在线问诊 not a doctor', platform: 'x' }))).toEqual([]);
    expect(categoriesOf(account('Jane', { bio: 'not a lawyer, free legal advice', platform: 'x' }))).toEqual([]);
    // It lowers the category of the claim it precedes wherever that category is claimed.
    expect(categoriesOf(account('Police Department of Gotham', { bio: 'Not a police department', platform: 'x' }))).toEqual([]);
    // A doctor's disclaimer lowers no military claim beside it.
    expect(categoriesOf(account('Strategic Missile Force', { bio: 'not a doctor', platform: 'x' }))).toEqual(['military']);
    // "not an official account" disclaims the account, not only the generic claim after it.
    expect(categoriesOf(account('Strategic Missile Force', { bio: 'not an official account', platform: 'x' }))).toEqual([]);
  });

  it('hobby, history, veteran and "views my own" markers do not lower an offer of advice', () => {
    expect(categoriesOf(account('张医生', { bio: '在线问诊 开药 点赞收藏' }))).toEqual(['unqualified-advice']);
    expect(categoriesOf(account('老中医', { bio: '百年历史 祖传秘方 包治' }))).toEqual(['unqualified-advice']);
    expect(categoriesOf(account('老中医', { bio: '已退休 祖传秘方 包治' }))).toEqual(['unqualified-advice']);
    const bio = 'Physician. Views my own. DM for prescriptions, online consultation';
    expect(categoriesOf(account('Dr. Smith', { bio, platform: 'x' }))).toEqual(['unqualified-advice']);
    // They still lower the claims they do negate.
    expect(categoriesOf(account('火箭军司令部', { bio: '军品收藏' }))).toEqual([]);
  });

  it('考研党 lowers a professional or press claim, not a command’s name nor an exam service sold to it', () => {
    expect(categoriesOf(account('张医生', { bio: '在线问诊 开药 考研党' }))).toEqual([]);
    expect(categoriesOf(account('新闻考研党小李'))).toEqual([]);
    expect(categoriesOf(account('火箭军司令部', { bio: '考研党' }), HIGH)).toEqual(['military']);
    expect(flagOf(account('火箭军司令部', { bio: '考研党' }), 'military')?.score).toBe(0.96);
    expect(categoriesOf(account('考研保过班', { bio: '考研党必看 不过退款' }))).toEqual(['unqualified-advice']);
    // 学生 and 考研党 are one student marker: the factor is applied once.
    expect(flagOf(account('律师老王 免费法律咨询 法律援助', { bio: '考研党 学生' }), 'unqualified-advice', HIGH)?.score).toBe(
      flagOf(account('律师老王 免费法律咨询 法律援助', { bio: '学生' }), 'unqualified-advice', HIGH)?.score,
    );
  });

  it('a group’s `categories` and `before` scope it in any pack', () => {
    const pack = (id: 'military' | 'news-media', pattern: string): RulePack => ({
      id,
      category: id,
      lang: 'en',
      rulesetVersion: 't',
      rules: [{ id: `${id}.t`, category: id, fields: ['displayName'], patterns: [pattern], weight: 0.8, backedBy: 'state' }],
    });
    const counters: CounterPack = {
      rulesetVersion: 't',
      groups: [
        { id: 'hobby', factor: 0.1, categories: ['news-media'], patterns: ['club'] },
        { id: 'not-a', factor: 0.1, before: true, patterns: ['no'] },
      ],
    };
    const engine = createEngine({ ruleset: compileRuleset([pack('military', 'army'), pack('news-media', 'news')], counters) });
    const flagged = (displayName: string) =>
      engine
        .evaluate({ platform: 'x', displayName, verification: { kind: 'none' } }, DEFAULT_SETTINGS)
        .flags.map((f) => f.category);
    expect(flagged('army news club')).toEqual(['military']);
    expect(flagged('no army news')).toEqual(['news-media']);
    expect(flagged('army no news')).toEqual(['military']);
    expect(flagged('army news no bot')).toEqual(['military', 'news-media']);
  });
});

// detection.md is silent on "former": 前/原 before a claim is read as "former" is in English and
// as 退役 or 前记者 are (the veteran group): lowered, not cancelled.
describe('前/原 ("former") before a claim', () => {
  it('lowers a former official’s or anchor’s claim below the normal threshold, still flagged at high', () => {
    for (const name of ['前公安局长王某', '原国防部发言人', '杨宇军原国防部发言人', '前央视主播']) {
      expect(categoriesOf(account(name)), name).toEqual([]);
      expect(categoriesOf(account(name), HIGH).length, name).toBe(1);
    }
    const flag = flagOf(account('前公安局长王某'), 'public-institution', HIGH)!;
    expect(flag.reasons).toContainEqual(expect.objectContaining({ code: 'counter.veteran', match: '前' }));
  });

  it('is not "former" where the character ends a place or another word', () => {
    for (const name of ['太原新闻网', '高原部队', '目前公安局长', '台前公安局', '固原公安局', '松原公安局']) {
      expect(categoriesOf(account(name)).length, name).toBe(1);
    }
  });

  it('does not lower an offer of advice: a former lawyer offering consultations is the case in point', () => {
    expect(categoriesOf(account('前律师老王', { bio: '免费法律咨询' }))).toEqual(['unqualified-advice']);
  });
});
