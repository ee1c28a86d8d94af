// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEmbeddedPageData } from './page-data';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';
import { kindOfRedOfficial, xiaohongshuAdapter } from './xiaohongshu';

const IMP = '65a1b2c3d4e5f6a7b8c9d0e1';

describe('xiaohongshu', () => {
  it('reads feed cards and comment authors; their badge type is not in the DOM', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/xiaohongshu/explore.html'));
    const found = xiaohongshuAdapter.scan(doc, makeContext('https://www.xiaohongshu.com/explore'));
    expect(found.map(brief)).toEqual([
      [`xiaohongshu:${IMP}`, '人民日報', 'unknown', 'class'],
      ['xiaohongshu:5a0b1c2d3e4f5a6b7c8d9e0f', '人民日报', 'unknown', 'class'],
      ['xiaohongshu:60f1e2d3c4b5a69788796a5b', '人民日报客服', 'unknown', 'class'],
    ]);
    expect(found[0]?.context).toBe('重要通知：官方福利领取方式');
    expect(found[2]?.context).toBe('私信领取福利。');
    // userPageData is `undefined` on the explore page: the tolerant parser reads it as null, no entry.
    expect(readEmbeddedPageData(doc, new URL('https://www.xiaohongshu.com/explore'), xiaohongshuAdapter.pageData)).toEqual([]);
  });

  it('parses __INITIAL_STATE__ (a JS literal with undefined) for the profile’s verify type', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/xiaohongshu/profile.html'));
    const url = new URL(`https://www.xiaohongshu.com/user/profile/${IMP}`);
    const data = readEmbeddedPageData(doc, url, xiaohongshuAdapter.pageData);
    expect(data).toEqual([
      [
        `xiaohongshu:${IMP}`,
        {
          id: IMP,
          handle: 'rmrb_official2',
          displayName: '人民日報',
          verification: { kind: 'none' },
          bio: '人民日报官方账号，福利每日发放',
        },
      ],
    ]);
    const found = xiaohongshuAdapter.scan(doc, makeContext(url.href, data));
    expect(found.map(brief)).toEqual([[`xiaohongshu:${IMP}`, '人民日報', 'none', 'data']]);
    expect(found[0]).toMatchObject({ handle: 'rmrb_official2', bio: '人民日报官方账号，福利每日发放' });
  });

  it('after an in-page navigation, keeps the first profile’s data to that profile and off the next', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/xiaohongshu/profile.html'));
    const OTHER = '5a0b1c2d3e4f5a6b7c8d9e0f';
    const next = new URL(`https://www.xiaohongshu.com/user/profile/${OTHER}`);
    // The document was loaded for IMP; the address now names OTHER, the script still IMP's data.
    const loadedAt = `https://www.xiaohongshu.com/user/profile/${IMP}`;
    const performance = doc.defaultView!.performance as { getEntriesByType: (type: string) => unknown[] };
    performance.getEntriesByType = (type) => (type === 'navigation' ? [{ name: loadedAt }] : []);
    const data = readEmbeddedPageData(doc, next, xiaohongshuAdapter.pageData);
    expect(data.map(([key]) => key)).toEqual([`xiaohongshu:${IMP}`]);
    // Data read at the new address before the page's store changed (the MAIN-world reader's
    // case): another nickname, so not this profile's.
    const stale = data.map(([, d]) => [`xiaohongshu:${OTHER}`, d] as [string, (typeof data)[number][1]]);
    doc.querySelector('.user-name')!.textContent = '人民日报';
    const found = xiaohongshuAdapter.scan(doc, makeContext(next.href, stale));
    expect(found.map(brief)).toEqual([[`xiaohongshu:${OTHER}`, '人民日报', 'unknown', 'class']]);
    expect(found[0]?.handle).toBeUndefined();
  });

  it('maps redOfficialVerifyType', () => {
    expect([0, 1, 2, 7, undefined].map(kindOfRedOfficial)).toEqual(['none', 'personal', 'organization', 'unknown', 'none']);
  });
});
