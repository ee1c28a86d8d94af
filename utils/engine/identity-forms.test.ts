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
