const VIDEO = 'e2e/fixtures/sites/douyin/video.html';
const VIDEO_VERIFIED = 'e2e/fixtures/sites/douyin/video-verified.html';
const PROFILE = 'e2e/fixtures/sites/douyin/profile.html';
const PROFILE_PLAIN = 'e2e/fixtures/sites/douyin/profile-unverified.html';
const FEED = 'e2e/fixtures/sites/douyin/feed.html';

/**
 * douyin.com (site-dom.md, Douyin table; public scripts quoted below): `data-e2e` hooks for
 * the video author, comments and profile, and `[data-e2e="badge-role-name"]`, the reason text
 * Douyin shows beside a verified name. The badge type is only in `<script id="RENDER_DATA">`
 * (URL-encoded JSON): an author's `enterpriseVerifyReason` or `customVerify`.
 */
export const douyinSelectors = {
  /**
   * The title is not always inside the `/user/` link: one public test has it beside an empty
   * link (stored-file id 53788990376), most scripts query it under user-info alone.
   */
  videoAuthor: {
    css: '[data-e2e="user-info"] [data-click-from="title"]',
    expect: [
      { fixture: VIDEO, count: 1 },
      { fixture: VIDEO_VERIFIED, count: 1 },
      { fixture: PROFILE, count: 0 },
    ],
  },
  /** utags 021-douyin.com.ts's conditionNodesSelectors; replies are nested comment-items. */
  commentAuthor: {
    css: '[data-e2e="comment-item"] .comment-item-info-wrap a[href*="/user/"]',
    expect: [
      { fixture: VIDEO, count: 5 },
      { fixture: VIDEO_VERIFIED, count: 0 },
    ],
  },
  /**
   * The feed player's author, text "@昵称" (www.douyin.com/, /discover, `?modal_id=` over any page;
   * stored-file ids 17126853609, 53189101843, 17845328517), in every rendered slide: the preloaded
   * ones carry `data-e2e-vid` too, and swiping only moves `data-e2e="feed-active-video"` between
   * them (ids 63089018820, 62247665391, 46303820208; douyin.ts, scan).
   */
  feedAuthor: {
    css: '[data-e2e-vid] [data-e2e="feed-video-nickname"]',
    expect: [
      { fixture: FEED, count: 3 },
      { fixture: VIDEO, count: 0 },
      { fixture: PROFILE, count: 0 },
    ],
  },
  /** The slide's avatar link, its author's: for a name that is not inside a `/user/` link (ids 53189101843, 55181327621). */
  feedAvatar: {
    css: 'a[data-e2e="video-avatar"][href*="/user/"]',
    expect: [
      { fixture: FEED, count: 3 },
      { fixture: VIDEO, count: 0 },
    ],
  },
  /** The video's description: the record's context (ids 17034682433, 71088045204). */
  feedDesc: {
    css: '[data-e2e="video-desc"]',
    expect: [
      { fixture: FEED, count: 3 },
      { fixture: VIDEO, count: 0 },
    ],
  },
  profileName: {
    css: '[data-e2e="user-detail"] h1',
    expect: [
      { fixture: PROFILE, count: 1 },
      { fixture: PROFILE_PLAIN, count: 1 },
      { fixture: VIDEO, count: 0 },
    ],
  },
  /** Probed on a live profile on 2026-04-18 (stored-file id 62974929020); read on video pages by id 70102178433. */
  badge: {
    css: '[data-e2e="badge-role-name"]',
    expect: [
      { fixture: PROFILE, count: 1 },
      { fixture: PROFILE_PLAIN, count: 0 },
      { fixture: VIDEO, count: 0 },
      { fixture: VIDEO_VERIFIED, count: 1 },
    ],
  },
  /** The bio follows the 抖音号 line (stored-file id 70138850943, "实测有效"); `user-signature` is gone. */
  profileBio: {
    css: '[data-e2e="user-info"] p + div',
    expect: [
      { fixture: PROFILE, count: 1 },
      { fixture: PROFILE_PLAIN, count: 1 },
      { fixture: VIDEO, count: 0 },
      { fixture: VIDEO_VERIFIED, count: 0 },
    ],
  },
  renderData: {
    css: 'script#RENDER_DATA[type="application/json"]',
    expect: [
      { fixture: VIDEO, count: 1 },
      { fixture: VIDEO_VERIFIED, count: 1 },
      { fixture: PROFILE, count: 1 },
      { fixture: PROFILE_PLAIN, count: 1 },
      { fixture: FEED, count: 1 },
    ],
  },
} as const;
