import { makeAccount, readableText, withPageData } from './common';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';
import { kindOfXBadge, xPageData } from './x-badge';
import { checkMarkIn, postTextAfter, readBlock } from './x-block';
import { isWhyVerifiedPopup, xSelectors } from './x-selectors';

export { handleOfHref } from './x-block';
export { xSelectors } from './x-selectors';

const CONTAINERS = [xSelectors.tweetUserName, xSelectors.profileUserName, xSelectors.userCell, xSelectors.hoverCard]
  .map((s) => s.css)
  .join(', ');
const CONTAINER_IDS = new Set(['User-Name', 'UserName', 'UserCell', 'HoverCard']);
/**
 * The account blocks in and at `root`, with their test id. A timeline cell (`cellInnerDiv`)
 * that holds User-Name blocks holds a post (and maybe a quoted post) and no other kind of
 * block: one single-selector query answers it, a third of the four-selector list's cost in
 * Chromium (bench:page adds 2,000 such cells). Any other root (a who-to-follow cell, a hover
 * card layer, the whole page on a rescan) is searched for all four.
 */
function blocksIn(root: ParentNode): [Element, string][] {
  const out: [Element, string][] = [];
  const el = (root as Node).nodeType === 1 ? (root as Element) : null;
  const own = el?.getAttribute('data-testid');
  if (own === 'cellInnerDiv') {
    const names = root.querySelectorAll(xSelectors.tweetUserName.css);
    for (let i = 0; i < names.length; i++) out.push([names[i]!, 'User-Name']);
    if (out.length) return out;
  }
  if (own && CONTAINER_IDS.has(own)) out.push([el!, own]);
  for (const block of Array.from(root.querySelectorAll(CONTAINERS))) out.push([block, block.getAttribute('data-testid')!]);
  return out;
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  for (const [block, testId] of blocksIn(root)) {
    // A hover card or cell may hold a nested User-Name block: that block is handled on its own.
    if (testId !== 'User-Name' && block.parentElement?.closest(CONTAINERS)) continue;
    // One query per hover card; post cells never reach it.
    if (testId === 'HoverCard' && isWhyVerifiedPopup(block)) continue;
    const { name, handle } = readBlock(block, testId, ctx.url);
    if (!name || !handle || ctx.seen.has(name)) continue;
    const key = `x:${handle.toLowerCase()}`;
    const displayName = readableText(name);
    // The same author again (threads, quotes, a long timeline): nothing more to read.
    if (testId === 'User-Name' && ctx.seenAs?.(key, displayName, name)) continue;
    const badge = withPageData(ctx, key, { kind: kindOfXBadge(checkMarkIn(block)) }, 'hook');
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
      displayName,
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
  // Every account block, each scanned as a root of its own (a nested block is read once: the
  // second time its name is already seen).
  rescanParts: (doc) => Array.from(doc.querySelectorAll(CONTAINERS)),
  pageData: xPageData,
  expectsAccounts: (url) => !/^\/(settings|messages|i\/(flow|premium|bookmarks|lists\/create)|compose)/.test(url.pathname),
};

/* Test URLs: https://x.com/home, https://x.com/<handle>, https://x.com/<handle>/status/<id>,
   https://x.com/<handle>/followers (UserCell); fixture real:twitter/mario-zechner-wow.html */
