import { makeAccount, readableText, withPageData } from './common';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';
import { kindOfXBadge, xPageData } from './x-badge';

const REAL = 'real:twitter/mario-zechner-wow.html';
const TIMELINE = 'e2e/fixtures/sites/x/timeline.html';
const PROFILE = 'e2e/fixtures/sites/x/profile.html';
const PROFILE_GOV = 'e2e/fixtures/sites/x/profile-government.html';

/**
 * x.com / twitter.com: every account block carries a `data-testid` (site-dom.md, X table;
 * CPFT and utags). Class names are atomic (`r-1cvl2hr`) and never used here.
 */
export const xSelectors = {
  /** Name + @handle in a post (a quoted post has its own). */
  tweetUserName: {
    css: '[data-testid="User-Name"]',
    expect: [
      { fixture: REAL, count: 2 },
      { fixture: TIMELINE, count: 5 },
      { fixture: PROFILE, count: 1 },
    ],
  },
  /** Profile header: name and @handle (the bio is `UserDescription`, outside it). */
  profileUserName: {
    css: '[data-testid="UserName"]',
    expect: [
      { fixture: REAL, count: 0 },
      { fixture: PROFILE, count: 1 },
      { fixture: PROFILE_GOV, count: 1 },
    ],
  },
  /** Who-to-follow, followers and search lists. */
  userCell: { css: '[data-testid="UserCell"]', expect: [{ fixture: TIMELINE, count: 2 }] },
  hoverCard: { css: '[data-testid="HoverCard"]', expect: [{ fixture: TIMELINE, count: 1 }] },
  /** The check mark; `aria-label` is localised, so only the test id is used. */
  badge: {
    css: 'svg[data-testid="icon-verified"], svg[data-testid="verificationBadge"]',
    expect: [
      { fixture: REAL, count: 2 },
      { fixture: TIMELINE, count: 5 },
      { fixture: PROFILE, count: 2 },
      { fixture: PROFILE_GOV, count: 1 },
    ],
  },
  avatar: { css: '[data-testid^="UserAvatar-Container-"]', expect: [{ fixture: REAL, count: 2 }] },
} as const;

const CONTAINERS = [xSelectors.tweetUserName, xSelectors.profileUserName, xSelectors.userCell, xSelectors.hoverCard]
  .map((s) => s.css)
  .join(', ');
const CONTAINER_IDS = new Set(['User-Name', 'UserName', 'UserCell', 'HoverCard']);
const HANDLE = /^@([A-Za-z0-9_]{1,15})$/;
const RESERVED = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'compose', 'login']);

