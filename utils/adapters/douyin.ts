// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { absoluteUrl, cleanText, MAX_BIO, MAX_NAME, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import { douyinSelectors } from './douyin-selectors';
import { jsonOfScript } from './embedded-json';
import type { FoundAccount, PageAccountData, ScanContext, SiteAdapter } from './types';

const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]';
const OFFICIAL_ACCOUNT = /官方(账号|抖音号)$/;

/** An author in the API's snake_case or RENDER_DATA's camelCase; a null text must not reject it. */
const DouyinUser = z.looseObject({
  sec_uid: z.optional(z.string().check(z.regex(/^[\w-]{10,120}$/))),
  secUid: z.optional(z.string().check(z.regex(/^[\w-]{10,120}$/))),
  nickname: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  custom_verify: z.nullish(z.string().check(z.maxLength(2000))),
  customVerify: z.nullish(z.string().check(z.maxLength(2000))),
  enterprise_verify_reason: z.nullish(z.string().check(z.maxLength(2000))),
  enterpriseVerifyReason: z.nullish(z.string().check(z.maxLength(2000))),
  signature: z.nullish(z.string().check(z.maxLength(MAX_BIO))),
  desc: z.nullish(z.string().check(z.maxLength(MAX_BIO))),
});

export function kindOfDouyinUser(user: z.infer<typeof DouyinUser>): { kind: VerificationKind; label?: string } {
  const enterprise = cleanText(user.enterprise_verify_reason ?? user.enterpriseVerifyReason, 2000);
  if (enterprise) return { kind: 'organization', label: enterprise };
  const custom = cleanText(user.custom_verify ?? user.customVerify, 2000);
  if (custom) return { kind: 'personal', label: custom };
  return { kind: 'none' };
}

/**
 * Page data for every author-like object in RENDER_DATA (depth-limited walk), keyed by secUid.
 * The path is not relied on: the video author moved from `app.videoDetail` to `"43".aweme.detail`
 * (stored-file ids 62974929020, 19584852334), and `app.user.info` is the signed-in viewer, not the
 * profile owner; keyed by their own secUid, neither lands on another account.
 */
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

/** Without the "作者" tag in the video author's comment links (stored-file ids 55356610129, 34230696600). */
function commentName(link: Element): string {
  const el = link.querySelector('[data-click-from="title"]') ?? link;
  const text = readableText(el);
  const tag = el.querySelector('.semi-tag, [class*="tag"]');
  const tagText = tag ? readableText(tag) : '';
  return tagText && tagText !== text && text.endsWith(tagText) ? text.slice(0, -tagText.length) : text;
}

/**
 * The badge the header shows. Its text says that Douyin verified the account and why, mostly not
 * whether it is the blue V (organisation) or the yellow V (person): a reason such as
 * "优质科技创作者" reads `unknown` with the text as label (detection.md: "a badge whose type cannot
 * be read"), since `organization` would let a yellow-V creator's badge back a military name and
 * `personal` would deny a blue-V body its own. A text that names the account as a body's own
 * ("示例传媒集团官方抖音号" in id 70185112463's capture, "…央视新闻官方账号") is the blue V: Douyin
 * writes that for the bodies it verifies, a person's reason names their work (id 55146489663 reads
 * the colour from the reason too). A profile header renders the badge with the name (the same
 * capture), so none there means none; a video author's block is less known, and a comment shows
 * none at all.
 */
function domVerification(name: Element, isProfile: boolean): { kind: VerificationKind; label?: string } {
  const role = name.closest('[data-e2e="user-info"], [data-e2e="user-detail"]')?.querySelector(douyinSelectors.badge.css);
  const label = role ? readableText(role, 200) : '';
  if (label) return { kind: OFFICIAL_ACCOUNT.test(label) ? 'organization' : 'unknown', label };
  return { kind: isProfile ? 'none' : 'unknown' };
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { videoAuthor, commentAuthor, profileName, profileBio } = douyinSelectors;
  for (const name of selfAndBelow(root, `${videoAuthor.css}, ${commentAuthor.css}, ${profileName.css}`)) {
    // site-dom.md reports a hidden server-rendered comment list (unsourced): skip by attribute.
    if (ctx.seen.has(name) || name.closest(HIDDEN)) continue;
    const isProfile = name.matches(profileName.css);
    const isComment = !isProfile && name.matches(commentAuthor.css);
    const link = name.closest('a[href*="/user/"]') ?? name.closest('[data-e2e="user-info"]')?.querySelector('a[href*="/user/"]');
    const secUid = isProfile ? secUidOf(ctx.url.pathname) : secUidOf(link?.getAttribute('href'));
    if (!secUid) continue;
    const key = `douyin:${secUid}`;
    // A comment shows no badge (domVerification's note): no walk up the page for one.
    const dom = isComment ? { kind: 'unknown' as const } : domVerification(name, isProfile);
    let badge = withPageData(ctx, key, dom, 'hook');
    // A badge on the page (its role text) outranks a "none" from RENDER_DATA, whose reason may sit
    // in fields not read here (account_cert_info, verification_type; stored-file ids 22407837768, 68350098616).
    if (dom.label && badge.verification.kind === 'none') {
      badge = { ...badge, verification: { ...dom, source: 'dom' }, layer: 'hook' };
    }
    const comment = isComment ? name.closest('[data-e2e="comment-item"]') : null;
    const context = comment?.querySelector('.comment-item-info-wrap + div');
    const bio = isProfile ? name.closest('[data-e2e="user-detail"]')?.querySelector(profileBio.css) : null;
    const account = makeAccount({
      platform: 'douyin',
      key,
      id: secUid,
      displayName: isComment ? commentName(name) : readableText(name),
      profileUrl: absoluteUrl(`https://www.douyin.com/user/${secUid}`, ctx.url),
      verification: badge.verification,
      // The page data's bio is whole; the header may cut a long one ("更多").
      bio: badge.data?.bio ?? (bio ? readableText(bio, MAX_BIO) : undefined),
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
  // Only pages with selectors: the feed (/jingxuan) shows no data-e2e author hooks (stored-file
  // id 60147828130), and search has none here; a scan finding nothing there is no layout change.
  expectsAccounts: (url) => /^\/(video|user|note)\//.test(url.pathname),
};

/* Test URLs: https://www.douyin.com/video/<id>, https://www.douyin.com/user/MS4wLjAB… */
