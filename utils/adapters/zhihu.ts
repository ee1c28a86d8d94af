// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { absoluteUrl, cleanText, MAX_BIO, MAX_NAME, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import { jsonOfScript } from './embedded-json';
import type { FoundAccount, PageAccountData, ScanContext, SiteAdapter } from './types';

const ANSWERS = 'e2e/fixtures/sites/zhihu/question.html';
const ORG = 'e2e/fixtures/sites/zhihu/org-profile.html';

/**
 * zhihu.com (site-dom.md, Zhihu table): answer authors carry schema.org microdata
 * (`.AuthorInfo meta[itemprop=name|url]`), the certified badge is `svg.Zi--BadgeCert`, and
 * `script#js-initialData` holds `initialState.entities.users[urlToken]` with the badge list.
 */
export const zhihuSelectors = {
  authorName: {
    css: '.AuthorInfo .AuthorInfo-name .UserLink-link',
    expect: [
      { fixture: ANSWERS, count: 3 },
      { fixture: ORG, count: 0 },
    ],
  },
  authorMicrodata: { css: '.AuthorInfo meta[itemprop="url"]', expect: [{ fixture: ANSWERS, count: 3 }] },
  certBadge: {
    css: 'svg.Zi--BadgeCert',
    expect: [
      { fixture: ANSWERS, count: 2 },
      { fixture: ORG, count: 1 },
    ],
  },
  profileName: { css: '.ProfileHeader-title .ProfileHeader-name', expect: [{ fixture: ORG, count: 1 }] },
  initialData: {
    css: 'script#js-initialData',
    expect: [
      { fixture: ANSWERS, count: 1 },
      { fixture: ORG, count: 1 },
    ],
  },
} as const;

const ZhihuUser = z.looseObject({
  urlToken: z.string().check(z.regex(/^[\w-]{1,100}$/)),
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

function tokenOf(href: string | null | undefined): { token: string; org: boolean } | undefined {
  const match = /zhihu\.com\/(people|org)\/([\w-]{1,100})|^\/(people|org)\/([\w-]{1,100})/.exec(href ?? '');
  const kind = match?.[1] ?? match?.[3];
  const token = match?.[2] ?? match?.[4];
  return token ? { token, org: kind === 'org' } : undefined;
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { authorName, profileName, certBadge } = zhihuSelectors;
  for (const name of selfAndBelow(root, `${authorName.css}, ${profileName.css}`)) {
    if (ctx.seen.has(name)) continue;
    const isProfile = name.matches(profileName.css);
    const box = isProfile ? name.closest('.ProfileHeader') : name.closest('.AuthorInfo');
    const microUrl = box?.querySelector('meta[itemprop="url"]')?.getAttribute('content');
    const who = isProfile ? tokenOf(ctx.url.pathname) : (tokenOf(microUrl) ?? tokenOf(name.getAttribute('href')));
    if (!who) continue;
    const key = `zhihu:${who.token.toLowerCase()}`;
    const badgeText = box?.querySelector('.AuthorInfo-badgeText, .ProfileHeader-headline');
    const certified = box?.querySelector(certBadge.css);
    // The cert badge on an /org/ account is the organisation's; on /people/ a person's identity.
    const dom = certified
      ? {
          kind: (who.org ? 'organization' : 'personal') as VerificationKind,
          label: badgeText ? readableText(badgeText, 2000) : undefined,
        }
      : { kind: 'none' as const };
    const badge = withPageData(ctx, key, dom, microUrl ? 'hook' : 'class');
    const answer = name.closest('.ContentItem, .List-item');
    const context = answer?.querySelector('.RichContent-inner, .RichText');
    const account = makeAccount({
      platform: 'zhihu',
      key,
      handle: who.token,
      displayName: box?.querySelector('meta[itemprop="name"]')?.getAttribute('content') || readableText(name),
      profileUrl: absoluteUrl(`https://www.zhihu.com/${who.org ? 'org' : 'people'}/${who.token}`, ctx.url),
      verification: badge.verification,
      bio: badgeText ? readableText(badgeText, MAX_BIO) : badge.data?.bio,
      element: name,
      layer: badge.layer,
      context: context ? () => readableText(context, 500) : undefined,
    });
    if (account) out.push(account);
  }
  return out;
}

export const zhihuAdapter: SiteAdapter = {
  id: 'zhihu',
  platform: 'zhihu',
  matches: (url) => /(^|\.)zhihu\.com$/.test(url.hostname),
  selectors: zhihuSelectors,
  scan,
  pageData: { embedded: readZhihuInitialData },
  expectsAccounts: (url) => /^\/(question|people|org|answer|$)/.test(url.pathname) || url.hostname.startsWith('zhuanlan.'),
};

/* Test URLs: https://www.zhihu.com/question/<id>, https://www.zhihu.com/people/<token>, /org/<token> */
