import { describe, expect, it } from 'vitest';
import { BiliMemberJson } from './bilibili-verification';
import { MAX_BIO, MAX_NAME } from './common';
import { pageDataOfDouyinJson } from './douyin';
import { mWeiboAdapter } from './m-weibo';
import { pageDataFromMessage } from './page-data';
import { MAX_PAGE_DATA_ITEMS } from './page-data-protocol';
import { pageDataOfTikTokUser } from './tiktok';
import { WeiboUserJson } from './weibo-verification';
import { xAdapter } from './x';
import { pageDataOfUserPage } from './xiaohongshu';
import { pageDataOfVideoOwner } from './youtube-data';
import { readZhihuInitialData } from './zhihu-data';

// The page-data schemas are zod/mini (the content script's bundle size); these pin the bounds
// and rejections they had as classic zod schemas, at and just past each limit.

const s = (n: number, c = 'a') => c.repeat(n);
const message = (items: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ v: 1, url: 'https://x.com/home', items, ...extra });
const xProps = (handle: string, props: Record<string, unknown>) =>
  pageDataFromMessage(message([{ type: 'x-props', handle, props }]), xAdapter.pageData);

describe('page-data message (zod/mini)', () => {
  it('bounds the url and the item count, and ignores unknown top-level keys', () => {
    const item = { type: 'x-props', handle: 'Reuters', props: {} };
    expect(
      pageDataFromMessage(JSON.stringify({ v: 1, url: `https://x.com/${s(4096 - 14)}`, items: [item] }), xAdapter.pageData),
    ).toHaveLength(1);
    expect(pageDataFromMessage(message(Array(MAX_PAGE_DATA_ITEMS).fill(item)), xAdapter.pageData)).toHaveLength(
      MAX_PAGE_DATA_ITEMS,
    );
    expect(pageDataFromMessage(message(Array(MAX_PAGE_DATA_ITEMS + 1).fill(item)), xAdapter.pageData)).toEqual([]);
    expect(
      pageDataFromMessage(JSON.stringify({ v: 1, url: `https://x.com/${s(4096 - 13)}`, items: [item] }), xAdapter.pageData),
    ).toEqual([]);
    expect(pageDataFromMessage(message([item], { extra: { deep: [1] } }), xAdapter.pageData)).toHaveLength(1);
    expect(pageDataFromMessage(JSON.stringify({ v: '1', url: 'https://x.com/', items: [item] }), xAdapter.pageData)).toEqual([]);
    expect(pageDataFromMessage(JSON.stringify({ v: 1, url: 'https://x.com/', items: {} }), xAdapter.pageData)).toEqual([]);
  });

  it('X props: handle pattern, verifiedType and affiliate label bounds, nulls where allowed', () => {
    expect(xProps(s(15, 'A'), {})).toHaveLength(1);
    expect(xProps(s(16, 'A'), {})).toEqual([]);
    expect(xProps('a-b', {})).toEqual([]);
    expect(xProps('', {})).toEqual([]);
    expect(xProps('NATO', { verifiedType: s(50), affiliateBadgeInfo: null })).toHaveLength(1);
    expect(xProps('NATO', { verifiedType: null, affiliateBadgeInfo: { description: s(200) } })).toHaveLength(1);
    expect(xProps('NATO', { verifiedType: s(51) })).toEqual([]);
    expect(xProps('NATO', { affiliateBadgeInfo: { description: s(201) } })).toEqual([]);
    expect(xProps('NATO', { isBlueVerified: 'true' })).toEqual([]);
    expect(pageDataFromMessage(message([{ type: 'x-props', handle: 'NATO', props: [] }]), xAdapter.pageData)).toEqual([]);
  });

  it('picked items: source and name at most 50 characters (m.weibo.cn’s $render_data user)', () => {
    const picked = (source: string, name: string) =>
      pageDataFromMessage(
        message([{ type: 'picked', source, name, value: { id: 1, screen_name: 'a' } }]),
        mWeiboAdapter.pageData,
      );
    expect(picked('$render_data', 'user')).toHaveLength(1);
    expect(picked(s(51), 'user')).toEqual([]);
    expect(picked('$render_data', s(51))).toEqual([]);
  });
});

