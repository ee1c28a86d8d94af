import { describe, expect, it } from 'vitest';
import { account, categoriesOf, flagOf } from './test-helpers';

describe('each category is flagged when nothing backs the claim', () => {
  it('military: the seed campaign names, Chinese and English', () => {
    expect(categoriesOf(account('中国红军司令部'))).toEqual(['military']);
    expect(categoriesOf(account('Chinese Anti-terrorist Force', { platform: 'x' }))).toContain('military');
    expect(categoriesOf(account('Strategic Missile Force', { platform: 'x' }))).toContain('military');
    const flag = flagOf(account('东部战区司令部'), 'military')!;
    expect(flag.severity).toBe('high');
    expect(flag.reasons[0]).toMatchObject({ code: 'military.command', field: 'displayName', messageKey: 'claim.military' });
    expect(['战区', '司令部']).toContain(flag.reasons[0]!.match);
  });

  it('public-institution: police, courts, tax, embassies and officials', () => {
    expect(categoriesOf(account('北京市公安局反诈中心'))).toEqual(['public-institution']);
    expect(categoriesOf(account('国家税务总局', { bio: '个税退税 点击链接办理' }))).toEqual(['public-institution']);
    expect(categoriesOf(account('FBI Headquarters', { platform: 'x' }))).toEqual(['public-institution']);
    expect(categoriesOf(account('U.S. Embassy Visa Section', { platform: 'x' }))).toEqual(['public-institution']);
  });

  it('news-media: agencies, outlets and anchors', () => {
    expect(categoriesOf(account('新华社快讯'))).toEqual(['news-media']);
    expect(categoriesOf(account('央视主播康辉', { platform: 'douyin' }))).toEqual(['news-media']);
    expect(categoriesOf(account('Reuters Breaking News', { platform: 'x', kind: 'paid' }))).toEqual(['news-media']);
  });

  it('unqualified-advice: medical, legal, financial and exam services', () => {
    expect(categoriesOf(account('张医生', { bio: '三甲医院主任医师 在线问诊 开药' }))).toEqual(['unqualified-advice']);
    expect(categoriesOf(account('刘律师', { bio: '离婚 债务 打官司 私信咨询' }))).toEqual(['unqualified-advice']);
    expect(categoriesOf(account('理财老师', { bio: '保本高收益 稳赚不赔' }))).toEqual(['unqualified-advice']);
    expect(categoriesOf(account('考研保过班', { bio: '不过退款' }))).toEqual(['unqualified-advice']);
    expect(categoriesOf(account('Emma', { platform: 'x', bio: 'Financial advisor. Guaranteed returns, DM me' }))).toEqual([
      'unqualified-advice',
    ]);
  });

  it('leaves ordinary accounts and topic words alone', () => {
    expect(categoriesOf(account('小王的日常', { bio: '分享生活点滴' }))).toEqual([]);
    expect(categoriesOf(account('刘红军'))).toEqual([]); // a common given name
    expect(categoriesOf(account('Good News Daily', { platform: 'x', bio: 'Daily devotionals' }))).toEqual([]);
    expect(categoriesOf(account('Dr. Laura Smith', { platform: 'x', bio: 'PhD in linguistics' }))).toEqual([]);
  });

  it('does not let a shorter claim inside a longer one speak for another category', () => {
    expect(categoriesOf(account('中国人民武装警察部队'))).toEqual(['military']); // not 警察 → police
  });

  it('keeps the heavier of two nested claims: 央视 inside 央视主播 is not weakened by the longer form', () => {
    expect(flagOf(account('央视主播'), 'news-media')?.score).toBe(flagOf(account('央视'), 'news-media')?.score);
    expect(flagOf(account('央视主播'), 'news-media')?.severity).toBe('high');
  });
});

describe('ordinary names that hold a claim’s characters are not claims (review of 2026-11-30)', () => {
  it('a longer everyday word holding a two-character claim whole takes the claim away', () => {
    for (const name of [
      '鑫达建材经营部',
      '设计师部落',
      '北京国安球迷会',
      '城市长跑俱乐部',
      '城市推广大使小美',
      '商城管家',
      '黄金实时报价',
      '治愈系小猫',
    ])
      expect(categoriesOf(account(name)), name).toEqual([]);
    expect(categoriesOf(account('小李', { bio: '互联网数据分析师 快乐翻倍' }))).toEqual([]);
    expect(categoriesOf(account('Sam Lee', { platform: 'x', bio: 'Senior Account Manager at Salesforce' }))).toEqual([]);
  });

  it('English words that are also names: a surname, "and company"', () => {
    expect(categoriesOf(account('Marc Pla', { platform: 'x' }))).toEqual([]);
    expect(categoriesOf(account('Pet & Cia', { platform: 'x' }))).toEqual([]);
    expect(categoriesOf(account('Silva e Cia', { platform: 'x' }))).toEqual([]);
    // Still claims, with more than the bare word.
    expect(categoriesOf(account('PLA Rocket Force', { platform: 'x' }))).toEqual(['military']);
    expect(categoriesOf(account('CIA Agent Smith', { platform: 'x' }))).toEqual(['public-institution']);
  });

  it('a marker that shares only an end with a claim still marks a fan or a family member', () => {
    expect(categoriesOf(account('火箭军迷小王'))).toEqual([]);
    expect(categoriesOf(account('交警嫂'))).toEqual([]);
    // A marker inside the claim's own phrase is no marker: 战队 in 特战队.
    expect(categoriesOf(account('武警特战队官方'))).toEqual(['military']);
    expect(categoriesOf(account('火箭军司令部'))).toEqual(['military']);
  });

  it('still flags the finance and medical claims the narrowed words stand for', () => {
    expect(categoriesOf(account('王老师', { bio: '证券分析师 带你收益翻倍' }))).toEqual(['unqualified-advice']);
    expect(categoriesOf(account('名医堂', { bio: '癌症可治愈 祖传秘方' }))).toEqual(['unqualified-advice']);
    // A badge backs advice only when its label names the qualification: a sports analyst or a
    // charity foundation is no securities analyst or fund company.
    expect(categoriesOf(account('李分析', { bio: '荐股 稳赚', kind: 'personal', label: '知名体育分析师' }))).toEqual([
      'unqualified-advice',
    ]);
    expect(categoriesOf(account('爱心理财', { bio: '保本 高收益', kind: 'organization', label: '某某慈善基金会' }))).toEqual([
      'unqualified-advice',
    ]);
    expect(categoriesOf(account('李分析', { bio: '荐股 稳赚', kind: 'personal', label: '某证券公司证券分析师' }))).toEqual([]);
  });
});
