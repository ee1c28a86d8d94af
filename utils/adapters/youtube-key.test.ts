// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scriptJson } from './embedded-json';
import { pageDataFromMessage, startPageDataReceiver } from './page-data';
import { PAGE_DATA_EVENT } from './page-data-protocol';
import { collectPageData, loadDocument, makeContext, readFixture } from './test-helpers';
import type { PageAccountData, ScanContext } from './types';
import { youtubeAdapter } from './youtube';

// One key per channel: its UC… id when a link, the page's path or the page data (its @handle's
// entry) gives it, else its lower-cased @handle. Before, a /@handle and a /channel/UC… of one
// channel were two keys: two records, two verdicts, two entries in the popup.

const WATCH = 'e2e/fixtures/sites/youtube/watch.html';
const CHANNEL_VERIFIED = 'e2e/fixtures/sites/youtube/channel-verified.html';
const WATCH_URL = 'https://www.youtube.com/watch?v=fixture';
const OWNER_ID = 'UCtUQhOvI2ZTWzg6QOQG0Wdg';

/** The MAIN-world reader's message for `doc` at `url` (the page's script set ytInitialData). */
function readerMessage(doc: Document, url: string): string {
  const ytInitialData = scriptJson(doc, 'var ytInitialData =');
  const items = collectPageData({ location: new URL(url), document: doc, ytInitialData } as unknown as Window);
  return JSON.stringify({ v: 1, url, items });
}
const dataOf = (doc: Document, url: string) => pageDataFromMessage(readerMessage(doc, url), youtubeAdapter.pageData);
const keys = (doc: Document, ctx: ScanContext) => youtubeAdapter.scan(doc, ctx).map((a) => [a.key, a.displayName]);

describe('one key per YouTube channel', () => {
  it('the watch owner (/@handle), its comment linked by /channel/UC… and its reply under the pill share the id', () => {
    const doc = loadDocument(readFixture(WATCH));
    const link = doc.querySelector('ytd-comment-thread-renderer #author-text')!;
    link.setAttribute('href', `/channel/${OWNER_ID}`);
    link.firstElementChild!.textContent = 'CCTV Video News Agency';
    // Without the page data, only the link by id names the id: the owner's handle is its key.
    expect(keys(doc, makeContext(WATCH_URL)).slice(0, 2)).toEqual([
      ['youtube:@cctvvideonewsagency', 'CCTV Video News Agency'],
      [`youtube:${OWNER_ID}`, 'CCTV Video News Agency'],
    ]);
    expect(keys(doc, makeContext(WATCH_URL, dataOf(doc, WATCH_URL)))).toEqual([
      [`youtube:${OWNER_ID}`, 'CCTV Video News Agency'],
      [`youtube:${OWNER_ID}`, 'CCTV Video News Agency'],
      ['youtube:@ministryofdefensenews', '@MinistryOfDefenseNews'],
      [`youtube:${OWNER_ID}`, '@CCTVVideoNewsAgency'],
      // Only a handle known: the lower-cased handle.
      ['youtube:@dwnews', '@dwnews'],
    ]);
  });

  it('re-keys a handle read before its data: the update names the handle’s key, so the scanner rescans it', () => {
    const doc = loadDocument(readFixture(WATCH));
    const first = youtubeAdapter.scan(doc, makeContext(WATCH_URL)).map((a) => a.key);
    const target = new Map<string, PageAccountData>();
    const updated: string[] = [];
    const receiver = startPageDataReceiver(doc, youtubeAdapter.pageData, target, (k) => updated.push(...k));
    doc.dispatchEvent(new CustomEvent(PAGE_DATA_EVENT, { detail: readerMessage(doc, WATCH_URL) }));
    receiver.stop();
    // scanner.ts on an update: forgets the named keys' records (verdict and popup entry with
    // them), un-sees their elements and rescans. The owner's handle key is named, so its two
    // elements (name and pill) come back under the id; the others keep their keys.
    expect(first.filter((key) => updated.includes(key))).toEqual([
      'youtube:@cctvvideonewsagency',
      'youtube:@cctvvideonewsagency',
    ]);
    const again = youtubeAdapter.scan(doc, { ...makeContext(WATCH_URL), pageData: target }).map((a) => a.key);
    expect(again).toEqual(first.map((key) => (updated.includes(key) ? `youtube:${OWNER_ID}` : key)));
  });

  it('a channel page has one key at /@handle (once its data is in) and at /channel/UC…', () => {
    const doc = loadDocument(readFixture(CHANNEL_VERIFIED));
    const at = (url: string) => keys(doc, makeContext(url, dataOf(doc, url)));
    expect(at('https://www.youtube.com/@NATO/videos')).toEqual([['youtube:UCXb1Fix7ureVerified0001', 'NATO']]);
    expect(at('https://www.youtube.com/channel/UCXb1Fix7ureVerified0001')).toEqual([
      ['youtube:UCXb1Fix7ureVerified0001', 'NATO'],
    ]);
  });

  it('takes only a UC… id from a handle’s data', () => {
    const doc = loadDocument(readFixture(WATCH));
    const data: [string, PageAccountData][] = [['youtube:@dwnews', { id: 'FEwhat_to_watch', handle: 'dwnews' }]];
    expect(keys(doc, makeContext(WATCH_URL, data)).at(-1)).toEqual(['youtube:@dwnews', '@dwnews']);
  });
});
