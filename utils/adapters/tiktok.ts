// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import { absoluteUrl, cleanText, MAX_BIO, MAX_NAME, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import { jsonOfScript } from './embedded-json';
import { tiktokSelectors } from './tiktok-selectors';
import type { FoundAccount, PageAccountData, ScanContext, SiteAdapter } from './types';

const TikTokUser = z.looseObject({
  uniqueId: z.string().check(z.regex(/^[\w.]{1,40}$/)),
  id: z.optional(z.string().check(z.maxLength(40))),
  nickname: z.optional(z.string().check(z.maxLength(MAX_NAME))),
  signature: z.optional(z.string().check(z.maxLength(MAX_BIO))),
  verified: z.optional(z.boolean()),
});

/**
 * TikTok's check confirms that an account is the person or brand it names, without saying
 * which: organization, as YouTube. It carries no reason text, so the label stays empty (a label
 * is the platform's own words). `isOrganization` (0/1 in a real payload, stored-file id
 * 42055858549) is not read: what it means for the check is not documented.
 */
export function pageDataOfTikTokUser(value: unknown): [string, PageAccountData][] {
  const user = TikTokUser.safeParse(value);
  if (!user.success) return [];
  const data: PageAccountData = {
    handle: user.data.uniqueId,
    verification: { kind: user.data.verified ? 'organization' : 'none' },
  };
  if (user.data.id) data.id = user.data.id;
  const name = cleanText(user.data.nickname, MAX_NAME);
  if (name) data.displayName = name;
  const bio = cleanText(user.data.signature, MAX_BIO);
  if (bio) data.bio = bio;
  return [[`tiktok:${user.data.uniqueId.toLowerCase()}`, data]];
}

/** `__DEFAULT_SCOPE__["webapp.user-detail"].userInfo.user` and `["webapp.video-detail"].itemInfo.itemStruct.author`. */
export function readTikTokUniversalData(doc: Document): [string, PageAccountData][] {
  const json = jsonOfScript(doc.querySelector(tiktokSelectors.universalData.css)) as
    | { __DEFAULT_SCOPE__?: Record<string, unknown> }
    | undefined;
  const scope = json?.__DEFAULT_SCOPE__ as
    | {
        'webapp.user-detail'?: { userInfo?: { user?: unknown } };
        'webapp.video-detail'?: { itemInfo?: { itemStruct?: { author?: unknown } } };
      }
    | undefined;
  return [
    ...pageDataOfTikTokUser(scope?.['webapp.user-detail']?.userInfo?.user),
    ...pageDataOfTikTokUser(scope?.['webapp.video-detail']?.itemInfo?.itemStruct?.author),
  ];
}

function handleOf(href: string | null | undefined): string | undefined {
  return /^(?:https?:\/\/(?:www\.)?tiktok\.com)?\/@([\w.]{1,40})/.exec(href ?? '')?.[1];
}

/** The nearest ancestor, at most four up, holding a match for `css`, with that match. */
function near(el: Element, css: string): [Element, Element] | undefined {
  let up = el.parentElement;
  for (let i = 0; up && i < 4; up = up.parentElement, i++) {
    const found = up.querySelector(css);
    if (found) return [up, found];
  }
  return undefined;
}

/** Handle, the block a badge of this account sits in, and what kind of name it is. */
function around(name: Element, url: URL): { handle?: string; block?: Element | null; kind: 'profile' | 'comment' | 'post' } {
  const { profileNickname, profileHandle, videoHandle, feedHandle, commentAuthor } = tiktokSelectors;
  if (name.matches(profileNickname.css)) {
    const title = () => cleanText(name.ownerDocument.querySelector(profileHandle.css)?.textContent, 40);
    return { handle: handleOf(url.pathname) ?? title(), block: name.parentElement?.parentElement, kind: 'profile' };
  }
  if (name.matches(commentAuthor.css)) {
    // Only the name row: an item's parent is its whole thread or reply list (DivCommentObjectWrapper,
    // DivReplyContainer; stored-file id 53158699980), and one verified replier must not mark the rest.
    return {
      handle: handleOf(name.closest('a[href]')?.getAttribute('href') ?? name.querySelector('a[href]')?.getAttribute('href')),
      block: name.closest('[class*="UsernameContent"]') ?? name.parentElement,
      kind: 'comment',
    };
  }
  const [block, handleEl] = near(name, `${videoHandle.css}, ${feedHandle.css}`) ?? [];
  const href = handleEl?.closest('a[href]')?.getAttribute('href') ?? name.closest('a[href]')?.getAttribute('href');
  const text = handleEl && cleanText(handleEl.textContent, 41).replace(/^@/, '');
  return { handle: handleOf(href) ?? (text ? handleOf(`/@${text}`) : undefined), block, kind: 'post' };
}

/** A comment's text, read when asked for (a report opened on its author), not at every scan. */
function commentTextOf(name: Element): string | undefined {
  const text = near(name, tiktokSelectors.commentText.css)?.[1];
  return text ? readableText(text, 500) : undefined;
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { profileNickname, videoAuthor, feedAuthor, commentAuthor, verifyBadge } = tiktokSelectors;
  for (const name of selfAndBelow(root, `${profileNickname.css}, ${videoAuthor.css}, ${feedAuthor.css}, ${commentAuthor.css}`)) {
    if (ctx.seen.has(name)) continue;
    const { handle, block, kind } = around(name, ctx.url);
    if (!handle) continue;
    const key = `tiktok:${handle.toLowerCase()}`;
    const dom = { kind: block?.querySelector(verifyBadge.css) ? ('organization' as const) : ('none' as const) };
    const badge = withPageData(ctx, key, dom, 'hook');
    const bio = kind === 'profile' ? name.ownerDocument.querySelector('[data-e2e="user-bio"]') : null;
    const account = makeAccount({
      platform: 'tiktok',
      key,
      handle,
      id: badge.data?.id,
      displayName: readableText(name),
      profileUrl: absoluteUrl(`https://www.tiktok.com/@${handle}`, ctx.url),
      verification: badge.verification,
      bio: bio ? readableText(bio, MAX_BIO) : badge.data?.bio,
      element: name,
      layer: badge.layer,
      context: kind === 'comment' ? () => commentTextOf(name) : undefined,
    });
    if (account) out.push(account);
  }
  return out;
}

export const tiktokAdapter: SiteAdapter = {
  id: 'tiktok',
  platform: 'tiktok',
  matches: (url) => /(^|\.)tiktok\.com$/.test(url.hostname),
  selectors: tiktokSelectors,
  scan,
  pageData: { embedded: readTikTokUniversalData },
  expectsAccounts: (url) => /^\/(@|foryou|following|explore|search|$)/.test(url.pathname),
};

/* Test URLs: https://www.tiktok.com/@<handle>, https://www.tiktok.com/@<handle>/video/<id> */
