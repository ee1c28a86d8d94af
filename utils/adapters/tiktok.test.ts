// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEmbeddedPageData } from './page-data';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';
import { tiktokAdapter } from './tiktok';

const VIDEO_URL = 'https://www.tiktok.com/@cctvvideonews/video/7300000000000000009';
const fixture = (name: string) => loadDocument(readFixture(`e2e/fixtures/sites/tiktok/${name}.html`));

describe('tiktok', () => {
  it('reads the profile nickname with handle and bio; page data says unverified', () => {
    const doc = fixture('profile');
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

  it('names the video author by browser-nickname, with browse-username as the handle', () => {
    const [author] = tiktokAdapter.scan(fixture('video'), makeContext(VIDEO_URL));
    expect(author && brief(author)).toEqual(['tiktok:cctvvideonews', 'CCTV Video News', 'organization', 'hook']);
    expect(author).toMatchObject({ handle: 'cctvvideonews', profileUrl: 'https://www.tiktok.com/@cctvvideonews' });
    expect(author?.element.textContent).toBe('CCTV Video News');
  });

  it('reads each commenter’s check from their own name row, not the thread’s or the reply list’s', () => {
    const found = tiktokAdapter.scan(fixture('video'), makeContext(VIDEO_URL));
    expect(found.slice(1).map(brief)).toEqual([
      ['tiktok:cctv_news_giveaway', 'CCTV News Official', 'none', 'hook'],
      ['tiktok:reuters', 'Reuters', 'organization', 'hook'],
      ['tiktok:liwei.viewer', 'Li Wei', 'none', 'hook'],
    ]);
    expect(found.map((a) => a.context)).toEqual([
      undefined,
      'Claim your prize, DM us.',
      'This account is not affiliated with CCTV.',
      'Thanks for the warning.',
    ]);
  });

  it('reads the video author’s check from page data, with no label of ours', () => {
    const doc = fixture('video');
    const data = readEmbeddedPageData(doc, new URL(VIDEO_URL), tiktokAdapter.pageData);
    expect(data.map(([key, d]) => [key, d.verification])).toEqual([['tiktok:cctvvideonews', { kind: 'organization' }]]);
    const [author] = tiktokAdapter.scan(doc, makeContext(VIDEO_URL, data));
    expect(author?.verification).toEqual({ kind: 'organization', source: 'data' });
  });

  it('reads For You feed authors: nickname, handle from the uniqueid link, check in the item', () => {
    const found = tiktokAdapter.scan(fixture('foryou'), makeContext('https://www.tiktok.com/foryou'));
    expect(found.map(brief)).toEqual([
      ['tiktok:cctvvideonews', 'CCTV Video News', 'organization', 'hook'],
      ['tiktok:pla_rocketforce_hq', 'PLA Rocket Force Command', 'none', 'hook'],
    ]);
  });
});
