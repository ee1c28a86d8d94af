// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { douyinAdapter } from './douyin';
import { readEmbeddedPageData } from './page-data';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';

const IMP = 'MS4wLjABAAAAimpostor0rocketforce0000000000000000';
const CCTV = 'MS4wLjABAAAAcctvnews00000000000000000000000000000';
const FAN = 'MS4wLjABAAAAfanaccount000000000000000000000000000';

describe('douyin video page', () => {
  const url = 'https://www.douyin.com/video/7300000000000000001';

  it('reads author and commenters by data-e2e; without page data the type is unknown', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/douyin/video.html'));
    const found = douyinAdapter.scan(doc, makeContext(url));
    expect(found.map(brief)).toEqual([
      [`douyin:${IMP}`, '中国人民解放军火箭军司令部', 'unknown', 'hook'],
      [`douyin:${CCTV}`, '央视新闻', 'unknown', 'hook'],
      [`douyin:${FAN}`, '火箭军迷小王', 'unknown', 'hook'],
    ]);
    expect(found[1]?.context).toBe('请勿相信冒充部队的招募信息。');
  });

  it('reads RENDER_DATA (URL-encoded JSON) for the author’s badge', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/douyin/video.html'));
    const data = readEmbeddedPageData(doc, new URL(url), douyinAdapter.pageData);
    expect(data).toEqual([
      [
        `douyin:${IMP}`,
        { id: IMP, displayName: '中国人民解放军火箭军司令部', verification: { kind: 'none' }, bio: '火箭军司令部官方抖音' },
      ],
    ]);
    const [author] = douyinAdapter.scan(doc, makeContext(url, data));
    expect(author?.verification).toEqual({ kind: 'none', source: 'data' });
    expect(author?.layer).toBe('data');
  });
});

describe('douyin profile', () => {
  it('reads an organisation-verified profile with its reason from RENDER_DATA', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/douyin/profile.html'));
    const url = new URL(`https://www.douyin.com/user/${CCTV}`);
    const found = douyinAdapter.scan(doc, makeContext(url.href, readEmbeddedPageData(doc, url, douyinAdapter.pageData)));
    expect(found.map(brief)).toEqual([[`douyin:${CCTV}`, '央视新闻', 'organization', 'data']]);
    expect(found[0]?.verification.label).toBe('中央广播电视总台央视新闻官方账号');
    expect(found[0]?.bio).toBe('央视新闻官方抖音号');
  });
});
