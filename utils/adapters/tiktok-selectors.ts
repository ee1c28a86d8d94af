const PROFILE = 'e2e/fixtures/sites/tiktok/profile.html';
const VIDEO = 'e2e/fixtures/sites/tiktok/video.html';
const FORYOU = 'e2e/fixtures/sites/tiktok/foryou.html';

/**
 * tiktok.com (site-dom.md, TikTok table; public scripts quoted below): `data-e2e` hooks.
 * Where a handle and a nickname both show, the name element is the nickname and the handle comes
 * from the `/@` link or the handle hook beside it.
 */
export const tiktokSelectors = {
  /** user-subtitle is the nickname, user-title the handle (PreMiD/Activities websites/T/TikTok/presence.ts). */
  profileNickname: {
    css: 'h2[data-e2e="user-subtitle"], h1[data-e2e="user-subtitle"]',
    expect: [
      { fixture: PROFILE, count: 1 },
      { fixture: VIDEO, count: 0 },
    ],
  },
  profileHandle: { css: '[data-e2e="user-title"]', expect: [{ fixture: PROFILE, count: 1 }] },
  /**
   * Video page: `browse-username` is the handle ("Userid (so @userid)") and the nickname is the
   * first child of `browser-nickname`, whose others are " · " and the date (PreMiD presence.ts;
   * public scrapers split its text on "·").
   */
  videoAuthor: { css: '[data-e2e="browser-nickname"] > :first-child', expect: [{ fixture: VIDEO, count: 1 }] },
  videoHandle: { css: '[data-e2e="browse-username"]', expect: [{ fixture: VIDEO, count: 1 }] },
  /** For You feed: h3 uniqueid (its parent is the /@ link) and the nickname beside it (PreMiD presence.ts). */
  feedAuthor: {
    css: '[data-e2e="video-author-nickname"]',
    expect: [
      { fixture: FORYOU, count: 2 },
      { fixture: VIDEO, count: 0 },
    ],
  },
  feedHandle: { css: '[data-e2e="video-author-uniqueid"]', expect: [{ fixture: FORYOU, count: 2 }] },
  /** `div[data-e2e="comment-username-1|2"] > a > p` (2025–26 comment crawlers); an older layout had a span. */
  commentAuthor: { css: '[data-e2e^="comment-username"]', expect: [{ fixture: VIDEO, count: 3 }] },
  commentText: { css: '[data-e2e^="comment-level-"]', expect: [{ fixture: VIDEO, count: 3 }] },
  /**
   * The check: a styled-components svg (`css-<hash>-StyledVerifyBadge`, or in 2026 builds
   * `tiktok-<hash>-<build>--Name`), matched by infix without "Styled" in case it goes; utags
   * 014-tiktok.com.ts lists `browse-bluev` as media inside the author link.
   */
  verifyBadge: {
    css: 'svg[class*="VerifyBadge"], [data-e2e="browse-bluev"]',
    expect: [
      { fixture: PROFILE, count: 0 },
      { fixture: VIDEO, count: 2 },
      { fixture: FORYOU, count: 1 },
    ],
  },
  universalData: {
    css: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
    expect: [
      { fixture: PROFILE, count: 1 },
      { fixture: VIDEO, count: 1 },
    ],
  },
} as const;
