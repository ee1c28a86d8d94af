// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadDocument, readFixture } from './test-helpers';
import { readZhihuInitialData } from './zhihu-data';

const HASH = '4c592f496dc33822b560b382907ff1d0';
const read = (entities: Record<string, unknown>) => {
  const text = JSON.stringify({ initialState: { entities } });
  return readZhihuInitialData({ querySelector: () => ({ textContent: text }) } as unknown as Document);
};
const user = (extra: Record<string, unknown> = {}) => ({ id: HASH, urlToken: 'L.M.Sherlock', name: 'Thoughts Memo', ...extra });
const kinds = (entries: ReturnType<typeof read>) => entries.map(([key, d]) => [key, d.verification]);

describe('zhihu js-initialData', () => {
  it('reads answer authors inline, each under its url_token and its hash id', () => {
    const data = readZhihuInitialData(loadDocument(readFixture('e2e/fixtures/sites/zhihu/question.html')));
    expect(kinds(data)).toEqual([
      ['zhihu:plarf-official', { kind: 'none' }],
      ['zhihu:5f2b8c0d4e6a1b3c7d9e0f1a2b3c4d5e', { kind: 'none' }],
      ['zhihu:li-hua-md', { kind: 'personal', label: '北京协和医院 主任医师' }],
      ['zhihu:0d0c7a1e2f3b4c5d6e7f8091a2b3c4d5', { kind: 'personal', label: '北京协和医院 主任医师' }],
      ['zhihu:cctv-news', { kind: 'organization', label: '中央广播电视总台央视新闻官方账号' }],
      ['zhihu:c7c7e0a1b2c3d4e5f60718293a4b5c6d', { kind: 'organization', label: '中央广播电视总台央视新闻官方账号' }],
    ]);
    expect(data[3]?.[1]).toMatchObject({ id: '0d0c7a1e2f3b4c5d6e7f8091a2b3c4d5', handle: 'li-hua-md' });
  });

  it('reads users, and the authors of answers, articles, questions and pins, once each', () => {
    const other = (token: string) => ({ author: user({ id: undefined, urlToken: token }) });
    const data = read({
      users: { a: user() },
      answers: { 1: { author: user() }, 2: other('b'), 3: null, 4: 'x' },
      articles: { 5: other('c') },
      questions: { 6: other('d') },
      pins: { 7: other('e') },
    });
    expect(data.map(([key]) => key)).toEqual(['zhihu:l.m.sherlock', `zhihu:${HASH}`, 'zhihu:b', 'zhihu:c', 'zhihu:d', 'zhihu:e']);
    expect(data[0]?.[1]).toMatchObject({ handle: 'L.M.Sherlock', id: HASH });
  });

  it('takes the identity from badgeV2 when badge has none; community awards are not identity', () => {
    const identity = {
      type: 'identity',
      detailType: 'identity_people',
      title: '已认证的个人',
      description: '信息技术行业 算法工程师',
    };
    const award = { type: 'reward', detailType: 'super_activity', title: '社区成就', description: '知势榜答主' };
    const best = { ...award, type: 'best' };
    expect(kinds(read({ users: { a: user({ badge: [], badgeV2: { detailBadges: [award, identity] } }) } }))[0]).toEqual([
      'zhihu:l.m.sherlock',
      { kind: 'personal', label: '信息技术行业 算法工程师' },
    ]);
    expect(kinds(read({ users: { a: user({ badgeV2: { mergedBadges: [best, { ...identity, title: '认证' }] } }) } }))[0]).toEqual(
      ['zhihu:l.m.sherlock', { kind: 'personal', label: '信息技术行业 算法工程师' }],
    );
    expect(kinds(read({ users: { a: user({ badgeV2: { detailBadges: [award], mergedBadges: [best] } }) } }))[0]).toEqual([
      'zhihu:l.m.sherlock',
      { kind: 'none' },
    ]);
    expect(kinds(read({ users: { a: user({ isOrg: true, badgeV2: null }) } }))[0]).toEqual([
      'zhihu:l.m.sherlock',
      { kind: 'organization' },
    ]);
  });

  it('gives no second key to an id that is not a hash id, and bounds badgeV2 like badge', () => {
    expect(read({ users: { a: user({ id: 'a1' }) } }).map(([key, d]) => [key, d.id])).toEqual([
      ['zhihu:l.m.sherlock', undefined],
    ]);
    expect(read({ users: { a: user({ id: 'f'.repeat(101) }) } })).toEqual([]);
    const badge = { type: 'identity', description: 'x' };
    expect(read({ users: { a: user({ badgeV2: { detailBadges: Array(20).fill(badge) } }) } })).toHaveLength(2);
    expect(read({ users: { a: user({ badgeV2: { detailBadges: Array(21).fill(badge) } }) } })).toEqual([]);
    expect(read({ users: { a: user({ badgeV2: { mergedBadges: [{ type: 'x'.repeat(51) }] } }) } })).toEqual([]);
  });
});
