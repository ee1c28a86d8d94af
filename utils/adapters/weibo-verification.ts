// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { lazySchema } from '../schemas/lazy-schema';
import { cleanText, MAX_BIO, MAX_NAME } from './common';
import { safeInt } from './safe-int';
import type { PageAccountData, PageDataEntries, ReaderItem } from './types';

/**
 * Weibo's verified_type (site-dom.md, Weibo table; WBUser.h enums): -1 none, 0 personal
 * (orange/gold V), 1 government, 3 media, 2/4/5/6/7 organisation (enterprise, campus, website,
 * app, organisation; all blue V). 200/220 are 达人 (grassroots, `verified=false`): not verification.
 */
export function kindOfVerifiedType(verified: boolean | undefined, type: number | undefined): VerificationKind {
  if (verified === false || type === -1) return 'none';
  if (type === undefined) return verified ? 'unknown' : 'none';
  if (type === 0) return 'personal';
  if (type === 1) return 'government';
  if (type === 3) return 'media';
  if ([2, 4, 5, 6, 7].includes(type)) return 'organization';
  if (type === 200 || type === 220) return 'none';
  return verified ? 'unknown' : 'none';
}

/** A user object as m.weibo.cn's API, `$render_data` and weibo.com's /ajax share it (fixtures weibo/*). */
export const WeiboUserJson = lazySchema(() =>
  z.looseObject({
    id: z.union([safeInt().check(z.nonnegative()), z.string().check(z.regex(/^\d{1,20}$/))]),
    screen_name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
    verified: z.optional(z.boolean()),
    verified_type: z.optional(safeInt()),
    verified_type_ext: z.optional(safeInt()),
    verified_reason: z.optional(z.string().check(z.maxLength(2000))),
    description: z.optional(z.string().check(z.maxLength(MAX_BIO))),
  }),
);
export type WeiboUserJson = z.infer<ReturnType<typeof WeiboUserJson>>;

export function weiboKey(uid: string): string {
  return `weibo:${uid}`;
}

/** The page-data entry for one Weibo user, keyed like the adapters' records. */
export function pageDataOfWeiboUser(user: WeiboUserJson): [string, PageAccountData] {
  const id = String(user.id);
  const kind = kindOfVerifiedType(user.verified, user.verified_type);
  const label = cleanText(user.verified_reason, 2000);
  const data: PageAccountData = {
    id,
    displayName: cleanText(user.screen_name, MAX_NAME),
    verification: label && kind !== 'none' ? { kind, label } : { kind },
  };
  const bio = cleanText(user.description, MAX_BIO);
  if (bio) data.bio = bio;
  return [weiboKey(id), data];
}

/**
 * Reader items with a Weibo user: weibo.com's Vue `userInfo`, m.weibo.cn's `$render_data` user.
 * Both Weibo adapters take both kinds (they share one content script, and one table did before).
 */
export function weiboPageDataOfItem(item: ReaderItem): PageDataEntries {
  const raw =
    item.type === 'weibo-user'
      ? item.user
      : item.type === 'picked' && item.source === '$render_data' && item.name === 'user'
        ? item.value
        : undefined;
  if (raw === undefined) return [];
  const user = WeiboUserJson().safeParse(raw);
  return user.success ? [pageDataOfWeiboUser(user.data)] : [];
}

/** Every user object under a JSON value (cards, statuses, comments, retweets), depth-limited. */
export function findWeiboUsers(value: unknown, out: WeiboUserJson[] = [], depth = 0): WeiboUserJson[] {
  if (depth > 12 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 500)) findWeiboUsers(item, out, depth + 1);
    return out;
  }
  for (const [name, child] of Object.entries(value)) {
    if (name === 'user' || name === 'userInfo') {
      const parsed = WeiboUserJson().safeParse(child);
      if (parsed.success) out.push(parsed.data);
    }
    findWeiboUsers(child, out, depth + 1);
  }
  return out;
}

/** Page data for every user under an m.weibo.cn JSON value ($render_data, getIndex, hotflow). */
export function pageDataOfWeiboJson(json: unknown): [string, PageAccountData][] {
  // A user appears several times (e.g. getIndex repeats a slim userInfo inside toolbar_menus):
  // keep the first full reading and fill its gaps from the others.
  const merged = new Map<string, PageAccountData>();
  for (const [key, data] of findWeiboUsers(json).map(pageDataOfWeiboUser)) {
    const known = merged.get(key);
    if (!known) merged.set(key, data);
    else {
      if (!known.bio && data.bio) known.bio = data.bio;
      if (!known.verification?.label && data.verification?.label) known.verification = data.verification;
    }
  }
  return [...merged];
}

/**
 * Reads a V: its class/id `woo-icon--vblue` etc., else its title ("微博官方认证"). woo-icon draws
 * both gold and orange as `woo-icon--vgold` (woo-bundle), and `.woo-icon-skinSpe` has no colour.
 */
export function kindOfWooBadge(icon: Element | null): { kind: VerificationKind; label?: string } {
  if (!icon) return { kind: 'none' };
  const title = cleanText(icon.getAttribute('title'), 200);
  const marks = [icon, ...Array.from(icon.querySelectorAll('svg, use, i'))]
    .map((el) => `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('href') ?? ''}`)
    .join(' ');
  const label = title || undefined;
  // A blue V covers enterprise, media and government alike; the DOM cannot tell them apart.
  if (/vblue/.test(marks)) return { kind: 'organization', label };
  if (/v(yellow|orange|gold|red)/.test(marks)) return { kind: 'personal', label };
  // woo-icon counts 达人 (club), 微博女郎 (vgirl) and star as "verified" too: no identity check
  // (woo-bundle). vgrey is perhaps a lapsed V: not a badge to go by, whatever its title says.
  if (/[-_#](club|vgirl|star)\b/.test(marks)) return { kind: 'none' };
  if (/vgrey/.test(marks)) return { kind: 'unknown', label };
  if (/官方|机构|企业|政府|媒体/.test(title)) return { kind: 'organization', label };
  if (/个人/.test(title)) return { kind: 'personal', label };
  return { kind: 'unknown', label };
}
