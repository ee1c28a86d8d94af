const EXPLORE = 'e2e/fixtures/sites/xiaohongshu/explore.html';
const PROFILE = 'e2e/fixtures/sites/xiaohongshu/profile.html';
const NOTE = 'e2e/fixtures/sites/xiaohongshu/note.html';

/**
 * xiaohongshu.com (site-dom.md, Xiaohongshu table; utags 018-xiaohongshu.com.ts): readable
 * classes and `/user/profile/<24-hex id>` links. The badge type is only in
 * `window.__INITIAL_STATE__` (a JS literal with `undefined`): `user.userPageData.verifyInfo.redOfficialVerifyType`.
 * A note page's `note.noteDetailMap[<id>].note.user` is `{userId, nickname, avatar}` with no
 * verify field (xpzouying/xiaohongshu-mcp types.go; JoeanAmier/XHS-Downloader): it tells
 * nothing the header's link and name do not, so it is not read.
 */
export const xiaohongshuSelectors = {
  cardAuthor: {
    css: '.feeds-container section .author-wrapper a.author[href*="/user/profile/"] .name',
    expect: [{ fixture: EXPLORE, count: 2 }],
  },
  commentAuthor: {
    css: '.comment-item .author-wrapper .author a.name[href*="/user/profile/"]',
    expect: [
      { fixture: EXPLORE, count: 1 },
      { fixture: NOTE, count: 2 },
    ],
  },
  // The note's own author in the note's header: on /explore/<id>, /discovery/item/<id> and in
  // the .note-detail-mask modal over the feed (public scrapers and extensions:
  // `#noteContainer … .author-container .author-wrapper .info a.name > span.username`). The
  // element is the link, as for a comment's name, so that the badge goes after it, not into it.
  noteAuthor: {
    css: '#noteContainer .author-container .info a.name[href*="/user/profile/"]',
    expect: [
      { fixture: EXPLORE, count: 1 },
      { fixture: NOTE, count: 1 },
    ],
  },
  profileName: { css: '.user-info .user-name', expect: [{ fixture: PROFILE, count: 1 }] },
  initialState: {
    css: 'script:not([src])',
    expect: [
      { fixture: PROFILE, count: 1 },
      { fixture: EXPLORE, count: 1 },
      { fixture: NOTE, count: 1 },
    ],
  },
} as const;
