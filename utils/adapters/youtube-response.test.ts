// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_BIO } from './common';
import { scriptJson } from './embedded-json';
import { pageDataFromMessage } from './page-data';
import { PAGE_DATA_EVENT, PAGE_DATA_REQUEST_EVENT, type PageDataItem } from './page-data-protocol';
import { startPageDataReader } from './page-data-reader';
import { YOUTUBE_READER } from './page-data-site-readers';
import { collectPageData, loadDocument, readFixture } from './test-helpers';
import { youtubeAdapter } from './youtube';
import { pageDataOfChannelHeader } from './youtube-data';
import { isCurrentResponse } from './youtube-response';

// The MAIN-world reader after YouTube's in-app navigation: ytInitialData stays the first page's,
// the current page's response is ytd-app's `.data.response` and the last `yt-page-data-fetched`.

/** A watch page's response (the /next JSON, ytInitialData's shape) with one video owner. */
function watchResponse(videoId: string, owner: string, handle: string, verified: boolean) {
  const videoOwnerRenderer = {
    title: { runs: [{ text: owner, navigationEndpoint: { browseEndpoint: { canonicalBaseUrl: `/@${handle}` } } }] },
    badges: verified ? [{ metadataBadgeRenderer: { style: 'BADGE_STYLE_TYPE_VERIFIED' } }] : [],
  };
  const contents = [{ videoSecondaryInfoRenderer: { owner: { videoOwnerRenderer } } }];
  return { currentVideoEndpoint: { watchEndpoint: { videoId } }, contents: { twoColumnWatchNextResults: { contents } } };
}
const FIRST = watchResponse('fixture', 'CCTV Video News Agency', 'CCTVVideoNewsAgency', true);
const NEXT = watchResponse('next', 'Xinhua News Agency', 'XinhuaNewsAgency', true);

function page(url: string, fixture = 'e2e/fixtures/sites/youtube/watch.html', ytInitialData: unknown = FIRST) {
  const doc = loadDocument(readFixture(fixture));
  const win = { location: new URL(url), document: doc, ytInitialData, Element } as unknown as Window;
  return { doc, win, app: doc.querySelector('ytd-app') as unknown as { data?: unknown } };
}
const entries = (items: PageDataItem[], url = 'https://www.youtube.com/') =>
  pageDataFromMessage(JSON.stringify({ v: 1, url, items }), youtubeAdapter.pageData);
const verified = (items: PageDataItem[]) => entries(items).map(([key, data]) => [key, data.verification?.kind]);

