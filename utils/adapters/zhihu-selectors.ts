const ANSWERS = 'e2e/fixtures/sites/zhihu/question.html';
const ORG = 'e2e/fixtures/sites/zhihu/org-profile.html';

/**
 * zhihu.com (site-dom.md, Zhihu table): answer authors carry schema.org microdata
 * (`.AuthorInfo meta[itemprop=name|url]`), the certified badge is `svg.Zi--BadgeCert`, and
 * `script#js-initialData` holds the authors with their badge lists (zhihu-data.ts).
 * Comments carry only hashed Emotion classes (`css-1tww9qq` …, liuyubing233/zhihu-custom
 * src/components/listen-comment.ts): the selectors below use the few stable hooks of its markup.
 */
export const zhihuSelectors = {
  authorName: {
    css: '.AuthorInfo .AuthorInfo-name .UserLink-link',
    expect: [
      { fixture: ANSWERS, count: 3 },
      { fixture: ORG, count: 0 },
    ],
  },
  authorMicrodata: { css: '.AuthorInfo meta[itemprop="url"]', expect: [{ fixture: ANSWERS, count: 3 }] },
  certBadge: {
    css: 'svg.Zi--BadgeCert',
    expect: [
      { fixture: ANSWERS, count: 2 },
      { fixture: ORG, count: 1 },
    ],
  },
  profileName: { css: '.ProfileHeader-title .ProfileHeader-name', expect: [{ fixture: ORG, count: 1 }] },
  initialData: {
    css: 'script#js-initialData',
    expect: [
      { fixture: ANSWERS, count: 1 },
      { fixture: ORG, count: 1 },
    ],
  },
  /**
   * A comment is the `[data-id]` element that holds its own `.CommentContent`. Inline, replies
   * are `[data-id]` elements nested in their root comment (zhihu-custom's recursive
   * formatComments); the reply dialog lists them apart (a 2026 userscript test's captured markup).
   */
  commentContent: {
    css: '[data-id] .CommentContent',
    expect: [
      { fixture: ANSWERS, count: 2 },
      { fixture: ORG, count: 0 },
    ],
  },
  /**
   * Every profile link in a comment: avatar, name, reply-to user, mentions (zhihu-comments.ts
   * picks). An organisation's links go to /org/ (a Zhihu selectors module written from a captured
   * comment modal notes that matching /people/ alone dropped 2 of 8 comments).
   */
  commentUser: {
    css: '[data-id] a[href*="/people/"], [data-id] a[href*="/org/"]',
    expect: [
      { fixture: ANSWERS, count: 5 },
      { fixture: ORG, count: 0 },
    ],
  },
  /** Between a reply's author and the user it replies to: `svg.ZDI--ArrowRightAlt16` in 2026. */
  replyArrow: {
    css: 'svg[class*="ZDI--ArrowRight"]',
    expect: [
      { fixture: ANSWERS, count: 1 },
      { fixture: ORG, count: 0 },
    ],
  },
} as const;
