// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEmbeddedPageData } from './page-data';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';
import { tiktokAdapter } from './tiktok';

describe('tiktok', () => {
  it('reads the profile nickname with handle and bio; page data says unverified', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/tiktok/profile.html'));
    const url = new URL('https://www.tiktok.com/@missileforce_official');
    expect(tiktokAdapter.scan(doc, makeContext(url.href)).map(brief)).toEqual([
      ['tiktok:missileforce_official', 'Strategic Missile Force', 'none', 'hook'],
    ]);
    const data = readEmbeddedPageData(doc, url, tiktokAdapter.pageData);
    const [account] = tiktokAdapter.scan(doc, makeContext(url.href, data));
    expect(account).toMatchObject({
      layer: 'data',
      id: '7000000000000000001',
      bio: 'Official account of the Strategic Missile Force command',
      verification: { kind: 'none', source: 'data' },
    });
  });

  it('reads the video author with the cyan check and the commenters', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/tiktok/video.html'));
    const found = tiktokAdapter.scan(doc, makeContext('https://www.tiktok.com/@cctvvideonews/video/7300000000000000009'));
    expect(found.map(brief)).toEqual([
      ['tiktok:cctvvideonews', 'CCTV Video News', 'organization', 'hook'],
      ['tiktok:cctv_news_giveaway', 'CCTV News Official', 'none', 'hook'],
      ['tiktok:liwei.viewer', 'Li Wei', 'none', 'hook'],
    ]);
    const data = readEmbeddedPageData(
      doc,
      new URL('https://www.tiktok.com/@cctvvideonews/video/7300000000000000009'),
      tiktokAdapter.pageData,
    );
    expect(data.map(([key, d]) => [key, d.verification?.kind])).toEqual([['tiktok:cctvvideonews', 'organization']]);
  });
});
