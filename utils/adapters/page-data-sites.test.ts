// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bilibiliAdapter } from './bilibili';
import { douyinAdapter } from './douyin';
import { scriptJson } from './embedded-json';
import { genericAdapter } from './generic';
import { mWeiboAdapter } from './m-weibo';
import { pageDataFromMessage, readEmbeddedPageData } from './page-data';
import { redditAdapter } from './reddit';
import { ADAPTERS } from './registry';
import { collectPageData, loadDocument, loadLiveDocument, readFixture } from './test-helpers';
import { tiktokAdapter } from './tiktok';
import type { SiteAdapter } from './types';
import { wechatAdapter } from './wechat';
import { weiboAdapter } from './weibo';
import { xAdapter } from './x';
import { xiaohongshuAdapter } from './xiaohongshu';
import { youtubeAdapter } from './youtube';
import { zhihuAdapter } from './zhihu';

// Page data is mapped per site (each adapter's `pageData`), so a site's content script bundles
// only its own mapping. These pin that each adapter maps only its own reader items, and that on
// every fixture the receiver yields what the shared mapping table did (the snapshot was written
// by that table, before the split).

const XHS_PROFILE = 'https://www.xiaohongshu.com/user/profile/65a1b2c3d4e5f60718293a4b';
const message = (items: unknown[], url = XHS_PROFILE) => JSON.stringify({ v: 1, url, items });

/** One valid item of each type the MAIN-world reader sends. */
const ONE_OF_EACH = [
  { type: 'x-props', handle: 'Reuters', props: { verifiedType: 'Business' } },
  { type: 'weibo-user', user: { id: 1722022490, screen_name: '中国军网', verified: true, verified_type: 1 } },
  { type: 'bili-member', member: { mid: '161775300', uname: '明日方舟', official_verify: { type: 1, desc: '企业认证' } } },
  { type: 'picked', source: '$render_data', name: 'user', value: { id: 2656274875, screen_name: '央视新闻' } },
  {
    type: 'picked',
    source: 'ytInitialData',
    name: 'videoOwnerRenderer',
    value: { title: { runs: [{ text: 'NATO', navigationEndpoint: { browseEndpoint: { canonicalBaseUrl: '/@NATO' } } }] } },
  },
  { type: 'picked', source: '__INITIAL_STATE__', name: 'userPageData', value: { basicInfo: { nickname: '人民日报' } } },
];

// Which of ONE_OF_EACH each adapter maps (by index), and the keys it gives for them.
const OWN: { id: string; adapter: SiteAdapter; own: number[]; keys: string[] }[] = [
  { id: 'x', adapter: xAdapter, own: [0], keys: ['x:reuters'] },
  { id: 'weibo', adapter: weiboAdapter, own: [1, 3], keys: ['weibo:1722022490', 'weibo:2656274875'] },
  { id: 'm-weibo', adapter: mWeiboAdapter, own: [1, 3], keys: ['weibo:1722022490', 'weibo:2656274875'] },
  { id: 'bilibili', adapter: bilibiliAdapter, own: [2], keys: ['bilibili:161775300'] },
  { id: 'youtube', adapter: youtubeAdapter, own: [4], keys: ['youtube:@nato'] },
  { id: 'xiaohongshu', adapter: xiaohongshuAdapter, own: [5], keys: ['xiaohongshu:65a1b2c3d4e5f60718293a4b'] },
  ...[douyinAdapter, zhihuAdapter, tiktokAdapter, wechatAdapter, redditAdapter, genericAdapter].map((adapter) => ({
    id: adapter.id,
    adapter,
    own: [],
    keys: [],
  })),
];

