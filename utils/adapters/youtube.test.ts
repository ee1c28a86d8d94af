// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scriptJson } from './embedded-json';
import { pageDataFromMessage } from './page-data';
import {
  brief,
  collectPageData,
  loadDocument,
  makeContext,
  REAL_AVAILABLE,
  REAL_MISSING_REASON,
  readFixture,
} from './test-helpers';
import { youtubeAdapter } from './youtube';
import { kindOfBadgeStyles, kindOfHeaderImages } from './youtube-data';

const WATCH = 'e2e/fixtures/sites/youtube/watch.html';
const CHANNEL = 'e2e/fixtures/sites/youtube/channel.html';
const CHANNEL_VERIFIED = 'e2e/fixtures/sites/youtube/channel-verified.html';
const WATCH_URL = 'https://www.youtube.com/watch?v=fixture';
const read = (fixture: string) => loadDocument(readFixture(fixture));

/** What the MAIN-world reader sends from `doc` at `url`, mapped: the page's script set ytInitialData. */
function pageData(doc: Document, url: string) {
  const ytInitialData = scriptJson(doc, 'var ytInitialData =');
  const items = collectPageData({ location: new URL(url), document: doc, ytInitialData } as unknown as Window);
  return pageDataFromMessage(JSON.stringify({ v: 1, url, items }), youtubeAdapter.pageData);
}

describe('youtube watch page', () => {
  it('reads the owner with its verified badge and the comment authors; the owner’s reply by its name pill', () => {
    const found = youtubeAdapter.scan(read(WATCH), makeContext(WATCH_URL));
    expect(found.map(brief)).toEqual([
      ['youtube:@cctvvideonewsagency', 'CCTV Video News Agency', 'organization', 'hook'],
      ['youtube:@cctv-official-news', '@CCTV-Official-News', 'none', 'hook'],
      ['youtube:@ministryofdefensenews', '@MinistryOfDefenseNews', 'none', 'hook'],
      // The pill is the owner's: the owner's check, not a check of its own.
      ['youtube:@cctvvideonewsagency', '@CCTVVideoNewsAgency', 'organization', 'hook'],
      // Another commenter's badge (verified or artist, the DOM does not say which): unknown, not none.
      ['youtube:@dwnews', '@dwnews', 'unknown', 'hook'],
    ]);
    expect(found[4]?.context).toBe('Our report on this, from the ground.');
    expect(found[1]).toMatchObject({
      profileUrl: 'https://www.youtube.com/@CCTV-Official-News',
      context: 'Official CCTV channel giveaway, send a message to claim.',
    });
    // The visible name, not the [hidden] #author-text beside the pill.
    expect(found[3]?.element.id).toBe('name');
    expect(found[3]?.context).toBe('Thanks for watching.');
  });

  it('does not take the owner’s name pill for a check: an unverified owner’s reply shows none', () => {
    const doc = read(WATCH);
    doc.querySelector('ytd-video-owner-renderer ytd-badge-supported-renderer')!.remove();
    const found = youtubeAdapter.scan(doc, makeContext(WATCH_URL));
    expect(found.map(brief).map(([key, , kind]) => [key, kind])).toEqual([
      ['youtube:@cctvvideonewsagency', 'none'],
      ['youtube:@cctv-official-news', 'none'],
      ['youtube:@ministryofdefensenews', 'none'],
      ['youtube:@cctvvideonewsagency', 'none'],
      ['youtube:@dwnews', 'unknown'],
    ]);
  });

  it('reads the owner from ytInitialData and prefers it', () => {
    const doc = read(WATCH);
    const data = pageData(doc, WATCH_URL);
    const owner = {
      id: 'UCtUQhOvI2ZTWzg6QOQG0Wdg',
      handle: 'CCTVVideoNewsAgency',
      displayName: 'CCTV Video News Agency',
      verification: { kind: 'organization', label: 'Verified' },
    };
    // Under the channel's id too: a /channel/UC… link names it by that alone.
    expect(data).toEqual([
      ['youtube:@cctvvideonewsagency', owner],
      ['youtube:UCtUQhOvI2ZTWzg6QOQG0Wdg', owner],
    ]);
    expect(youtubeAdapter.scan(doc, makeContext(WATCH_URL, data))[0]).toMatchObject({
      key: 'youtube:UCtUQhOvI2ZTWzg6QOQG0Wdg',
      layer: 'data',
      id: 'UCtUQhOvI2ZTWzg6QOQG0Wdg',
      verification: { kind: 'organization', source: 'data' },
    });
  });

  it('leaves ytInitialData alone once the page navigated in place to another video or a channel', () => {
    const doc = read(WATCH);
    for (const url of ['https://www.youtube.com/watch?v=other', 'https://www.youtube.com/@NATO', 'https://www.youtube.com/']) {
      expect(pageData(doc, url), url).toEqual([]);
    }
  });
});

