// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { cleanText, MAX_BIO, MAX_NAME } from './common';
import { douyinSelectors } from './douyin-selectors';
import { jsonOfScript } from './embedded-json';
import type { PageAccountData } from './types';

// Douyin's page data (RENDER_DATA), apart from the DOM adapter in douyin.ts.

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
