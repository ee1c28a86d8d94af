import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { compileRuleset } from './compile';
import { createEngine } from './engine';
import type { CounterGroup, CounterPack, RulePack } from './rules/schema';
import { account, categoriesOf, flagOf, settingsWith } from './test-helpers';

// Each group, with an account that is flagged without the marker and not with it.
const CASES: Record<CounterGroup, { plain: [string, string?]; marked: [string, string?] }> = {
  fan: { plain: ['火箭军'], marked: ['火箭军粉丝'] },
  hobby: { plain: ['武警特战队'], marked: ['武警特战队', '军迷 模型爱好者'] },
  history: { plain: ['Red Army Command'], marked: ['Red Army Command', 'History channel, 1917-1991'] },
  parody: { plain: ['BBC Breaking News'], marked: ['BBC Breaking News', 'Parody account'] },
  'not-a': { plain: ['Police Department of Gotham'], marked: ['Police Department of Gotham', 'Not a police department'] },
  student: { plain: ['医生小李', '在线问诊'], marked: ['医学生小李', '在线问诊 在读'] },
  daily: { plain: ['王医生'], marked: ['王医生的日常'] },
  veteran: { plain: ['Marine Corps'], marked: ['Marine Corps', 'Veteran, proud grandpa'] },
  family: { plain: ['律师老王'], marked: ['律师老王的妻子'] },
  business: { plain: ['Embassy Row'], marked: ['Embassy Row Cafe'] },
  fiction: { plain: ['特种部队'], marked: ['和平精英特种部队', '手游'] },
};

describe('counter-signals', () => {
  for (const [group, { plain, marked }] of Object.entries(CASES)) {
    it(`"${group}" lowers the claim below the threshold`, () => {
      expect(categoriesOf(account(plain[0], { bio: plain[1], platform: 'x' })).length).toBeGreaterThan(0);
      const flagged = account(marked[0], { bio: marked[1], platform: 'x' });
      expect(categoriesOf(flagged)).toEqual([]);
    });
  }

  it('lowers rather than cancels: a strong claim with a weak marker stays flagged, with the marker as a reason', () => {
    const flag = flagOf(account('中国红军司令部', { bio: '日常发布' }), 'military')!;
    expect(flag).toBeDefined();
    expect(flag.reasons.some((r) => r.code === 'counter.daily' && r.messageKey === 'counter.daily')).toBe(true);
  });

  it('does not count a marker made of the claim itself (战队 inside 特战队)', () => {
    expect(categoriesOf(account('武警特战队官方'))).toEqual(['military']);
  });

  it('a fan marker keeps a copied outlet name unflagged even at high sensitivity', () => {
    const fan = account('央视新闻粉丝团');
    expect(categoriesOf(fan, DEFAULT_SETTINGS)).toEqual([]);
    expect(categoriesOf(fan, settingsWith({ sensitivity: 'high' }))).toEqual([]);
  });

  it('counts a marker that holds the whole claim (看新闻, 新闻系 around 新闻)', () => {
    for (const name of ['每天看新闻', '新闻系小李']) expect(categoriesOf(account(name)), name).toEqual([]);
  });

  it('disclaims only the claim it holds, not the account’s other claims (火箭军看新闻 still claims 火箭军)', () => {
    expect(categoriesOf(account('火箭军看新闻'))).toEqual(['military']);
    expect(categoriesOf(account('公安部看新闻'))).toEqual(['public-institution']);
    expect(categoriesOf(account('新华社看新闻'))).toEqual(['news-media']);
    expect(categoriesOf(account('人民日报看新闻'))).toEqual(['news-media']);
    expect(categoriesOf(account('新闻小李'))).toEqual(['news-media']);
  });

  it('a marker holding a claim disclaims it only for a rule that heeds its group (a rule’s `counters`)', () => {
    const pack = (counters?: CounterGroup[]): RulePack => ({
      id: 'test',
      category: 'news-media',
      lang: 'zh',
      rulesetVersion: 't',
      rules: [
        {
          id: 'news-media.test',
          category: 'news-media',
          fields: ['displayName'],
          patterns: ['新闻'],
          weight: 0.8,
          backedBy: 'media',
          counters,
        },
      ],
    });
    const groups: CounterPack = { rulesetVersion: 't', groups: [{ id: 'hobby', factor: 0.3, patterns: ['看新闻'] }] };
    const flagged = (counters?: CounterGroup[]) =>
      createEngine({ ruleset: compileRuleset([pack(counters)], groups) })
        .evaluate({ platform: 'weibo', displayName: '每天看新闻', verification: { kind: 'none' } }, DEFAULT_SETTINGS)
        .flags.map((f) => f.category);
    expect(flagged()).toEqual([]);
    expect(flagged(['hobby'])).toEqual([]);
    expect(flagged(['parody'])).toEqual(['news-media']);
  });
});