describe('youtube channel page', () => {
  it('reads the 2025 header; no check means none, whatever emoji and favicons the header holds', () => {
    const doc = read(CHANNEL);
    const url = 'https://www.youtube.com/@StrategicMissileForce';
    expect(youtubeAdapter.scan(doc, makeContext(url)).map(brief)).toEqual([
      ['youtube:@strategicmissileforce', 'Strategic Missile Force', 'none', 'hook'],
    ]);
    const data = pageData(doc, url);
    const channel = {
      id: 'UCs7mF0rcef1xture0000001',
      handle: 'StrategicMissileForce',
      bio: 'Official channel of the Strategic Missile Force command. 🚀',
      verification: { kind: 'none' },
    };
    expect(data).toEqual([
      ['youtube:@strategicmissileforce', channel],
      ['youtube:UCs7mF0rcef1xture0000001', channel],
    ]);
    expect(youtubeAdapter.scan(doc, makeContext(url, data))[0]).toMatchObject({ layer: 'data', bio: data[0]![1].bio });
  });

  it('reads a check in the title as a check of unknown kind, and the header data as verified', () => {
    const doc = read(CHANNEL_VERIFIED);
    const url = 'https://www.youtube.com/@NATO/videos';
    expect(youtubeAdapter.scan(doc, makeContext(url)).map(brief)).toEqual([['youtube:@nato', 'NATO', 'unknown', 'hook']]);
    const data = pageData(doc, url);
    expect(data.map(([key, d]) => [key, d.verification, d.id])).toEqual([
      ['youtube:@nato', { kind: 'organization' }, 'UCXb1Fix7ureVerified0001'],
      ['youtube:UCXb1Fix7ureVerified0001', { kind: 'organization' }, 'UCXb1Fix7ureVerified0001'],
    ]);
    // The header data maps the handle to the channel's id, which is then its key.
    expect(youtubeAdapter.scan(doc, makeContext(url, data)).map(brief)).toEqual([
      ['youtube:UCXb1Fix7ureVerified0001', 'NATO', 'organization', 'data'],
    ]);
  });

  it('the same channel at /channel/UC…, keyed by its id there, gets the header data too', () => {
    const doc = read(CHANNEL_VERIFIED);
    const url = 'https://www.youtube.com/channel/UCXb1Fix7ureVerified0001';
    const data = pageData(doc, url);
    expect(youtubeAdapter.scan(doc, makeContext(url, data)).map(brief)).toEqual([
      ['youtube:UCXb1Fix7ureVerified0001', 'NATO', 'organization', 'data'],
    ]);
  });

  it('maps badge styles and header icons alike', () => {
    expect(kindOfBadgeStyles(['BADGE_STYLE_TYPE_VERIFIED_ARTIST'])).toBe('personal');
    expect(kindOfBadgeStyles([])).toBe('none');
    expect(kindOfHeaderImages(['CHECK_CIRCLE_FILLED'])).toBe('organization');
    expect(kindOfHeaderImages(['CHECK_CIRCLE_FILLED', 'MUSIC_FILLED'])).toBe('personal');
    expect(kindOfHeaderImages(['AUDIO_BADGE'])).toBe('personal');
    expect(kindOfHeaderImages(['CHECK_CIRCLE_THICK'])).toBe('none');
  });
});

describe.runIf(REAL_AVAILABLE)('real YouTube watch page (youtube-transcript-api)', () => {
  it('reads the owner Dave2D as verified from ytInitialData (server HTML, no Polymer DOM)', () => {
    const doc = read('real:youtube/youtube.html.static.gz');
    const data = pageData(doc, 'https://www.youtube.com/watch?v=GJLlxj_dtq8');
    expect(new Map(data).get('youtube:@dave2d')).toEqual({
      id: 'UCVYamHliCI9rw1tHR1xbkfw',
      handle: 'Dave2D',
      displayName: 'Dave2D',
      verification: { kind: 'organization', label: 'Verified' },
    });
    expect(youtubeAdapter.scan(doc, makeContext('https://www.youtube.com/watch?v=x'))).toEqual([]);
  });
});
if (!REAL_AVAILABLE) {
  console.warn(`youtube real-fixture test skipped: ${REAL_MISSING_REASON}`);
  it.skip(`real YouTube watch page (${REAL_MISSING_REASON})`, () => {});
}
