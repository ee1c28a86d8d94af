// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { absoluteUrl, cleanText, MAX_BIO, MAX_NAME, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import { jsonOfScript } from './embedded-json';
import type { FoundAccount, PageAccountData, ScanContext, SiteAdapter } from './types';

const VIDEO = 'e2e/fixtures/sites/douyin/video.html';
const PROFILE = 'e2e/fixtures/sites/douyin/profile.html';

/**
 * douyin.com (site-dom.md, Douyin table): `data-e2e` hooks for the video author, comments and
 * profile; the badge type is only in `<script id="RENDER_DATA">` (URL-encoded JSON): an author's
 * `enterprise_verify_reason` (blue V, organisation) or `custom_verify` (yellow V, person).
 */
export const douyinSelectors = {
  videoAuthor: {
    css: '[data-e2e="user-info"] a[href*="/user/"] [data-click-from="title"], [data-e2e="user-info"] a[href*="/user/"][data-click-from="title"]',
    expect: [{ fixture: VIDEO, count: 1 }],
  },
  commentAuthor: {
    css: '[data-e2e="comment-item"] .comment-item-info-wrap a[href*="/user/"]',
    expect: [{ fixture: VIDEO, count: 3 }],
  },
  profileName: { css: '[data-e2e="user-detail"] h1', expect: [{ fixture: PROFILE, count: 1 }] },
  renderData: {
    css: 'script#RENDER_DATA[type="application/json"]',
    expect: [
      { fixture: VIDEO, count: 1 },
      { fixture: PROFILE, count: 1 },
    ],
  },
} as const;

const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]';

/** An author object, in the API's snake_case or RENDER_DATA's camelCase. */
const DouyinUser = z.looseObject({
  sec_uid: z.optional(z.string().check(z.regex(/^[\w-]{10,120}$/))),
  secUid: z.optional(z.string().check(z.regex(/^[\w-]{10,120}$/))),
  nickname: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  custom_verify: z.optional(z.string().check(z.maxLength(2000))),
  customVerify: z.optional(z.string().check(z.maxLength(2000))),
  enterprise_verify_reason: z.optional(z.string().check(z.maxLength(2000))),
  enterpriseVerifyReason: z.optional(z.string().check(z.maxLength(2000))),
  signature: z.optional(z.string().check(z.maxLength(MAX_BIO))),
  desc: z.optional(z.string().check(z.maxLength(MAX_BIO))),
});

export function kindOfDouyinUser(user: z.infer<typeof DouyinUser>): { kind: VerificationKind; label?: string } {
  const enterprise = cleanText(user.enterprise_verify_reason ?? user.enterpriseVerifyReason, 2000);
  if (enterprise) return { kind: 'organization', label: enterprise };
  const custom = cleanText(user.custom_verify ?? user.customVerify, 2000);
  if (custom) return { kind: 'personal', label: custom };
  return { kind: 'none' };
}

/** Page data for every author-like object in RENDER_DATA (depth-limited walk). */
export function pageDataOfDouyinJson(
  json: unknown,
  out: [string, PageAccountData][] = [],
  depth = 0,
): [string, PageAccountData][] {
  if (depth > 12 || json === null || typeof json !== 'object') return out;
  const user = DouyinUser.safeParse(json);
  const secUid = user.success ? (user.data.sec_uid ?? user.data.secUid) : undefined;
  if (user.success && secUid) {
    const data: PageAccountData = {
      id: secUid,
      displayName: cleanText(user.data.nickname, MAX_NAME),
      verification: kindOfDouyinUser(user.data),
    };
    const bio = cleanText(user.data.signature ?? user.data.desc, MAX_BIO);
    if (bio) data.bio = bio;
    out.push([`douyin:${secUid}`, data]);
  }
  for (const child of Object.values(json).slice(0, 500)) pageDataOfDouyinJson(child, out, depth + 1);
  return out;
}

export function readDouyinRenderData(doc: Document): [string, PageAccountData][] {
  return pageDataOfDouyinJson(jsonOfScript(doc.querySelector(douyinSelectors.renderData.css), true));
}

function secUidOf(href: string | null | undefined): string | undefined {
  return /\/user\/([\w-]{10,120})/.exec(href ?? '')?.[1];
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { videoAuthor, commentAuthor, profileName } = douyinSelectors;
  for (const name of selfAndBelow(root, `${videoAuthor.css}, ${commentAuthor.css}, ${profileName.css}`)) {
    // The comment list has a hidden server-rendered duplicate (site-dom.md); skip hidden copies
    // by attribute, without reading layout.
    if (ctx.seen.has(name) || name.closest(HIDDEN)) continue;
    const isProfile = name.matches(profileName.css);
    const secUid = isProfile ? secUidOf(ctx.url.pathname) : secUidOf(name.closest('a[href]')?.getAttribute('href'));
    if (!secUid) continue;
    const key = `douyin:${secUid}`;
    // No badge markup is known for Douyin; without RENDER_DATA the type stays unreadable.
    const badge = withPageData(ctx, key, { kind: 'unknown', label: 'badge not read from the DOM' }, 'hook');
    const comment = name.closest('[data-e2e="comment-item"]');
    const context = comment?.querySelector('.comment-item-info-wrap + div, [data-e2e="comment-content"]');
    const bio = isProfile ? name.closest('[data-e2e="user-detail"]')?.querySelector('[data-e2e="user-info-desc"]') : null;
    const account = makeAccount({
      platform: 'douyin',
      key,
      id: secUid,
      displayName: readableText(name),
      profileUrl: absoluteUrl(`https://www.douyin.com/user/${secUid}`, ctx.url),
      verification: badge.verification,
      bio: bio ? readableText(bio, MAX_BIO) : badge.data?.bio,
      element: name,
      layer: badge.layer,
      context: context ? () => readableText(context, 500) : undefined,
    });
    if (account) out.push(account);
  }
  return out;
}

export const douyinAdapter: SiteAdapter = {
  id: 'douyin',
  platform: 'douyin',
  matches: (url) => /(^|\.)douyin\.com$/.test(url.hostname),
  selectors: douyinSelectors,
  scan,
  pageData: { embedded: readDouyinRenderData },
  expectsAccounts: (url) => /^\/(video|user|note|search|discover|jingxuan|$)/.test(url.pathname),
};

/* Test URLs: https://www.douyin.com/video/<id>, https://www.douyin.com/user/MS4wLjAB… */