describe('Weibo and Bilibili ids (zod/mini)', () => {
  const weibo = (user: Record<string, unknown>) => WeiboUserJson().safeParse({ id: 1, screen_name: 'a', ...user }).success;
  const bili = (member: Record<string, unknown>) => BiliMemberJson.safeParse({ mid: 1, ...member }).success;

  it('take a non-negative safe integer or 1–20 digits, nothing else', () => {
    for (const check of [(id: unknown) => weibo({ id }), (mid: unknown) => bili({ mid })]) {
      for (const ok of [0, 1, 2 ** 53 - 1, '1', s(20, '9')]) expect(check(ok), String(ok)).toBe(true);
      for (const bad of [
        -1,
        1.5,
        2 ** 53,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        '',
        s(21, '9'),
        '12a',
        ' 1',
        '-1',
        null,
        true,
        [1],
      ]) {
        expect(check(bad), String(bad)).toBe(false);
      }
    }
  });

  it('bound names, bios and reasons, and keep integers integral', () => {
    expect(weibo({ screen_name: s(MAX_NAME), description: s(MAX_BIO), verified_reason: s(2000) })).toBe(true);
    expect(weibo({ screen_name: '' })).toBe(false);
    expect(weibo({ screen_name: s(MAX_NAME + 1) })).toBe(false);
    expect(weibo({ description: s(MAX_BIO + 1) })).toBe(false);
    expect(weibo({ verified_reason: s(2001) })).toBe(false);
    expect(weibo({ verified_type: 1.5 })).toBe(false);
    expect(weibo({ verified_type_ext: '1' })).toBe(false);
    expect(weibo({ verified: 1 })).toBe(false);
    expect(bili({ uname: s(MAX_NAME), sign: s(MAX_BIO), official: { role: 3, title: s(2000) } })).toBe(true);
    expect(bili({ uname: '' })).toBe(false);
    expect(bili({ name: s(MAX_NAME + 1) })).toBe(false);
    expect(bili({ sign: s(MAX_BIO + 1) })).toBe(false);
    expect(bili({ official_verify: { type: 0.5 } })).toBe(false);
    expect(bili({ official_verify: { desc: s(2001) } })).toBe(false);
    expect(bili({ official: { role: 2 ** 53 } })).toBe(false);
    expect(bili({ official: null })).toBe(false);
  });

  it('keep unknown keys (loose objects), as the mappers read only what they declare', () => {
    const parsed = WeiboUserJson().safeParse({ id: 7, screen_name: 'a', extra: { x: 1 } });
    expect(parsed.success && (parsed.data as Record<string, unknown>).extra).toEqual({ x: 1 });
  });
});

