// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_CONTEXT, MAX_NAME } from './common';
import { readEmbeddedPageData } from './page-data';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';
import { kindOfRedOfficial, xiaohongshuAdapter } from './xiaohongshu';

const IMP = '65a1b2c3d4e5f6a7b8c9d0e1';
const NOTE = 'e2e/fixtures/sites/xiaohongshu/note.html';
const NOTE_ID = '6710a1b2000000001a02c3d4';
const AUTHOR = '6612f0e1d2c3b4a5968778a9';
const CAT = '5b3c4d5e6f708192a3b4c5d6';

describe('xiaohongshu', () => {
  it('reads feed cards, the note open as a modal over them (its author) and its comment authors', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/xiaohongshu/explore.html'));
    const found = xiaohongshuAdapter.scan(doc, makeContext('https://www.xiaohongshu.com/explore'));
    // No badge type in the DOM: cards, the note's header and comments show none.
    expect(found.map(brief)).toEqual([
      [`xiaohongshu:${IMP}`, '人民日報', 'unknown', 'class'],
      ['xiaohongshu:5a0b1c2d3e4f5a6b7c8d9e0f', '人民日报', 'unknown', 'class'],
      [`xiaohongshu:${IMP}`, '人民日報', 'unknown', 'class'],
      ['xiaohongshu:60f1e2d3c4b5a69788796a5b', '人民日报客服', 'unknown', 'class'],
    ]);
    expect(found.map((a) => a.context)).toEqual([
      '重要通知：官方福利领取方式',
      '今日要闻',
      '重要通知：官方福利领取方式 关注后私信领取，名额有限。',
      '私信领取福利。',
    ]);
    expect(found[2]?.element).toBe(doc.querySelector('.note-detail-mask .author-container a.name'));
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

  it('reads the note page’s author from its header, with the note’s title and text', () => {
    const doc = loadDocument(readFixture(NOTE));
    for (const url of [
      `https://www.xiaohongshu.com/explore/${NOTE_ID}`,
      `https://www.xiaohongshu.com/discovery/item/${NOTE_ID}`,
    ]) {
      expect(xiaohongshuAdapter.expectsAccounts(new URL(url))).toBe(true);
      const found = xiaohongshuAdapter.scan(doc, makeContext(url));
      // The author's own reply (span.tag 作者 beside its link) is the same account, same name.
      expect(found.map(brief)).toEqual([
        [`xiaohongshu:${AUTHOR}`, '股票老师带你稳赚', 'unknown', 'class'],
        [`xiaohongshu:${CAT}`, '爱吃草莓的猫', 'unknown', 'class'],
        [`xiaohongshu:${AUTHOR}`, '股票老师带你稳赚', 'unknown', 'class'],
      ]);
      expect(found[0]).toMatchObject({ id: AUTHOR, profileUrl: `https://www.xiaohongshu.com/user/profile/${AUTHOR}` });
      // The badge goes after the name link (as for comments), not after the avatar's link.
      expect(found[0]?.element).toBe(doc.querySelector('#noteContainer .author-container a.name'));
      expect(found.map((a) => a.context)).toEqual([
        '三天翻倍的牛股，跟着老师买 每天免费分享内部消息，想进群的私信我～#股票',
        '真的假的？上次跟别人买亏了不少',
        '私信我，带你稳赚不赔',
      ]);
    }
    // noteDetailMap's user has no verify field: nothing is read from the page's data here.
    expect(
      readEmbeddedPageData(doc, new URL(`https://www.xiaohongshu.com/explore/${NOTE_ID}`), xiaohongshuAdapter.pageData),
    ).toEqual([]);
  });

  it('finds the note’s author when its name link is the part added (rendered after the rest)', () => {
    const doc = loadDocument(readFixture(NOTE));
    const ctx = makeContext(`https://www.xiaohongshu.com/explore/${NOTE_ID}`);
    // The link itself as the root: happy-dom scopes a subtree's querySelectorAll to the subtree
    // (browsers match ancestors too), so a larger added part is left to the e2e.
    const found = xiaohongshuAdapter.scan(doc.querySelector('.author-container a.name')!, ctx);
    expect(found.map(brief)).toEqual([[`xiaohongshu:${AUTHOR}`, '股票老师带你稳赚', 'unknown', 'class']]);
    expect(found[0]?.context).toBe('三天翻倍的牛股，跟着老师买 每天免费分享内部消息，想进群的私信我～#股票');
  });

  it('reads the header’s name as text only, capped, whatever the page puts in it', () => {
    const doc = loadDocument(readFixture(NOTE));
    const name = doc.querySelector('#noteContainer .author-container a.name .username')!;
    name.innerHTML = `<img src="data:," alt="📈"><script>1</script>${'稳'.repeat(5000)}`;
    doc.querySelector('#detail-desc')!.textContent = '赚'.repeat(5000);
    const [author] = xiaohongshuAdapter.scan(doc, makeContext(`https://www.xiaohongshu.com/explore/${NOTE_ID}`));
    expect(author?.displayName).toBe(`📈${'稳'.repeat(MAX_NAME - 2)}`);
    expect(author?.context?.length).toBe(MAX_CONTEXT);
  });

  it('maps redOfficialVerifyType', () => {
    expect([0, 1, 2, 7, undefined].map(kindOfRedOfficial)).toEqual(['none', 'personal', 'organization', 'unknown', 'none']);
  });
});
