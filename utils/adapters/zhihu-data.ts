// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { cleanText, MAX_BIO, MAX_NAME } from './common';
import { jsonOfScript } from './embedded-json';
import type { PageAccountData, ScanContext } from './types';
import { zhihuSelectors } from './zhihu-selectors';

/**
 * A member's hash id. Comment links carry it (`/people/<32 hex>`), answers and profiles the
 * url_token; one person has both (a real 2025 answer payload pasted in a public userscript
 * chat log: `"url_token":"L.M.Sherlock"`, `"url":"…/people/4c592f496dc33822b560b382907ff1d0"`).
 */
const MEMBER_ID = /^[0-9a-f]{32}$/i;

const Badges = z.optional(
  z.nullable(
    z
      .array(
        z.looseObject({ type: z.string().check(z.maxLength(50)), description: z.optional(z.string().check(z.maxLength(2000))) }),
      )
      .check(z.maxLength(20)),
  ),
);

const ZhihuUser = z.looseObject({
  id: z.optional(z.string().check(z.maxLength(100))),
  // Tokens hold dots ("L.M.Sherlock" in the same payload).
  urlToken: z.string().check(z.regex(/^[\w.-]{1,100}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  headline: z.optional(z.string().check(z.maxLength(MAX_BIO))),
  userType: z.optional(z.string().check(z.maxLength(30))),
  isOrg: z.optional(z.boolean()),
  badge: Badges,
  // zly2006/zhihu-plus-plus DataHolder.kt: `badgeV2{title, mergedBadges, detailBadges, …}`, nullable.
  badgeV2: z.optional(z.nullable(z.looseObject({ detailBadges: Badges, mergedBadges: Badges }))),
});
type ZhihuUser = z.infer<typeof ZhihuUser>;

const isIdentity = (badge: { type: string }) => badge.type === 'identity';

/**
 * Identity badges verify a person; organisation accounts are verified to exist at all. The
 * identity may sit in badgeV2 alone (the 2025 payload has it in `badge` and in both badge_v2
 * lists); badgeV2's other types (`best`, `reward`: 社区成就) are community awards, not identity.
 */
function kindOfZhihuUser(user: ZhihuUser): { kind: VerificationKind; label?: string } {
  const identity =
    user.badge?.find(isIdentity) ?? user.badgeV2?.detailBadges?.find(isIdentity) ?? user.badgeV2?.mergedBadges?.find(isIdentity);
  if (user.userType === 'organization' || user.isOrg) return { kind: 'organization', label: identity?.description };
  if (identity) return { kind: 'personal', label: identity.description };
  return { kind: 'none' };
}

const MAX_USERS = 500;
/**
 * Question pages hold answer authors inline in `entities.answers[id].author` (zhihu-plus-plus
 * reads answers, articles and questions this way); profile pages use `entities.users[token]`.
 * No source shows pins' shape; the schema drops an author of any other.
 */
const WITH_AUTHOR = ['answers', 'articles', 'questions', 'pins'];

function rawUsers(entities: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  const users = entities.users;
  if (users && typeof users === 'object') out.push(...Object.values(users).slice(0, MAX_USERS));
  for (const name of WITH_AUTHOR) {
    const items = entities[name];
    if (!items || typeof items !== 'object') continue;
    for (const item of Object.values(items).slice(0, MAX_USERS)) {
      const author = (item as { author?: unknown } | null)?.author;
      if (author) out.push(author);
    }
  }
  return out.slice(0, MAX_USERS);
}

/** js-initialData's users, each under `zhihu:<url_token>` and, when it has one, `zhihu:<hash id>`. */
export function readZhihuInitialData(doc: Document): [string, PageAccountData][] {
  const json = jsonOfScript(doc.querySelector(zhihuSelectors.initialData.css)) as {
    initialState?: { entities?: Record<string, unknown> };
  };
  const entities = json?.initialState?.entities;
  if (!entities || typeof entities !== 'object') return [];
  const out = new Map<string, PageAccountData>();
  for (const raw of rawUsers(entities)) {
    const user = ZhihuUser.safeParse(raw);
    if (!user.success) continue;
    const key = `zhihu:${user.data.urlToken.toLowerCase()}`;
    if (out.has(key)) continue;
    const badge = kindOfZhihuUser(user.data);
    const data: PageAccountData = {
      handle: user.data.urlToken,
      displayName: cleanText(user.data.name, MAX_NAME),
      verification: badge.label ? badge : { kind: badge.kind },
    };
    const bio = cleanText(user.data.headline, MAX_BIO);
    if (bio) data.bio = bio;
    const id = user.data.id?.toLowerCase();
    if (id && MEMBER_ID.test(id)) data.id = id;
    out.set(key, data);
    if (data.id) out.set(`zhihu:${data.id}`, data);
  }
  return [...out];
}

/**
 * The key of a member named by a link's token (url_token or hash id), so that answers, comments
 * and profiles give one person one key: the url_token whenever it is known (the profile URL's, and
 * the key earlier versions stored trust and reports under), the hash id only for a comment
 * author the page tells nothing more about.
 */
export function zhihuMember(
  ctx: ScanContext,
  token: string,
  hash?: () => string | undefined,
): { key: string; id?: string; handle?: string } {
  const lower = token.toLowerCase();
  if (MEMBER_ID.test(lower)) {
    const handle = ctx.pageData.get(`zhihu:${lower}`)?.handle || undefined;
    return { key: `zhihu:${handle?.toLowerCase() ?? lower}`, id: lower, handle };
  }
  // The page data's id first: the DOM's (`hash`) means parsing the answer's module JSON.
  return { key: `zhihu:${lower}`, id: ctx.pageData.get(`zhihu:${lower}`)?.id ?? hash?.(), handle: token };
}

/** `/people/<token>` or `/org/<token>`; tokens hold dots ("L.M.Sherlock"). */
export function tokenOf(href: string | null | undefined): { token: string; org: boolean } | undefined {
  const match = /zhihu\.com\/(people|org)\/([\w.-]{1,100})|^\/(people|org)\/([\w.-]{1,100})/.exec(href ?? '');
  const kind = match?.[1] ?? match?.[3];
  const token = match?.[2] ?? match?.[4];
  return token ? { token, org: kind === 'org' } : undefined;
}

const MODULE = 'data-za-extra-module';
const ExtraModule = z.looseObject({
  card: z.looseObject({ content: z.looseObject({ author_member_hash_id: z.string().check(z.regex(MEMBER_ID)) }) }),
});

/**
 * An answer's author hash id from `data-za-extra-module` on the item, or on its parent in the
 * recommend feed (liuyubing233/zhihu-custom src/components/blocked-users/add-block-button.ts:
 * `JSON.parse(mo).card.content.author_member_hash_id`). No higher: a container's module may
 * name another author (the question's).
 */
export function answerAuthorId(item: Element | null): string | undefined {
  const holder = item?.hasAttribute(MODULE) ? item : item?.parentElement;
  const text = holder?.getAttribute(MODULE);
  if (!text || text.length > 20_000) return undefined;
  try {
    const module = ExtraModule.safeParse(JSON.parse(text));
    return module.success ? module.data.card.content.author_member_hash_id.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
