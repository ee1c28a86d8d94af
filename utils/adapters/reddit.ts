import { absoluteUrl, makeAccount, readableText, selfAndBelow } from './common';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';

const NEW = 'e2e/fixtures/sites/reddit/thread.html';
const OLD = 'e2e/fixtures/sites/reddit/old-thread.html';

/**
 * reddit.com (site-dom.md, Reddit table; utags 006-reddit.com.ts, shinigami-eyes content.ts).
 * The new UI's custom elements carry the author as an attribute (`shreddit-post[author]`,
 * `shreddit-comment[author]`); old.reddit.com has `.thing[data-author] a.author`. Reddit has no
 * verification badge at all (only mod/admin "distinguished" marks and flair), so every record
 * says `none`: a name claiming an institution is backed by nothing Reddit shows.
 */
export const redditSelectors = {
  postAuthor: { css: 'shreddit-post[author] [slot="authorName"] a[href^="/user/"]', expect: [{ fixture: NEW, count: 1 }] },
  commentAuthor: {
    css: 'shreddit-comment[author] > [slot="commentMeta"] a[href^="/user/"]:not([data-testid="comment_author_icon"])',
    expect: [{ fixture: NEW, count: 3 }],
  },
  oldAuthor: { css: '.thing[data-author] a.author', expect: [{ fixture: OLD, count: 3 }] },
} as const;

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { postAuthor, commentAuthor, oldAuthor } = redditSelectors;
  for (const name of selfAndBelow(root, `${postAuthor.css}, ${commentAuthor.css}, ${oldAuthor.css}`)) {
    if (ctx.seen.has(name)) continue;
    const holder = name.closest('shreddit-comment[author], shreddit-post[author], .thing[data-author]');
    const author = holder?.getAttribute('author') ?? holder?.getAttribute('data-author');
    if (!author || !/^[\w-]{1,40}$/.test(author)) continue;
    // Old reddit nests comment .things: only the link in this thing's own tagline is its author.
    if (holder?.classList.contains('thing') && name.closest('.thing') !== holder) continue;
    const text = holder?.matches('shreddit-post')
      ? (holder.querySelector('[slot="title"]') ?? holder.querySelector('[slot="text-body"]'))
      : holder?.querySelector(':scope > [slot="comment"], :scope > .entry .md');
    const account = makeAccount({
      platform: 'reddit',
      key: `reddit:${author.toLowerCase()}`,
      handle: author,
      id: holder?.getAttribute('author-id') ?? holder?.getAttribute('data-author-fullname') ?? undefined,
      displayName: readableText(name).replace(/^u\//, '') || author,
      profileUrl: absoluteUrl(`https://www.reddit.com/user/${author}/`, ctx.url),
      verification: { kind: 'none', source: 'dom' },
      element: name,
      layer: holder?.matches('.thing') ? 'class' : 'hook',
      context: text ? () => readableText(text, 500) : undefined,
    });
    if (account) out.push(account);
  }
  return out;
}

export const redditAdapter: SiteAdapter = {
  id: 'reddit',
  platform: 'reddit',
  matches: (url) => /(^|\.)reddit\.com$/.test(url.hostname),
  selectors: redditSelectors,
  scan,
  expectsAccounts: (url) => /^\/(r\/[^/]+\/comments|r\/|user\/|$)/.test(url.pathname),
};

/* Test URLs: https://www.reddit.com/r/<sub>/comments/<id>/…, https://old.reddit.com/r/<sub>/comments/<id>/… */