export function handleOfHref(href: string | null | undefined): string | undefined {
  const handle = /^(?:https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/?$/.exec(href ?? '')?.[1];
  return handle && !RESERVED.has(handle.toLowerCase()) ? handle : undefined;
}

/** The name text block and the @handle inside an account block (quoted posts have no links). */
function readBlock(block: Element, testId: string, url: URL): { name?: Element; handle?: string } {
  let name: Element | undefined;
  let handle: string | undefined;
  // Names are `dir="ltr"` blocks (real saved page); `dir="auto"` covers right-to-left names.
  for (const el of Array.from(block.querySelectorAll('div[dir]'))) {
    const dir = el.getAttribute('dir');
    if (dir !== 'ltr' && dir !== 'auto') continue;
    const text = el.textContent?.trim() ?? '';
    const at = HANDLE.exec(text)?.[1];
    if (at) {
      handle ??= at;
      break; // the name comes before the handle in every X layout
    }
    if (!name && (text || el.querySelector('img[alt]'))) name = el.querySelector(':scope > span') ?? el;
  }
  if (!handle) {
    for (const link of Array.from(block.getElementsByTagName('a'))) {
      handle = handleOfHref(link.getAttribute('href'));
      if (handle) break;
    }
  }
  if (!handle && testId === 'User-Name') {
    const avatar = block.closest('article')?.querySelector(xSelectors.avatar.css);
    handle = avatar?.getAttribute('data-testid')?.slice('UserAvatar-Container-'.length);
  }
  if (!handle && testId === 'UserName') handle = handleOfHref(url.pathname);
  return { name, handle };
}

/** The post text that follows this name block (a quoted post's text follows its own name). */
function postTextAfter(block: Element): string | undefined {
  const article = block.closest('article');
  for (const text of Array.from(article?.querySelectorAll('[data-testid="tweetText"]') ?? [])) {
    if (block.compareDocumentPosition(text) & 4 /* FOLLOWING */) return readableText(text, 500);
  }
  return undefined;
}

/**
 * The account blocks in and at `root`, with their test id. A timeline cell holding a post
 * (`cellInnerDiv` > `article`) has only User-Name blocks (the post's and a quoted post's): one
 * single-selector query, a third of the four-selector list's cost in Chromium (bench:page adds
 * 2,000 such cells). Any other root (a who-to-follow cell, a hover card layer, the whole page
 * on a rescan) is searched for all four.
 */
function blocksIn(root: ParentNode): [Element, string][] {
  const out: [Element, string][] = [];
  const el = (root as Node).nodeType === 1 ? (root as Element) : null;
  // item(0), not length: a live collection's length walks the whole subtree.
  const postCell = el?.getAttribute('data-testid') === 'cellInnerDiv' && el.getElementsByTagName('article').item(0) !== null;
  if (postCell) {
    for (const block of Array.from(root.querySelectorAll(xSelectors.tweetUserName.css))) out.push([block, 'User-Name']);
    return out;
  }
  const own = el?.getAttribute('data-testid');
  if (own && CONTAINER_IDS.has(own)) out.push([el!, own]);
  for (const block of Array.from(root.querySelectorAll(CONTAINERS))) out.push([block, block.getAttribute('data-testid')!]);
  return out;
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  for (const [block, testId] of blocksIn(root)) {
    // A hover card or cell may hold a nested User-Name block: that block is handled on its own.
    if (testId !== 'User-Name' && block.parentElement?.closest(CONTAINERS)) continue;
    const { name, handle } = readBlock(block, testId, ctx.url);
    if (!name || !handle || ctx.seen.has(name)) continue;
    const key = `x:${handle.toLowerCase()}`;
    const badge = withPageData(ctx, key, { kind: kindOfXBadge(block.querySelector(xSelectors.badge.css)) }, 'hook');
    // The bio is outside the name block on a profile; inside a cell or hover card; never in a post.
    const bioEl =
      testId === 'UserName'
        ? block.ownerDocument.querySelector('[data-testid="UserDescription"]')
        : testId === 'User-Name'
          ? null
          : block.querySelector('[data-testid="UserDescription"]');
    const account = makeAccount({
      platform: 'x',
      key,
      handle,
      displayName: readableText(name),
      // Built from a checked handle: already absolute, no URL parsing needed.
      profileUrl: `https://x.com/${handle}`,
      verification: badge.verification,
      bio: bioEl ? readableText(bioEl, 20_000) : badge.data?.bio,
      element: name,
      layer: badge.layer,
      context: testId === 'User-Name' ? () => postTextAfter(block) : undefined,
    });
    if (account) out.push(account);
  }
  return out;
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  platform: 'x',
  matches: (url) => /(^|\.)(x|twitter)\.com$/.test(url.hostname),
  selectors: xSelectors,
  scan,
  pageData: xPageData,
  expectsAccounts: (url) => !/^\/(settings|messages|i\/(flow|premium|bookmarks|lists\/create)|compose)/.test(url.pathname),
};

/* Test URLs: https://x.com/home, https://x.com/<handle>, https://x.com/<handle>/status/<id>,
   https://x.com/<handle>/followers (UserCell); fixture real:twitter/mario-zechner-wow.html */
