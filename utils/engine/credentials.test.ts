import { describe, expect, it } from 'vitest';
import { account, categoriesOf, flagOf } from './test-helpers';

describe('credentials', () => {
  it('a paid badge backs nothing, and says so', () => {
    for (const name of ['东部战区司令部', '北京市公安局', '新华社', 'Reuters Breaking News']) {
      expect(categoriesOf(account(name, { kind: 'paid', platform: 'x' })).length).toBe(1);
    }
    const flag = flagOf(account('张医生', { bio: '在线问诊 开药', kind: 'paid' }), 'unqualified-advice')!;
    expect(flag.reasons.some((r) => r.code === 'credential.paid' && r.field === 'verification')).toBe(true);
  });

  it('a government badge backs military and institution claims', () => {
    expect(categoriesOf(account('东部战区', { kind: 'government' }))).toEqual([]);
    expect(categoriesOf(account('北京市公安局', { kind: 'government' }))).toEqual([]);
  });

  it('a government badge backs news claims: state media on Weibo carry it (中国军网, verified_type 1)', () => {
    expect(categoriesOf(account('中国军网', { kind: 'government' }))).toEqual([]);
    expect(categoriesOf(account('国务院新闻办公室', { kind: 'government' }))).toEqual([]);
  });

  it('a media badge backs news claims, but not a military command', () => {
    expect(categoriesOf(account('新华社', { kind: 'media' }))).toEqual([]);
    expect(categoriesOf(account('Reuters', { kind: 'media', platform: 'x' }))).toEqual([]);
    expect(categoriesOf(account('火箭军司令部', { kind: 'media' }))).toEqual(['military']);
    expect(categoriesOf(account('解放军报', { kind: 'media' }))).toEqual([]); // the military's own newspaper
  });

  it('an organisation badge backs military, institution and news claims unless its label names another kind of body', () => {
    expect(categoriesOf(account('武警部队', { kind: 'organization' }))).toEqual([]);
    expect(categoriesOf(account('平安北京', { kind: 'organization', label: '北京市公安局官方微博' }))).toEqual([]);
    const mismatch = flagOf(account('东部战区', { kind: 'organization', label: '深圳市某某科技有限公司' }), 'military')!;
    expect(mismatch.reasons).toContainEqual(
      expect.objectContaining({ code: 'credential.label-mismatch', field: 'verification', match: '深圳市某某科技有限公司' }),
    );
    expect(categoriesOf(account('央视新闻', { kind: 'organization', label: '杭州某某文化传媒有限公司' }))).toEqual([
      'news-media',
    ]);
  });

  it('a personal or organisation badge backs advice only when its label names the qualification', () => {
    const qualified: [string, string, string][] = [
      ['张医生', '在线问诊 开药', '北京协和医院 主任医师'],
      ['陈律师', '离婚 继承 法律咨询', '北京市某某律师事务所 执业律师'],
      ['财税老吴', '理财规划 保本', '注册会计师'],
      ['Dr. Chen', 'Online consultation, prescriptions', 'Physician'],
      ['Sam Patel', 'Lawyer. Free legal advice', 'Attorney'],
    ];
    for (const [name, bio, label] of qualified) {
      expect(categoriesOf(account(name, { bio, kind: 'personal', label, platform: 'x' })), label).toEqual([]);
      expect(categoriesOf(account(name, { bio, kind: 'personal', label: '知名博主', platform: 'x' })), label).toEqual([
        'unqualified-advice',
      ]);
    }
    expect(
      categoriesOf(account('北京协和医院', { bio: '专家门诊 预约挂号', kind: 'organization', label: '北京协和医院' })),
    ).toEqual([]);
    // A lawyer's licence does not back stock tips.
    expect(categoriesOf(account('王律师', { bio: '荐股 稳赚', kind: 'personal', label: '执业律师' }))).toEqual([
      'unqualified-advice',
    ]);
  });

  it('advice needs the title itself on a personal badge: a field, a nurse, bank or insurance staff, a student are not', () => {
    const unqualified: [string, string][] = [
      ['老中医 祖传秘方 包治', '医学科普博主'],
      ['主任医师 在线问诊 开处方', '某医院护士'],
      ['股票老师 荐股 稳赚', '保险代理人'],
      ['股票老师 荐股 稳赚', '银行柜员'],
      ['考研保过 押题', '某某大学学生'],
    ];
    for (const [name, label] of unqualified) {
      expect(categoriesOf(account(name, { kind: 'personal', label })), label).toEqual(['unqualified-advice']);
    }
    // The licensed body itself is an organisation's qualification, not a person's.
    expect(categoriesOf(account('考研保过 押题', { kind: 'organization', label: '某某大学' }))).toEqual([]);
    expect(categoriesOf(account('荐股 稳赚', { kind: 'personal', label: '某某证券 投资顾问' }))).toEqual([]);
  });

  it('government and media badges do not back advice ("`personal` or `organization` verification")', () => {
    for (const kind of ['government', 'media'] as const) {
      const name = '主任医师 在线问诊 开处方';
      expect(categoriesOf(account(name, { kind, label: '某某医院 主任医师' })), kind).toEqual(['unqualified-advice']);
    }
  });

  it('a media badge does not back a military claim, even on a news centre', () => {
    const flag = flagOf(account('火箭军司令部新闻中心', { kind: 'media', label: '某某晚报' }), 'military')!;
    expect(flag.reasons).toContainEqual(expect.objectContaining({ code: 'credential.label-mismatch', match: '某某晚报' }));
  });

  it('an organisation label naming another kind of body (hospital, law firm, club, holding) is a mismatch', () => {
    const cases: [string, string, string, 'x' | 'weibo'][] = [
      ['新华社', '北京协和医院', 'news-media', 'weibo'],
      ['新华社 快讯', '金杜律师事务所', 'news-media', 'weibo'],
      ['火箭军司令部', '某某足球俱乐部', 'military', 'weibo'],
      ['Strategic Missile Force', 'Acme Holdings', 'military', 'x'],
    ];
    for (const [name, label, category, platform] of cases) {
      const flag = flagOf(account(name, { kind: 'organization', label, platform }), category as never);
      expect(flag?.reasons, label).toContainEqual(expect.objectContaining({ code: 'credential.label-mismatch', match: label }));
    }
    // Its own kind backs; so does a label naming no kind of body (it names no different one).
    expect(categoriesOf(account('新华社', { kind: 'organization', label: '新华通讯社' }))).toEqual([]);
    expect(categoriesOf(account('火箭军司令部', { kind: 'organization', label: '北京某某' }))).toEqual([]);
  });

  it('an unknown badge lowers the severity one step but cancels nothing', () => {
    const none = flagOf(account('中国人民武装警察部队'), 'military')!;
    const unknown = flagOf(account('中国人民武装警察部队', { kind: 'unknown' }), 'military')!;
    expect(none.severity).toBe('high');
    expect(unknown.severity).toBe('medium');
    expect(unknown.reasons.some((r) => r.code === 'credential.unknown')).toBe(true);
  });
});
