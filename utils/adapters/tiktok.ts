// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import { absoluteUrl, cleanText, MAX_BIO, MAX_NAME, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import { jsonOfScript } from './embedded-json';
import type { FoundAccount, PageAccountData, ScanContext, SiteAdapter } from './types';

const PROFILE = 'e2e/fixtures/sites/tiktok/profile.html';
const VIDEO = 'e2e/fixtures/sites/tiktok/video.html';

/**
 * tiktok.com (site-dom.md, TikTok table; utags 014-tiktok.com.ts): `data-e2e` hooks; the
 * check is `svg[class*="StyledVerifyBadge"]` (a styled-components name, matched by infix) and
 * `__UNIVERSAL_DATA_FOR_REHYDRATION__` carries `user.verified`. TikTok's check confirms that
 * an account is the person or brand it names, without saying which: organization, as YouTube.
 */
export const tiktokSelectors = {
  profileNickname: {
    css: 'h2[data-e2e="user-subtitle"], h1[data-e2e="user-subtitle"]',
    expect: [{ fixture: PROFILE, count: 1 }],
  },
  profileHandle: { css: '[data-e2e="user-title"]', expect: [{ fixture: PROFILE, count: 1 }] },
  videoAuthor: { css: '[data-e2e="browse-username"]', expect: [{ fixture: VIDEO, count: 1 }] },
  commentAuthor: { css: '[data-e2e^="comment-username"]', expect: [{ fixture: VIDEO, count: 2 }] },
  verifyBadge: {
    css: 'svg[class*="StyledVerifyBadge"], [data-e2e="browse-bluev"]',
    expect: [
      { fixture: PROFILE, count: 0 },
      { fixture: VIDEO, count: 1 },
    ],
  },
  universalData: {
    css: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
    expect: [
      { fixture: PROFILE, count: 1 },
      { fixture: VIDEO, count: 1 },
    ],
  },
} as const;

const TikTokUser = z.looseObject({
  uniqueId: z.string().check(z.regex(/^[\w.]{1,40}$/)),
  id: z.optional(z.string().check(z.maxLength(40))),
  nickname: z.optional(z.string().check(z.maxLength(MAX_NAME))),
  signature: z.optional(z.string().check(z.maxLength(MAX_BIO))),
  verified: z.optional(z.boolean()),
});

export function pageDataOfTikTokUser(value: unknown): [string, PageAccountData][] {
  const user = TikTokUser.safeParse(value);
  if (!user.success) return [];
  const data: PageAccountData = {
    handle: user.data.uniqueId,
    verification: user.data.verified ? { kind: 'organization', label: 'TikTok verified' } : { kind: 'none' },
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

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { profileNickname, videoAuthor, commentAuthor, verifyBadge } = tiktokSelectors;
  for (const name of selfAndBelow(root, `${profileNickname.css}, ${videoAuthor.css}, ${commentAuthor.css}`)) {
    if (ctx.seen.has(name)) continue;
    const isProfile = name.matches(profileNickname.css);
    const handle = isProfile
      ? (handleOf(ctx.url.pathname) ?? cleanText(name.ownerDocument.querySelector('[data-e2e="user-title"]')?.textContent, 40))
      : handleOf(name.closest('a[href]')?.getAttribute('href') ?? name.querySelector('a[href]')?.getAttribute('href'));
    if (!handle) continue;
    const key = `tiktok:${handle.toLowerCase()}`;
    const block = isProfile
      ? name.parentElement?.parentElement
      : name.closest('a[href], [class*="DivCommentItem"], [data-e2e="browse-user-avatar"]')?.parentElement;
    const dom = block?.querySelector(verifyBadge.css)
      ? { kind: 'organization' as const, label: 'TikTok verified' }
      : { kind: 'none' as const };
    const badge = withPageData(ctx, key, dom, 'hook');
    const bio = isProfile ? name.ownerDocument.querySelector('[data-e2e="user-bio"]') : null;
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
