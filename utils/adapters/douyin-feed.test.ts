// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createShippedEngine } from '../engine/shipped-engine';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { douyinAdapter } from './douyin';
import { readEmbeddedPageData } from './page-data';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';

// The feed player (www.douyin.com/?recommend=1 and the like): e2e/fixtures/sites/douyin/feed.html.
const FEED = 'e2e/fixtures/sites/douyin/feed.html';
const IMP = 'MS4wLjABAAAAimpostor0rocketforce0000000000000000';
const CCTV = 'MS4wLjABAAAAcctvnews00000000000000000000000000000';
const FAN = 'MS4wLjABAAAAfanaccount000000000000000000000000000';
const CCTV_REASON = '中央广播电视总台央视新闻官方账号';

/** The feed's accounts as scanned at `url`, with its RENDER_DATA read or not. */
function scanFeed(url: string, withData: boolean) {
  const doc = loadDocument(readFixture(FEED));
  const data = withData ? readEmbeddedPageData(doc, new URL(url), douyinAdapter.pageData) : [];
  return { data, found: douyinAdapter.scan(doc, makeContext(url, data)) };
}

describe('douyin feed player', () => {
  const url = 'https://www.douyin.com/?recommend=1';
  const slide = (doc: Document, vid: string) => doc.querySelector(`[data-e2e-vid="74000000000000000${vid}"]`)!;

  it('reads every rendered slide’s author without the "@", the current one by its avatar link, not the @mention', () => {
    const { found } = scanFeed(url, false);
    expect(found.map(brief)).toEqual([
      [`douyin:${CCTV}`, '央视新闻', 'unknown', 'hook'],
      [`douyin:${IMP}`, '中国人民解放军火箭军司令部', 'unknown', 'hook'],
      [`douyin:${FAN}`, '火箭军迷小王', 'unknown', 'hook'],
    ]);
    expect(found.map((a) => a.element.getAttribute('data-e2e'))).toEqual(Array(3).fill('feed-video-nickname'));
    expect(found.map((a) => a.context)).toEqual([
      '今日要闻',
      '火箭军内部招募开始，名额有限，私信报名。转发给@央视新闻',
      '航展现场拍到的东风导弹模型',
    ]);
    expect(found[1]?.profileUrl).toBe(`https://www.douyin.com/user/${IMP}`);
  });

  it('RENDER_DATA, which holds the first video only, lands on that video’s author alone', () => {
    const { data, found } = scanFeed(url, true);
    expect(data.map(([key, d]) => [key, d.verification?.kind])).toEqual([[`douyin:${CCTV}`, 'organization']]);
    expect(found.map(brief)).toEqual([
      [`douyin:${CCTV}`, '央视新闻', 'organization', 'data'],
      [`douyin:${IMP}`, '中国人民解放军火箭军司令部', 'unknown', 'hook'],
      [`douyin:${FAN}`, '火箭军迷小王', 'unknown', 'hook'],
    ]);
    expect(found[0]?.verification).toEqual({ kind: 'organization', label: CCTV_REASON, source: 'data' });
  });

  it('the shipped engine flags the current video’s impostor, not the verified first author nor the fan', () => {
    const { found } = scanFeed(url, true);
    const engine = createShippedEngine();
    const flagged = found.filter((a) => engine.evaluate(a, DEFAULT_SETTINGS).flags.length > 0);
    expect(flagged.map((a) => a.displayName)).toEqual(['中国人民解放军火箭军司令部']);
  });

  it('reads a preloaded slide hidden or not: a swipe to it changes attributes only, and brings no node to scan', () => {
    const doc = loadDocument(readFixture(FEED));
    slide(doc, '03').setAttribute('aria-hidden', 'true');
    slide(doc, '03').setAttribute('style', 'display: none');
    const found = douyinAdapter.scan(doc, makeContext(url, []));
    expect(found.map((a) => a.key)).toContain(`douyin:${FAN}`);
  });

  it('a node added inside a slide brings the slide’s author, once', () => {
    const doc = loadDocument(readFixture(FEED));
    const ctx = makeContext(url, []);
    const avatar = slide(doc, '02').querySelector('a[data-e2e="video-avatar"]')!;
    const bar = avatar.parentElement!;
    avatar.remove();
    // Before its avatar link, the current slide's name has no id: skipped, not marked seen.
    expect(douyinAdapter.scan(doc, ctx).map((a) => a.key)).toEqual([`douyin:${CCTV}`, `douyin:${FAN}`]);
    bar.prepend(avatar);
    expect(douyinAdapter.scan(avatar, ctx).map(brief)).toEqual([
      [`douyin:${IMP}`, '中国人民解放军火箭军司令部', 'unknown', 'hook'],
    ]);
    // The name itself added (re-rendered): found as the root and as its slide's name, one record.
    const fan = slide(doc, '03').querySelector('[data-e2e="feed-video-nickname"]')!;
    expect(douyinAdapter.scan(fan, ctx).map((a) => a.key)).toEqual([`douyin:${FAN}`]);
  });
});

describe('douyin expectsAccounts', () => {
  it('expects accounts where selectors exist: video, profile and note pages, and the feed player', () => {
    const expects = (path: string) => douyinAdapter.expectsAccounts(new URL(`https://www.douyin.com${path}`));
    const feed = ['/', '/?recommend=1', '/discover', '/jingxuan?modal_id=7400000000000000002', '/search/x?modal_id=1'];
    expect(['/video/1', `/user/${CCTV}`, '/note/1', ...feed].map(expects)).toEqual(Array(8).fill(true));
    // The /jingxuan grid shows no player and no data-e2e author hooks; search has none here.
    expect(['/jingxuan', '/search/x', '/discover/x'].map(expects)).toEqual([false, false, false]);
  });
});
