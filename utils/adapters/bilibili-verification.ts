// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { cleanText, MAX_BIO, MAX_NAME } from './common';
import { safeInt } from './safe-int';
import type { PageAccountData, PageDataEntries, ReaderItem } from './types';

/**
 * Bilibili's verification (site-dom.md, Bilibili table; fixtures bilibili/*):
 * `official_verify.type` -1 none, 0 personal, 1 organisation (`desc` = the reason). The newer
 * `official.role`: 1, 2, 7, 9 personal; 3, 4, 5, 6 organisation; 0 none. `vip` is membership.
 */
export function kindOfOfficialVerify(type: number | undefined): VerificationKind {
  if (type === undefined || type === -1) return 'none';
  if (type === 0) return 'personal';
  if (type === 1) return 'organization';
  return 'unknown';
}

export function kindOfOfficialRole(role: number | undefined): VerificationKind {
  if (!role) return 'none';
  if ([1, 2, 7, 9].includes(role)) return 'personal';
  if ([3, 4, 5, 6].includes(role)) return 'organization';
  return 'unknown';
}

const Official = z.looseObject({ type: z.optional(safeInt()), desc: z.optional(z.string().check(z.maxLength(2000))) });

/** A member/author object as comments (`member`), dynamics (`module_author`) and cards carry it. */
export const BiliMemberJson = z.looseObject({
  mid: z.union([safeInt().check(z.nonnegative()), z.string().check(z.regex(/^\d{1,20}$/))]),
  uname: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_NAME))),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_NAME))),
  sign: z.optional(z.string().check(z.maxLength(MAX_BIO))),
  official_verify: z.optional(Official),
  official: z.optional(
    z.looseObject({
      role: z.optional(safeInt()),
      title: z.optional(z.string().check(z.maxLength(2000))),
      type: z.optional(safeInt()),
    }),
  ),
});
export type BiliMemberJson = z.infer<typeof BiliMemberJson>;

export function bilibiliKey(mid: string): string {
  return `bilibili:${mid}`;
}

export function pageDataOfBiliMember(member: BiliMemberJson): [string, PageAccountData] {
  const id = String(member.mid);
  let kind = kindOfOfficialVerify(member.official_verify?.type);
  let label = member.official_verify?.desc;
  if (kind === 'none' && member.official) {
    kind = kindOfOfficialRole(member.official.role);
    label = member.official.title;
  }
  const data: PageAccountData = { id, verification: { kind } };
  const cleanLabel = cleanText(label, 2000);
  if (cleanLabel && kind !== 'none') data.verification = { kind, label: cleanLabel };
  const name = cleanText(member.uname ?? member.name, MAX_NAME);
  if (name) data.displayName = name;
  const bio = cleanText(member.sign, MAX_BIO);
  if (bio) data.bio = bio;
  return [bilibiliKey(id), data];
}

/** Reader items with a Bilibili member: comment elements' `.data.member`. */
export function bilibiliPageDataOfItem(item: ReaderItem): PageDataEntries {
  if (item.type !== 'bili-member') return [];
  const member = BiliMemberJson.safeParse(item.member);
  return member.success ? [pageDataOfBiliMember(member.data)] : [];
}
