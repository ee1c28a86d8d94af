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

// Review of ruleset 2026.11.10: 'former' before a body's name, a qualified "not a", exam-prep
// accounts and TV judges (identity-forms.test.ts) were each read wrongly.
describe('前/原 says "former" of a person, not of a body (ruleset 2026.11.11)', () => {
  it('does not lower a body’s or an outlet’s name it precedes (scores as before 2026.11.10)', () => {
    const bodies: [string, string, number][] = [
      ['原火箭军司令部', 'military', 0.96],
      ['前央视新闻', 'news-media', 0.95],
      ['前人民日报', 'news-media', 0.85],
      ['原公安部', 'public-institution', 0.85],
      ['原国防部', 'military', 0.75],
      ['原公安局', 'public-institution', 0.85],
      ['原武警部队', 'military', 0.93],
      // Not 播 of a programme's name, nor 长 beginning a place after the outlet's name.
      ['原央视新闻联播', 'news-media', 0.85],
      ['前新华社长沙分社', 'news-media', 0.85],
    ];
    for (const [name, category, score] of bodies) {
      expect(categoriesOf(account(name)), name).toEqual([category]);
      expect(flagOf(account(name), category)?.score, name).toBe(score);
    }
  });

  it('lowers a claim that ends in a person’s title or runs into one', () => {
    for (const name of [
      '前公安局长王某',
      '原国防部发言人',
      '原火箭军司令员',
      '前人民日报社长',
      '原派出所所长',
      '原公安局民警',
      '前人民日报编辑',
    ]) {
      expect(categoriesOf(account(name)), name).toEqual([]);
      expect(categoriesOf(account(name), HIGH).length, name).toBe(1);
    }
  });

  it('never lowers a lookalike of an official account', () => {
    // WeChat's 央视新闻 is cctvnewscenter: the same handle on Weibo copies it.
    const copy = account('前央视主播', { handle: 'cctvnewscenter' });
    const flag = flagOf(copy, 'news-media');
    expect(flag?.score).toBe(0.94);
    expect(flag?.resembles).toBeDefined();
    expect(flag?.reasons.map((r) => r.code)).not.toContain('counter.veteran');
  });
});

describe('"not a" with a qualifier between it and the claim (ruleset 2026.11.11)', () => {
  it('lowers the claim a parody disclaimer names through real, actual, licensed, practicing …', () => {
    const disclaimers: [string, string][] = [
      ['CNN', 'not an actual news outlet'],
      ['BBC News', 'not a real news outlet'],
      ['Doctor Mike', 'not a real doctor, online consultation'],
      ['Lawyer Bob', 'not a real lawyer'],
      ['Lawyer Bob', 'not a practicing lawyer. not legal advice'],
      ['Lawyer Bob', 'not a licensed attorney'],
      ['Reuters', 'not a genuine journalist'],
    ];
    for (const [name, bio] of disclaimers) expect(categoriesOf(account(name, { bio, platform: 'x' })), bio).toEqual([]);
  });

  it('still lowers nothing when no claim follows', () => {
    for (const bio of ['not a bot', 'not a real bot', 'not an actual robot']) {
      expect(flagOf(account('中国人民解放军火箭军司令部', { bio, platform: 'x' }), 'military')?.score, bio).toBe(0.96);
    }
    expect(categoriesOf(account('中国人民解放军火箭军司令部 not a real bot', { platform: 'x' }))).toEqual(['military']);
  });
});

describe('exam-prep markers (备考, 考研党, 考公 …) lower public and military claims again (ruleset 2026.11.11)', () => {
  it('an account preparing for a police, court or military exam is not flagged', () => {
    for (const name of [
      '法院书记员备考',
      '交警备考',
      '公安局考试备考中',
      '检察院备考',
      '武警备考',
      '火箭军备考',
      '部队文职备考',
      '东部战区文职备考',
      '考公人 公安局',
    ]) {
      expect(categoriesOf(account(name)), name).toEqual([]);
    }
    expect(categoriesOf(account('交警小王', { bio: '备考中' }))).toEqual([]);
    expect(categoriesOf(account('小王', { bio: '公安局 法院 备考' }))).toEqual([]);
  });

  it('but 考研党 in a bio does not lower a command’s name in the display name', () => {
    for (const name of ['火箭军司令部', '中国人民解放军火箭军司令部']) {
      expect(flagOf(account(name, { bio: '考研党' }), 'military')?.score, name).toBe(0.96);
      expect(flagOf(account(name, { bio: '备考' }), 'military')?.score, name).toBe(0.96);
    }
    // Another student marker beside it still counts, once.
    expect(flagOf(account('火箭军司令部', { bio: '考研党 学生' }), 'military', HIGH)?.score).toBe(0.34);
  });
});
