// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { cleanText, MAX_BIO, MAX_NAME } from './common';
import { jsonOfScript } from './embedded-json';
import type { PageAccountData } from './types';
import { zhihuSelectors } from './zhihu-selectors';

const ZhihuUser = z.looseObject({
  // Tokens hold dots: a real 2025 answer payload pasted in a public userscript chat log has
  // `"url_token":"L.M.Sherlock"`.
  urlToken: z.string().check(z.regex(/^[\w.-]{1,100}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  headline: z.optional(z.string().check(z.maxLength(MAX_BIO))),
  userType: z.optional(z.string().check(z.maxLength(30))),
  isOrg: z.optional(z.boolean()),
  badge: z.optional(
    z
      .array(
        z.looseObject({ type: z.string().check(z.maxLength(50)), description: z.optional(z.string().check(z.maxLength(2000))) }),
      )
      .check(z.maxLength(20)),
  ),
});

/** Identity badges verify a person; organisation accounts are verified to exist at all. */
export function kindOfZhihuUser(user: z.infer<typeof ZhihuUser>): { kind: VerificationKind; label?: string } {
  const identity = user.badge?.find((b) => b.type === 'identity');
  if (user.userType === 'organization' || user.isOrg) return { kind: 'organization', label: identity?.description };
  if (identity) return { kind: 'personal', label: identity.description };
  return { kind: 'none' };
}

export function readZhihuInitialData(doc: Document): [string, PageAccountData][] {
  const json = jsonOfScript(doc.querySelector(zhihuSelectors.initialData.css)) as {
    initialState?: { entities?: { users?: unknown } };
  };
  const users = json?.initialState?.entities?.users;
  if (!users || typeof users !== 'object') return [];
  const out: [string, PageAccountData][] = [];
  for (const raw of Object.values(users).slice(0, 500)) {
    const user = ZhihuUser.safeParse(raw);
    if (!user.success) continue;
    const badge = kindOfZhihuUser(user.data);
    const data: PageAccountData = {
      handle: user.data.urlToken,
      displayName: cleanText(user.data.name, MAX_NAME),
      verification: badge,
    };
    if (!badge.label) data.verification = { kind: badge.kind };
    const bio = cleanText(user.data.headline, MAX_BIO);
    if (bio) data.bio = bio;
    out.push([`zhihu:${user.data.urlToken.toLowerCase()}`, data]);
  }
  return out;
}
