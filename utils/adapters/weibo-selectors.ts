const FEED = 'e2e/fixtures/sites/weibo/feed.html';
const SEARCH = 'e2e/fixtures/sites/weibo/search.html';
const PROFILE = 'e2e/fixtures/sites/weibo/profile.html';
const PROFILE_GOV = 'e2e/fixtures/sites/weibo/profile-government.html';

/**
 * weibo.com (new Vue UI) and s.weibo.com. Names carry hashed CSS-module classes, matched by
 * infix only (site-dom.md: `head_name_24eEB` before 2025, `_name_1b05f_122`/`_link_1b05f_126` in
 * the Vite build); the uid comes from `usercard` or the `/u/<uid>` link.
 */
export const weiboSelectors = {
  /** Feed/detail author, pre-2025 build: `a.ALink_default_… head_cut_… head_name_24eEB[usercard]`. */
  feedNameOld: { css: 'a[class*="head_name"]', expect: [{ fixture: FEED, count: 3 }] },
  /** Feed author in the 2025 Vite build: `._nick_1b05f_25 > a._link_1b05f_126[href="/u/…"]`. */
  feedNameNew: { css: '[class*="_nick_"] > a[class*="_link_"][href*="/u/"]', expect: [{ fixture: FEED, count: 2 }] },
  /**
   * Comment and reply author: first `/u/` link of a `.text` (mentions link to `/n/<name>`); replies
   * are `.item1 > .list2 > .item2 > .con2 > .text > a[usercard]` (greasyfork 529568, wb-agent).
   */
  commentName: { css: '.wbpro-list .text > a[href*="/u/"]:first-child', expect: [{ fixture: FEED, count: 6 }] },
  /**
   * A V as a `span` beside a comment's name (wb-crawler). Its class is a guess: woo-bundle's
   * `woo-icon--<symbol>` (`--vip` is membership) or yyawf's `woo-icon-skinSpe`.
   */
  commentBadge: { css: '.text > [class*="woo-icon-"]:not(.woo-icon--vip)', expect: [{ fixture: FEED, count: 2 }] },
  /** The verification V on an avatar; its title and svg class say the colour (site-dom.md). */
  avatarBadge: {
    css: '.woo-avatar-icon',
    expect: [
      { fixture: FEED, count: 5 },
      { fixture: SEARCH, count: 2 },
      { fixture: PROFILE, count: 0 },
      { fixture: PROFILE_GOV, count: 1 },
    ],
  },
  /**
   * Profile header name (utags weibo.ts: `[class^="ProfileHeader_name_"]`), the webpack-era class.
   * In the Vite build it is INFERRED (yyawf's CSS-module keys) to be `_name_<hash>` in `_box1_`.
   */
  profileName: {
    css: '[class*="ProfileHeader_name_"]',
    expect: [
      { fixture: PROFILE, count: 1 },
      { fixture: PROFILE_GOV, count: 1 },
    ],
  },
  /** s.weibo.com result card: stable `action-type`/`nick-name` attributes the page's own JS uses. */
  /** Also a repost's original author (the scanner leaves that one out). */
  searchName: { css: 'div[action-type="feed_list_item"] a.name[nick-name]', expect: [{ fixture: SEARCH, count: 5 }] },
} as const;
