const ANSWERS = 'e2e/fixtures/sites/zhihu/question.html';
const ORG = 'e2e/fixtures/sites/zhihu/org-profile.html';

/**
 * zhihu.com (site-dom.md, Zhihu table): answer authors carry schema.org microdata
 * (`.AuthorInfo meta[itemprop=name|url]`), the certified badge is `svg.Zi--BadgeCert`, and
 * `script#js-initialData` holds the authors with their badge lists (zhihu-data.ts).
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
} as const;