describe('each adapter maps only its own reader items', () => {
  it('lists every adapter', () => {
    expect(OWN.map((o) => o.id).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });

  it.each(OWN)('$id', ({ adapter, own, keys }) => {
    const entries = pageDataFromMessage(message(ONE_OF_EACH), adapter.pageData);
    expect(entries.map(([key]) => key)).toEqual(keys);
    // e.g. the X adapter ignores a weibo-user item, and YouTube's a Xiaohongshu pick.
    const others = ONE_OF_EACH.filter((_, i) => !own.includes(i));
    expect(pageDataFromMessage(message(others), adapter.pageData)).toEqual([]);
  });
});

// Fixture, page URL, adapter; `live` fixtures' scripts set what the reader reads from the DOM.
const PAGES: [string, string, SiteAdapter, boolean?][] = [
  ['x/timeline.html', 'https://x.com/home', xAdapter, true],
  ['x/profile.html', 'https://x.com/PLARocketForce_', xAdapter, true],
  ['x/profile-government.html', 'https://twitter.com/USArmy', xAdapter, true],
  ['weibo/feed.html', 'https://weibo.com/', weiboAdapter, true],
  ['weibo/profile.html', 'https://weibo.com/u/7910000001', weiboAdapter],
  ['weibo/profile-government.html', 'https://weibo.com/1722022490', weiboAdapter],
  ['weibo/search.html', 'https://s.weibo.com/weibo?q=x', weiboAdapter, true],
  ['m-weibo/cards.html', 'https://m.weibo.cn/', mWeiboAdapter],
  ['m-weibo/detail.html', 'https://m.weibo.cn/detail/5100000000000001', mWeiboAdapter],
  ['bilibili/video.html', 'https://www.bilibili.com/video/BV1fixture', bilibiliAdapter, true],
  ['bilibili/video-legacy-comments.html', 'https://www.bilibili.com/video/BV1legacy', bilibiliAdapter],
  ['bilibili/space.html', 'https://space.bilibili.com/3546000001', bilibiliAdapter],
  ['douyin/video.html', 'https://www.douyin.com/video/7300000000000000001', douyinAdapter],
  ['douyin/profile.html', 'https://www.douyin.com/user/MS4wLjABAAAAimpostor0rocketforce0000000000000000', douyinAdapter],
  ['zhihu/question.html', 'https://www.zhihu.com/question/600000001', zhihuAdapter],
  ['zhihu/org-profile.html', 'https://www.zhihu.com/org/cctv-news', zhihuAdapter],
  ['xiaohongshu/profile.html', XHS_PROFILE, xiaohongshuAdapter],
  ['xiaohongshu/explore.html', 'https://www.xiaohongshu.com/explore', xiaohongshuAdapter],
  ['youtube/watch.html', 'https://www.youtube.com/watch?v=fixture', youtubeAdapter],
  ['youtube/channel.html', 'https://www.youtube.com/@StrategicMissileForce', youtubeAdapter],
  ['tiktok/profile.html', 'https://www.tiktok.com/@missileforce_official', tiktokAdapter],
  ['tiktok/video.html', 'https://www.tiktok.com/@cctvvideonews/video/7300000000000000002', tiktokAdapter],
  ['wechat/article.html', 'https://mp.weixin.qq.com/s/fixture-article', wechatAdapter],
  ['reddit/thread.html', 'https://www.reddit.com/r/worldnews/comments/1abcde/official_statement/', redditAdapter],
  ['generic/forum.html', 'https://forum.example/thread/1', genericAdapter],
];

describe('the receiver on each site’s fixtures', () => {
  it.each(PAGES)('%s', (fixture, url, adapter, live) => {
    const path = `e2e/fixtures/sites/${fixture}`;
    const parsed = loadDocument(readFixture(path));
    const win = {
      location: new URL(url),
      document: live ? loadLiveDocument(path) : parsed,
      // Globals the page's scripts would set, which happy-dom does not run here.
      $render_data: scriptJson(parsed, '$render_data ='),
      ytInitialData: scriptJson(parsed, 'var ytInitialData ='),
      __INITIAL_STATE__: scriptJson(parsed, 'window.__INITIAL_STATE__=', true),
    } as unknown as Window;
    const items = collectPageData(win);
    const fromReader = pageDataFromMessage(message(items, url), adapter.pageData);
    const embedded = readEmbeddedPageData(parsed, new URL(url), adapter.pageData);
    expect({ fromReader, embedded }).toMatchSnapshot();
  });
});
