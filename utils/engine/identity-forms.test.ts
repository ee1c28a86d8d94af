import { describe, expect, it } from 'vitest';
import { account, categoriesOf, flagOf, settingsWith } from './test-helpers';

// Spec: "It flags identity claims only: never opinions, topics or whether a post is true."
const HIGH = settingsWith({ sensitivity: 'high' });

describe('generic words are topics until they name a body (reviewer #4)', () => {
  it('an opinion or a topic with one generic word is not flagged, even at high sensitivity', () => {
    for (const name of ['反对政府的小王', '支持警察', '税务小知识分享', '感谢公安']) {
      expect(categoriesOf(account(name), HIGH), name).toEqual([]);
    }
    for (const name of [
      'I hate the government',
      'Defund the Police',
      'Youth Ministry of Grace Church',
      'Department of Physics',
      'Dept. Economics | Department of Economics, Example University',
      'Department of Computer Science',
      // Named after a portfolio, but a university's: the department holds the ministry's name.
      'Department of Health Sciences',
      'Department of Education Studies',
      'Department of Energy Science',
    ]) {
      expect(categoriesOf(account(name, { platform: 'x' }), HIGH), name).toEqual([]);
    }
    expect(categoriesOf(account('Watcher', { platform: 'x', handle: 'gov_watch' }), HIGH)).toEqual([]);
  });

  it('the identity forms of those words are flagged', () => {
    for (const name of [
      '朝阳区公安局',
      '国家税务总局',
      '浙江公安',
      '某县人民政府',
      '人民警察小李',
      '上海税务',
      '深圳税务',
      '上海警察',
      '中国警察',
      '网络警察',
      '中国政府',
      '中国公安',
    ]) {
      expect(categoriesOf(account(name)), name).toEqual(['public-institution']);
    }
    for (const name of [
      'Springfield Police Department',
      'Ministry of Foreign Affairs',
      'Public Security Ministry',
      'Department of Homeland Security',
      'Department of the Treasury',
      'Department of Housing and Urban Development',
      'Police Scotland',
      'UK Government',
      'US Government',
      'Federal Government',
      // Governments name units so too (India's Department of Health Research): not a university's.
      'Department of Health Research',
      'Department of Education Policy',
    ]) {
      expect(categoriesOf(account(name, { platform: 'x' })), name).toEqual(['public-institution']);
    }
  });

  it('a generic word still adds to other evidence', () => {
    // The name's only claim is the generic word (广州公安 would be a place's police, a claim of its own).
    const company = { kind: 'organization', label: '广州某某贸易有限公司' } as const;
    expect(categoriesOf(account('公安'), HIGH)).toEqual([]);
    const flag = flagOf(account('公安', company), 'public-institution', HIGH);
    expect(flag?.reasons.map((r) => r.code)).toEqual(['public-institution.generic', 'credential.label-mismatch']);
  });
});

describe('an English title before a name ("Judge Li")', () => {
  // detection.md's public-institution claims include "a state official"; 法官 is flagged as one.
  it('is flagged at the normal sensitivity when it opens the display name', () => {
    for (const name of ['Judge Li', 'Judge Wang Fang']) {
      expect(categoriesOf(account(name, { platform: 'x' })), name).toEqual(['public-institution']);
      expect(flagOf(account(name, { platform: 'x' }), 'public-institution')?.reasons[0]).toMatchObject({
        code: 'public-institution.judge-en',
        match: 'judge',
      });
    }
  });

  it('is not where the word is a contest’s, a fan’s or a comic’s, nor alone or after a name', () => {
    const NORMAL = settingsWith({ sensitivity: 'normal' });
    for (const name of ['Dog Show Judge', 'Judge', 'The Judge Li', 'Judge Judy Fan Club', 'Judge Dredd', 'Judge Dredd Comics']) {
      expect(categoriesOf(account(name, { platform: 'x' }), NORMAL), name).toEqual([]);
    }
    expect(categoriesOf(account('Comics', { platform: 'x', handle: 'judge_dredd_comics' }), HIGH)).toEqual([]);
    expect(categoriesOf(account('Mia', { platform: 'x', handle: 'judge_li' }), NORMAL)).toEqual([]);
    // Alone the word still counts at high sensitivity, as before.
    expect(flagOf(account('Dog Show Judge', { platform: 'x' }), 'public-institution', HIGH)?.score).toBe(0.45);
  });
});

describe('"Judge" opening a verified person’s or an entertainer’s name (ruleset 2026.11.11)', () => {
  const NORMAL = settingsWith({ sensitivity: 'normal' });

  it('a personal badge takes the title’s lead weight away: the word counts as it does alone', () => {
    // A verified persona (Alex Ferrer of the TV show "Judge Alex"), in no list of names below.
    const persona = account('Judge Alex', { platform: 'x', kind: 'personal' });
    expect(categoriesOf(persona, NORMAL)).toEqual([]);
    expect(flagOf(persona, 'public-institution', HIGH)?.score).toBe(0.45);
    // Without the badge, or with a bought one (it backs nothing), the title still flags.
    for (const kind of ['none', 'paid'] as const) {
      expect(flagOf(account('Judge Alex', { platform: 'x', kind }), 'public-institution', NORMAL)?.score, kind).toBe(0.6);
      expect(categoriesOf(account('Judge Li', { platform: 'x', kind }), NORMAL), kind).toEqual(['public-institution']);
    }
  });

  it('TV judges, an actor and fiction’s judges are not flagged at normal sensitivity, whatever their badge', () => {
    for (const name of ['Judge Judy', 'Judge Jeanine Pirro', 'Judge Rinder', 'Judge Reinhold', 'Judge Death', 'Judge Holden']) {
      for (const kind of ['none', 'personal', 'paid'] as const) {
        expect(categoriesOf(account(name, { platform: 'x', kind }), NORMAL), `${name} ${kind}`).toEqual([]);
      }
    }
  });

  it('a bio that says TV, show, host or actor lowers the title', () => {
    for (const bio of ['TV judge', 'Star of the court show "Judge Alex"', 'Actor', 'talk show host']) {
      expect(categoriesOf(account('Judge Alex', { platform: 'x', bio }), NORMAL), bio).toEqual([]);
    }
    // A state official's claims only: an anchor is a TV host, and no army is a TV show.
    expect(categoriesOf(account('CNN', { platform: 'x', bio: 'TV host' }), NORMAL)).toEqual(['news-media']);
    expect(categoriesOf(account('Red Army Command', { platform: 'x', bio: 'TV show' }), NORMAL)).toEqual(['military']);
  });
});
