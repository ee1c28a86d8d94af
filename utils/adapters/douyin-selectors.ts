const VIDEO = 'e2e/fixtures/sites/douyin/video.html';
const PROFILE = 'e2e/fixtures/sites/douyin/profile.html';
const PROFILE_PLAIN = 'e2e/fixtures/sites/douyin/profile-unverified.html';

/**
 * douyin.com (site-dom.md, Douyin table; public scripts quoted below): `data-e2e` hooks for
 * the video author, comments and profile, and `[data-e2e="badge-role-name"]`, the reason text
 * Douyin shows beside a verified name. The badge type is only in `<script id="RENDER_DATA">`
 * (URL-encoded JSON): an author's `enterpriseVerifyReason` or `customVerify`.
 */
export const douyinSelectors = {
  videoAuthor: {
    css: '[data-e2e="user-info"] a[href*="/user/"] [data-click-from="title"], [data-e2e="user-info"] a[href*="/user/"][data-click-from="title"]',
    expect: [
      { fixture: VIDEO, count: 1 },
      { fixture: PROFILE, count: 0 },
    ],
  },
  commentAuthor: {
    css: '[data-e2e="comment-item"] .comment-item-info-wrap a[href*="/user/"]',
    expect: [{ fixture: VIDEO, count: 3 }],
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
    ],
  },
  /** The bio follows the 抖音号 line (stored-file id 70138850943, "实测有效"); `user-signature` is gone. */
  profileBio: {
    css: '[data-e2e="user-info"] p + div',
    expect: [
      { fixture: PROFILE, count: 1 },
      { fixture: PROFILE_PLAIN, count: 1 },
      { fixture: VIDEO, count: 0 },
    ],
  },
  renderData: {
    css: 'script#RENDER_DATA[type="application/json"]',
    expect: [
      { fixture: VIDEO, count: 1 },
      { fixture: PROFILE, count: 1 },
      { fixture: PROFILE_PLAIN, count: 1 },
    ],
  },
} as const;