describe('YouTube MAIN-world reader', () => {
  it('reads the page ytd-app holds after in-app navigation, and ytInitialData only while it is the page’s', () => {
    const next = page('https://www.youtube.com/watch?v=next');
    next.app.data = { response: NEXT };
    expect(verified(collectPageData(next.win))).toEqual([['youtube:@xinhuanewsagency', 'organization']]);
    // No ytd-app data: the first page's ytInitialData is not this page's.
    expect(collectPageData(page('https://www.youtube.com/watch?v=next').win)).toEqual([]);
    expect(verified(collectPageData(page('https://www.youtube.com/watch?v=fixture').win))).toEqual([
      ['youtube:@cctvvideonewsagency', 'organization'],
    ]);
  });

  it('answers with the page each yt-page-data-fetched brings, before or after the URL changes', () => {
    const { doc, win } = page('https://www.youtube.com/watch?v=fixture');
    const got: string[][] = [];
    doc.addEventListener(PAGE_DATA_EVENT, (e) => {
      const { items } = JSON.parse((e as CustomEvent).detail as string) as { items: PageDataItem[] };
      got.push(entries(items).map(([key]) => key));
    });
    const stop = startPageDataReader(win, YOUTUBE_READER);
    const fetched = (response: unknown) =>
      doc.dispatchEvent(new CustomEvent('yt-page-data-fetched', { detail: { pageData: { response } } }));
    fetched(NEXT);
    win.location.href = 'https://www.youtube.com/watch?v=next';
    doc.dispatchEvent(new CustomEvent(PAGE_DATA_REQUEST_EVENT, { detail: 'all' }));
    const third = watchResponse('third', 'NATO', 'NATO', true);
    win.location.href = 'https://www.youtube.com/watch?v=third';
    fetched(third);
    expect(got).toEqual([
      ['youtube:@cctvvideonewsagency'],
      // The data came before the URL: still the first page, until the isolated world asks.
      ['youtube:@cctvvideonewsagency'],
      ['youtube:@xinhuanewsagency'],
      ['youtube:@nato'],
    ]);
    stop();
  });

  it('sends a channel page’s header flattened, as its check is deeper than the copies keep', () => {
    const fixture = 'e2e/fixtures/sites/youtube/channel-verified.html';
    const json = scriptJson(loadDocument(readFixture(fixture)), 'var ytInitialData =');
    const { win } = page('https://www.youtube.com/@NATO', fixture, json);
    const items = collectPageData(win);
    expect(items.map((i) => (i.type === 'picked' ? i.name : i.type))).toEqual(['channelHeader']);
    const nato = {
      id: 'UCXb1Fix7ureVerified0001',
      handle: 'NATO',
      bio: 'The official YouTube channel of NATO.',
      verification: { kind: 'organization' },
    };
    expect(entries(items)).toEqual([
      ['youtube:@nato', nato],
      ['youtube:UCXb1Fix7ureVerified0001', nato],
    ]);
  });
});

describe('isCurrentResponse', () => {
  const channel = {
    metadata: { channelMetadataRenderer: { externalId: 'UC1', vanityChannelUrl: 'http://www.youtube.com/@N%C3%A9o' } },
  };
  it.each([
    [FIRST, 'https://www.youtube.com/watch?v=fixture&t=3', true],
    [FIRST, 'https://www.youtube.com/watch?v=next', false],
    [FIRST, 'https://www.youtube.com/@Néo', false],
    [FIRST, 'https://www.youtube.com/results?search_query=x', false],
    [channel, 'https://www.youtube.com/@n%C3%A9o/videos', true],
    [channel, 'https://www.youtube.com/channel/UC1', true],
    [channel, 'https://www.youtube.com/channel/UC2', false],
    [channel, 'https://www.youtube.com/@Other', false],
    [channel, 'https://www.youtube.com/watch?v=fixture', false],
    [{}, 'https://www.youtube.com/', true],
  ])('%#: %s', (response, url, current) => {
    expect(isCurrentResponse(response, new URL(url))).toBe(current);
  });
});

describe('channel header schema', () => {
  const header = { externalId: 'UC1', vanityChannelUrl: 'http://www.youtube.com/@a', headerTitle: 'a', imageNames: [] };
  it('bounds ids, names, the bio and the icons; needs a handle or an id', () => {
    const s = (n: number) => 'x'.repeat(n);
    expect(pageDataOfChannelHeader({ ...header, description: s(MAX_BIO), imageNames: Array(20).fill(s(80)) })).toHaveLength(2);
    expect(pageDataOfChannelHeader({ ...header, description: s(MAX_BIO + 1) })).toEqual([]);
    expect(pageDataOfChannelHeader({ ...header, imageNames: Array(21).fill('CHECK_CIRCLE_FILLED') })).toEqual([]);
    expect(pageDataOfChannelHeader({ ...header, imageNames: [s(81)] })).toEqual([]);
    expect(pageDataOfChannelHeader({ ...header, externalId: s(65) })).toEqual([]);
    expect(pageDataOfChannelHeader({ imageNames: [], vanityChannelUrl: 'http://www.youtube.com/c/a' })).toEqual([]);
    // No header title: an older layout, whose check is not read here.
    expect(pageDataOfChannelHeader({ externalId: 'UC1', imageNames: [] })).toEqual([['youtube:UC1', { id: 'UC1' }]]);
  });
});
