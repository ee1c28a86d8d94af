// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { absoluteUrl, cleanText, MAX_BIO, MAX_NAME, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import { scriptJson } from './embedded-json';
import { safeInt } from './safe-int';
import type { FoundAccount, PageAccountData, ScanContext, SiteAdapter, SitePageData } from './types';
import { xiaohongshuSelectors } from './xiaohongshu-selectors';

/** redOfficialVerifyType: 0 none, 1 red V (person), 2 blue V (enterprise / organisation). */
export function kindOfRedOfficial(type: number | undefined): VerificationKind {
  if (!type) return 'none';
  if (type === 1) return 'personal';
  if (type === 2) return 'organization';
  return 'unknown';
}

const UserPageData = z.looseObject({
  basicInfo: z.looseObject({
    nickname: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
    redId: z.nullish(z.string().check(z.maxLength(64))),
    desc: z.nullish(z.string().check(z.maxLength(MAX_BIO))),
  }),
  verifyInfo: z.nullish(
    z.looseObject({
      redOfficialVerifyType: z.nullish(safeInt()),
      redOfficialVerifyContent: z.nullish(z.string().check(z.maxLength(2000))),
    }),
  ),
});

/** The profile's page data; the user id comes from the URL, which userPageData lacks. */
export function pageDataOfUserPage(value: unknown, url: URL): [string, PageAccountData][] {
  const userId = userIdOf(url.pathname);
  const page = UserPageData.safeParse(value);
  if (!userId || !page.success) return [];
  const kind = kindOfRedOfficial(page.data.verifyInfo?.redOfficialVerifyType ?? undefined);
  const label = cleanText(page.data.verifyInfo?.redOfficialVerifyContent, 2000);
  const data: PageAccountData = {
    id: userId,
    displayName: cleanText(page.data.basicInfo.nickname, MAX_NAME),
    verification: label && kind !== 'none' ? { kind, label } : { kind },
  };
  if (page.data.basicInfo.redId) data.handle = page.data.basicInfo.redId;
  const bio = cleanText(page.data.basicInfo.desc, MAX_BIO);
  if (bio) data.bio = bio;
  return [[`xiaohongshu:${userId}`, data]];
}

const xiaohongshuPageData: SitePageData = {
  fromItem: (item, url) =>
    item.type === 'picked' && item.source === '__INITIAL_STATE__' && item.name === 'userPageData'
      ? pageDataOfUserPage(item.value, url)
      : [],
  // `window.__INITIAL_STATE__={…}` is a JS literal (undefined values): parsed tolerantly, no eval.
  // The script is the document's as the server sent it: after an in-page navigation it still
  // describes the profile the document was loaded for, whose id is in the document's first address.
  embedded: (doc, url) => {
    const state = scriptJson(doc, 'window.__INITIAL_STATE__=', true) as { user?: { userPageData?: unknown } } | undefined;
    const loaded = (doc.defaultView?.performance.getEntriesByType?.('navigation')[0] as { name?: string } | undefined)?.name;
    return pageDataOfUserPage(state?.user?.userPageData, loaded ? new URL(loaded) : url);
  },
};

function userIdOf(href: string | null | undefined): string | undefined {
  return /\/user\/profile\/([0-9a-f]{24})/.exec(href ?? '')?.[1];
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { cardAuthor, commentAuthor, noteAuthor, profileName } = xiaohongshuSelectors;
  const css = `${cardAuthor.css}, ${commentAuthor.css}, ${noteAuthor.css}, ${profileName.css}`;
  for (const name of selfAndBelow(root, css)) {
    if (ctx.seen.has(name)) continue;
    const isProfile = name.matches(profileName.css);
    const userId = isProfile ? userIdOf(ctx.url.pathname) : userIdOf(name.closest('a[href]')?.getAttribute('href'));
    if (!userId) continue;
    const key = `xiaohongshu:${userId}`;
    // Cards and comments show no badge; the type comes from __INITIAL_STATE__ where present.
    // userPageData names no id (it is keyed by the address it was read at): data under another
    // nickname was read for another profile (the store not yet updated after a navigation).
    const displayName = readableText(name);
    const data = ctx.pageData.get(key);
    const badge =
      data?.displayName && data.displayName !== displayName
        ? { verification: { kind: 'unknown' as const, source: 'dom' as const }, layer: 'class' as const }
        : withPageData(ctx, key, { kind: 'unknown' }, 'class');
    // A comment's holder is nearer than its note's. The note's author: the note's title and text;
    // a card or a comment: the first of its title or text.
    const holder = name.closest('section, .comment-item, #noteContainer');
    const note = holder?.id === 'noteContainer';
    const parts = note ? '#detail-title, #detail-desc' : '.footer .title, .note-text, .content';
    const context = holder ? Array.from(holder.querySelectorAll(parts)).slice(0, note ? 2 : 1) : [];
    const bio = isProfile ? name.closest('.user-info')?.querySelector('.user-desc') : null;
    const account = makeAccount({
      platform: 'xiaohongshu',
      key,
      id: userId,
      handle: badge.data?.handle,
      displayName,
      profileUrl: absoluteUrl(`https://www.xiaohongshu.com/user/profile/${userId}`, ctx.url),
      verification: badge.verification,
      bio: bio ? readableText(bio, MAX_BIO) : badge.data?.bio,
      element: name,
      layer: badge.layer,
      context: context.length ? () => context.map((el) => readableText(el, 500)).join(' ') : undefined,
    });
    if (account) out.push(account);
  }
  return out;
}

export const xiaohongshuAdapter: SiteAdapter = {
  id: 'xiaohongshu',
  platform: 'xiaohongshu',
  matches: (url) => /(^|\.)xiaohongshu\.com$/.test(url.hostname),
  selectors: xiaohongshuSelectors,
  scan,
  pageData: xiaohongshuPageData,
  expectsAccounts: (url) => /^\/(explore|user\/profile|search_result|discovery)/.test(url.pathname),
};

/* Test URLs: https://www.xiaohongshu.com/explore, /explore/<noteId>, /discovery/item/<noteId>, /user/profile/<24-hex id> */
