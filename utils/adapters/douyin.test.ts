// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { douyinAdapter, pageDataOfDouyinJson } from './douyin';
import { readEmbeddedPageData } from './page-data';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';

const IMP = 'MS4wLjABAAAAimpostor0rocketforce0000000000000000';
const CCTV = 'MS4wLjABAAAAcctvnews00000000000000000000000000000';
const FAN = 'MS4wLjABAAAAfanaccount000000000000000000000000000';
const VIEWER = 'MS4wLjABAAAAviewer0signedin00000000000000000000';
const CCTV_REASON = '中央广播电视总台央视新闻官方账号';

/** The fixture's accounts as scanned at `url`, with its RENDER_DATA read or not. */
function scanFixture(name: string, url: string, withData: boolean) {
  const doc = loadDocument(readFixture(`e2e/fixtures/sites/douyin/${name}.html`));
  const data = withData ? readEmbeddedPageData(doc, new URL(url), douyinAdapter.pageData) : [];
  return { data, found: douyinAdapter.scan(doc, makeContext(url, data)) };
}

describe('douyin video page', () => {
  const url = 'https://www.douyin.com/video/7300000000000000001';

  it('reads author and commenters by data-e2e; the author’s comments lose their 作者 tag', () => {
    const { found } = scanFixture('video', url, false);
    expect(found.map(brief)).toEqual([
      [`douyin:${IMP}`, '中国人民解放军火箭军司令部', 'unknown', 'hook'],
      [`douyin:${CCTV}`, '央视新闻', 'unknown', 'hook'],
      [`douyin:${IMP}`, '中国人民解放军火箭军司令部', 'unknown', 'hook'],
      [`douyin:${IMP}`, '中国人民解放军火箭军司令部', 'unknown', 'hook'],
      [`douyin:${FAN}`, '火箭军迷小王', 'unknown', 'hook'],
    ]);
    expect(found.map((a) => a.context)).toEqual([
      undefined,
      '请勿相信冒充部队的招募信息。',
      '我们才是官方账号。',
      '报名请私信。',
      '已报名！',
    ]);
  });

  it('reads the author from RENDER_DATA’s "43".aweme.detail.authorInfo', () => {
    const { data, found } = scanFixture('video', url, true);
    expect(data).toEqual([
      [
        `douyin:${IMP}`,
        { id: IMP, displayName: '中国人民解放军火箭军司令部', verification: { kind: 'none' }, bio: '火箭军司令部官方抖音' },
      ],
    ]);
    expect(found[0]?.verification).toEqual({ kind: 'none', source: 'data' });
    expect(found[0]?.layer).toBe('data');
  });

  it('with aweme null, reads the author block: a title beside its /user/ link, and the badge text', () => {
    const { data, found } = scanFixture('video-verified', 'https://www.douyin.com/video/7300000000000000003', true);
    expect(data).toEqual([]);
    expect(found.map(brief)).toEqual([[`douyin:${CCTV}`, '央视新闻', 'organization', 'hook']]);
    expect(found[0]?.verification).toEqual({ kind: 'organization', label: CCTV_REASON, source: 'dom' });
  });

  it('keeps an author whose verification fields are null', () => {
    const data = pageDataOfDouyinJson({
      secUid: IMP,
      nickname: 'a',
      customVerify: null,
      enterpriseVerifyReason: null,
      desc: null,
    });
    expect(data).toEqual([[`douyin:${IMP}`, { id: IMP, displayName: 'a', verification: { kind: 'none' } }]]);
  });
});

describe('douyin profile', () => {
  const cctvUrl = `https://www.douyin.com/user/${CCTV}`;

  it('reads the owner from RENDER_DATA under a numeric key, apart from the signed-in viewer', () => {
    const { data, found } = scanFixture('profile', cctvUrl, true);
    expect(data.map(([key, d]) => [key, d.verification?.kind])).toEqual([
      [`douyin:${CCTV}`, 'organization'],
      [`douyin:${VIEWER}`, 'none'],
    ]);
    expect(found.map(brief)).toEqual([[`douyin:${CCTV}`, '央视新闻', 'organization', 'data']]);
    expect(found[0]?.verification.label).toBe(CCTV_REASON);
    expect(found[0]?.bio).toBe('央视新闻官方抖音号');
  });

  it('without page data, a badge-role-name text naming the body’s own account reads as an organisation', () => {
    const { found } = scanFixture('profile', cctvUrl, false);
    expect(found.map(brief)).toEqual([[`douyin:${CCTV}`, '央视新闻', 'organization', 'hook']]);
    expect(found[0]?.verification).toEqual({ kind: 'organization', label: CCTV_REASON, source: 'dom' });
    expect(found[0]?.bio).toBe('央视新闻官方抖音号');
  });

  it('a reason that names a person’s work marks the profile verified, type unknown', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/douyin/profile.html'));
    doc.querySelector('[data-e2e="badge-role-name"]')!.textContent = '优质科技创作者';
    const [account] = douyinAdapter.scan(doc, makeContext(cctvUrl, []));
    expect(account?.verification).toEqual({ kind: 'unknown', label: '优质科技创作者', source: 'dom' });
  });

  it('the badge on the page outranks page data that says none', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/douyin/profile.html'));
    const [account] = douyinAdapter.scan(doc, makeContext(cctvUrl, [[`douyin:${CCTV}`, { verification: { kind: 'none' } }]]));
    expect(account?.verification).toEqual({ kind: 'organization', label: CCTV_REASON, source: 'dom' });
  });

  it('a rendered profile without the badge is unverified; the verified viewer’s data stays with the viewer', () => {
    const { data, found } = scanFixture('profile-unverified', `https://www.douyin.com/user/${IMP}`, true);
    expect(data.map(([key]) => key)).toEqual([`douyin:${CCTV}`]);
    expect(found.map(brief)).toEqual([[`douyin:${IMP}`, '中国人民解放军火箭军司令部', 'none', 'hook']]);
    expect(found[0]?.verification).toEqual({ kind: 'none', source: 'dom' });
    expect(found[0]?.bio).toBe('火箭军司令部官方抖音');
  });
});