describe('embedded JSON users (zod/mini)', () => {
  it('TikTok: uniqueId pattern and text bounds', () => {
    expect(pageDataOfTikTokUser({ uniqueId: 'a.'.repeat(20), nickname: s(MAX_NAME), id: s(40, '1') })).toHaveLength(1);
    expect(pageDataOfTikTokUser({ uniqueId: s(41) })).toEqual([]);
    expect(pageDataOfTikTokUser({ uniqueId: 'a b' })).toEqual([]);
    expect(pageDataOfTikTokUser({ uniqueId: 'a', id: s(41, '1') })).toEqual([]);
    expect(pageDataOfTikTokUser({ uniqueId: 'a', signature: s(MAX_BIO + 1) })).toEqual([]);
    expect(pageDataOfTikTokUser({ uniqueId: 'a', verified: 'yes' })).toEqual([]);
  });

  it('Douyin: sec_uid pattern 10–120, nickname required and bounded', () => {
    const user = (u: Record<string, unknown>) => pageDataOfDouyinJson({ nickname: 'a', ...u });
    expect(user({ sec_uid: s(10, 'M') })).toHaveLength(1);
    expect(user({ secUid: s(120, '-') })).toHaveLength(1);
    expect(user({ sec_uid: s(9, 'M') })).toEqual([]);
    expect(user({ sec_uid: s(121, 'M') })).toEqual([]);
    expect(user({ sec_uid: s(10, 'M'), nickname: '' })).toEqual([]);
    expect(user({ sec_uid: s(10, 'M'), custom_verify: s(2001) })).toEqual([]);
    expect(user({ sec_uid: s(10, 'M'), desc: s(MAX_BIO + 1) })).toEqual([]);
  });

  it('YouTube: 1–10 runs, at most 10 badges, bounded ids and styles', () => {
    const run = { text: 'CGTN', navigationEndpoint: { browseEndpoint: { browseId: 'UC1', canonicalBaseUrl: '/@CGTN' } } };
    const badge = { metadataBadgeRenderer: { style: 'BADGE_STYLE_TYPE_VERIFIED', tooltip: 'Verified' } };
    expect(pageDataOfVideoOwner({ title: { runs: Array(10).fill(run) }, badges: Array(10).fill(badge) })).toHaveLength(2);
    expect(pageDataOfVideoOwner({ title: { runs: [] } })).toEqual([]);
    expect(pageDataOfVideoOwner({ title: { runs: Array(11).fill(run) } })).toEqual([]);
    expect(pageDataOfVideoOwner({ title: { runs: [run] }, badges: Array(11).fill(badge) })).toEqual([]);
    const browse = (b: Record<string, unknown>) => ({
      title: { runs: [{ text: 'a', navigationEndpoint: { browseEndpoint: b } }] },
    });
    expect(pageDataOfVideoOwner(browse({ browseId: s(64) }))).toHaveLength(1);
    expect(pageDataOfVideoOwner(browse({ browseId: s(65) }))).toEqual([]);
    expect(pageDataOfVideoOwner(browse({ canonicalBaseUrl: `/@${s(199)}` }))).toEqual([]);
    expect(pageDataOfVideoOwner({ title: { runs: [run] }, badges: [{ metadataBadgeRenderer: { style: s(81) } }] })).toEqual([]);
  });

  it('Zhihu: urlToken pattern, name required, at most 20 badges', () => {
    const users = (user: Record<string, unknown>) => {
      const text = JSON.stringify({ initialState: { entities: { users: { u: { urlToken: 'a-1', name: 'a', ...user } } } } });
      return readZhihuInitialData({ querySelector: () => ({ textContent: text }) } as unknown as Document);
    };
    const badge = { type: 'identity', description: s(2000) };
    expect(users({ urlToken: s(100, '-'), badge: Array(20).fill(badge), headline: s(MAX_BIO), userType: s(30) })).toHaveLength(1);
    expect(users({ urlToken: s(101) })).toEqual([]);
    expect(users({ urlToken: 'L.M.Sherlock' })).toHaveLength(1);
    expect(users({ urlToken: 'a/b' })).toEqual([]);
    expect(users({ name: '' })).toEqual([]);
    expect(users({ badge: Array(21).fill(badge) })).toEqual([]);
    expect(users({ badge: [{ type: s(51) }] })).toEqual([]);
    expect(users({ badge: [{ type: 'identity', description: s(2001) }] })).toEqual([]);
    expect(users({ userType: s(31) })).toEqual([]);
    expect(users({ isOrg: 'false' })).toEqual([]);
  });

  it('Xiaohongshu: nullish fields, integral verify type, bounded content', () => {
    const url = new URL(`https://www.xiaohongshu.com/user/profile/${s(24, 'f')}`);
    const page = (basic: Record<string, unknown>, verifyInfo?: unknown) =>
      pageDataOfUserPage({ basicInfo: { nickname: 'a', ...basic }, verifyInfo }, url);
    expect(page({ redId: null, desc: undefined }, null)).toHaveLength(1);
    expect(page({}, { redOfficialVerifyType: 1, redOfficialVerifyContent: s(2000) })).toHaveLength(1);
    expect(page({}, { redOfficialVerifyType: 1.5 })).toEqual([]);
    expect(page({}, { redOfficialVerifyContent: s(2001) })).toEqual([]);
    expect(page({ redId: s(65) })).toEqual([]);
    expect(page({ nickname: '' })).toEqual([]);
  });
});
