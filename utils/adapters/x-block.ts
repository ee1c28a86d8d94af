import { readableText } from './common';
import { xSelectors } from './x-selectors';

const HANDLE = /^@([A-Za-z0-9_]{1,15})$/;
const RESERVED = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'compose', 'login']);

export function handleOfHref(href: string | null | undefined): string | undefined {
  const handle = /^(?:https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/?$/.exec(href ?? '')?.[1];
  return handle && !RESERVED.has(handle.toLowerCase()) ? handle : undefined;
}

/** The name text block and the @handle inside an account block (quoted posts have no links). */
export function readBlock(block: Element, testId: string, url: URL): { name?: Element; handle?: string } {
  const linked = linkedPostBlock(block, testId);
  if (linked) return linked;
  let name: Element | undefined;
  let handle: string | undefined;
  // A display name may read "@USArmyReserve": an @-text before any name is the name when another
  // @-text (the real handle) follows it, and the handle only when none does.
  let atFirst: { el: Element; at: string } | undefined;
  // Names are `dir="ltr"` blocks (real saved page); `dir="auto"` covers right-to-left names.
  const dirBlocks = block.querySelectorAll('div[dir]');
  for (let i = 0; i < dirBlocks.length; i++) {
    const el = dirBlocks[i]!;
    const dir = el.getAttribute('dir');
    if (dir !== 'ltr' && dir !== 'auto') continue;
    const text = el.textContent?.trim() ?? '';
    const at = HANDLE.exec(text)?.[1];
    if (at && !name && !atFirst && !inButtonOf(el, block)) {
      atFirst = { el, at };
      continue;
    }
    if (at) {
      // Where the block links the profile, the link says which of the two is the handle (a user
      // cell's bio may hold a lone "@mention" after a handle with no name before it).
      if (atFirst && sameHandle(linkedHandle(block), atFirst.at) && !sameHandle(at, atFirst.at)) handle = atFirst.at;
      else {
        if (atFirst) name = firstChildSpan(atFirst.el) ?? atFirst.el;
        handle = at;
      }
      break; // the name comes before the handle in every X layout
    }
    if (!name && !atFirst && (text || el.querySelector('img[alt]')) && !inButtonOf(el, block)) name = firstChildSpan(el) ?? el;
  }
  if (!handle && atFirst) handle = atFirst.at;
  handle ??= linkedHandle(block);
  if (!handle && testId === 'User-Name') {
    const avatar = block.closest('article')?.querySelector(xSelectors.avatar.css);
    handle = avatar?.getAttribute('data-testid')?.slice('UserAvatar-Container-'.length);
  }
  if (!handle && testId === 'UserName') handle = handleOfHref(url.pathname);
  return { name, handle };
}

/**
 * A post's own name block, read in three lookups: its first link is the profile (the handle)
 * and its first `dir` block the name. On a long timeline every post needs this, and the general
 * walk below (every `dir` block's text) cost twice as much; anything else falls through to it.
 */
function linkedPostBlock(block: Element, testId: string): { name: Element; handle: string } | undefined {
  if (testId !== 'User-Name') return undefined;
  const handle = handleOfHref(block.querySelector('a[href]')?.getAttribute('href'));
  const first = handle ? block.querySelector('div[dir="ltr"], div[dir="auto"]') : null;
  const text = first?.textContent?.trim();
  // The first block is the handle itself when the name is missing; a name that merely reads
  // like a handle ("@USArmyReserve" on @scam123's post) is still the name.
  if (!handle || !first || !text || text.toLowerCase() === `@${handle.toLowerCase()}`) return undefined;
  return { name: firstChildSpan(first) ?? first, handle };
}

function linkedHandle(block: Element): string | undefined {
  const links = block.querySelectorAll('a[href]');
  for (let i = 0; i < links.length; i++) {
    const handle = handleOfHref(links[i]!.getAttribute('href'));
    if (handle) return handle;
  }
  return undefined;
}

const sameHandle = (a: string | undefined, b: string): boolean => a?.toLowerCase() === b.toLowerCase();

/** X's buttons hold a dir block too: a hover card's Follow button comes before the name (a user cell is itself a button). */
function inButtonOf(el: Element, block: Element): boolean {
  const button = el.closest('button');
  return !!button && button !== block && block.contains(button);
}

function firstChildSpan(el: Element): Element | undefined {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (child.localName === 'span') return child;
  return undefined;
}

/**
 * xSelectors.badge. One query: Chromium keeps a live collection on every element asked for
 * getElementsByTagName, and making 4,000 of them (bench:page's names) cost five times the query.
 */
export function checkMarkIn(block: Element): Element | null {
  return block.querySelector(xSelectors.badge.css);
}

/** The post text that follows this name block (a quoted post's text follows its own name). */
export function postTextAfter(block: Element): string | undefined {
  const article = block.closest('article');
  for (const text of Array.from(article?.querySelectorAll('[data-testid="tweetText"]') ?? [])) {
    if (block.compareDocumentPosition(text) & 4 /* FOLLOWING */) return readableText(text, 500);
  }
  return undefined;
}
