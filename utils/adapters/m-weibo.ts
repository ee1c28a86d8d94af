import type { VerificationKind } from '../schemas/account';
import { absoluteUrl, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import { scriptJson } from './embedded-json';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';
import { pageDataOfWeiboJson, weiboKey, weiboPageDataOfItem } from './weibo-verification';

const CARDS = 'e2e/fixtures/sites/m-weibo/cards.html';
const DETAIL = 'e2e/fixtures/sites/m-weibo/detail.html';

/**
 * m.weibo.cn, the mobile site: readable BEM-like classes (site-dom.md, Weibo table). Cards are
 * `div.card.m-panel.card9 > header.weibo-top`; comments `div.card.m-avatar-box.lite-page-list`.
 * The V is an `i.m-icon` in the avatar box; `m-icon-vip*`/`img.vipicon` is membership, not a V.
 */
export const mWeiboSelectors = {
  /** Post author: `header.weibo-top .m-text-box > a[href="/profile/<uid>"] > h3.m-text-cut`. */
  cardName: {
    css: '.card9 header .m-text-box h3.m-text-cut',
    expect: [
      { fixture: CARDS, count: 5 },
      { fixture: DETAIL, count: 1 },
    ],
  },
  /**
   * Comment author: `.lite-page-list .m-text-box > h4.m-text-cut`, with no uid in the DOM and
   * no page data: the page fetches comments from `/comments/hotflow` (`data.data[].user`, with
   * verified_type; replies in `.comments[].user`: public scrapers), which `$render_data` (the
   * post only) does not hold; where the Vue app keeps that JSON is in no saved page or public
   * script, so the MAIN-world reader does not guess at it. A commenter is keyed by its name link
   * unless a card or the data names its uid, and its V is the DOM icon's: a blue V is
   * `organization`, government and media among it untold (verified_type would tell).
   */
  commentName: { css: '.lite-page-list .m-text-box h4.m-text-cut', expect: [{ fixture: DETAIL, count: 3 }] },
  /** The V in the avatar box (public scrapers: `header .m-img-box i.m-icon`). */
  avatarIcon: {
    css: '.m-img-box i.m-icon',
    expect: [
      { fixture: CARDS, count: 4 },
      { fixture: DETAIL, count: 3 },
    ],
  },
  /** The detail page's server data, read by the MAIN-world reader or from the script text. */
  renderData: { css: 'script:not([src])', expect: [{ fixture: DETAIL, count: 1 }] },
} as const;

/**
 * m.weibo.cn icon classes (site-dom.md; a 2026 scraper's legend): bluev = organisation,
 * government or media (indistinguishable in the DOM); yellowv/orangev/redv/goldv = person;
 * club (达人) is no verification.
 */
export function kindOfMIcon(icon: Element | null): VerificationKind {
  const names = icon?.getAttribute('class') ?? '';
  if (/\bm-icon-bluev\b/.test(names)) return 'organization';
  if (/\bm-icon-(yellowv|orangev|redv|goldv)/.test(names)) return 'personal';
  if (!icon || /\bm-icon-club\b/.test(names)) return 'none';
  return 'unknown';
}

function uidOfHref(href: string | null | undefined): string | undefined {
  return /^(?:https?:\/\/m\.weibo\.cn)?\/(?:profile|u)\/(\d{4,20})/.exec(href ?? '')?.[1];
}

/** The uids the post cards' name links give, by screen name: read once per scan, for all its comments. */
function cardUidsIn(doc: Document): Map<string, string> {
  const uids = new Map<string, string>();
  for (const h3 of Array.from(doc.querySelectorAll(mWeiboSelectors.cardName.css))) {
    const uid = uidOfHref(h3.closest('a[href]')?.getAttribute('href'));
    const name = readableText(h3);
    if (uid && !uids.has(name)) uids.set(name, uid);
  }
  return uids;
}

/**
 * A commenter's uid by screen name, which is unique on Weibo: the post's author replying under it
 * is that account, not a second one keyed by name. The cards' name links give it from the first
 * scan on; the page data comes later, and a name keyed before it stays keyed by name (its
 * update names uids only, so the scanner does not rescan the comment).
 */
function uidNamed(ctx: ScanContext, cardUids: Map<string, string>, displayName: string): string | undefined {
  const uid = cardUids.get(displayName);
  if (uid) return uid;
  for (const [key, data] of ctx.pageData) if (key.startsWith('weibo:') && data.displayName === displayName) return key.slice(6);
  return undefined;
}

function iconIn(box: Element | null | undefined): Element | null {
  // The first i.m-icon that is a V or 达人 mark, skipping membership (m-icon-vip*).
  for (const icon of Array.from(box?.querySelectorAll('.m-img-box i.m-icon') ?? [])) {
    if (!/\bm-icon-vip/.test(icon.getAttribute('class') ?? '')) return icon;
  }
  return null;
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { cardName, commentName } = mWeiboSelectors;
  let cardUids: Map<string, string> | undefined;
  for (const name of selfAndBelow(root, `${cardName.css}, ${commentName.css}`)) {
    if (ctx.seen.has(name)) continue;
    const isComment = name.localName === 'h4';
    const card = name.closest(isComment ? '.lite-page-list' : '.card9');
    const box = isComment ? card : name.closest('header');
    const link = name.closest('a[href]') ?? box?.querySelector('a[href*="/profile/"], a[href*="/u/"]');
    const displayName = readableText(name);
    let uid = uidOfHref(link?.getAttribute('href'));
    if (!uid && isComment) {
      cardUids ??= cardUidsIn(name.ownerDocument);
      uid = uidNamed(ctx, cardUids, displayName);
    }
    // Comments carry no uid in the DOM; the name link form is what weibo.com/n/<name> resolves.
    const profileUrl = absoluteUrl(
      uid ? `https://m.weibo.cn/profile/${uid}` : `https://weibo.com/n/${encodeURIComponent(displayName)}`,
      ctx.url,
    );
    const key = uid ? weiboKey(uid) : profileUrl;
    if (!key) continue;
    const badge = withPageData(ctx, key, { kind: kindOfMIcon(iconIn(box)) }, 'class');
    const text = card?.querySelector(isComment ? 'h3' : '.weibo-text');
    const account = makeAccount({
      platform: 'weibo',
      key,
      id: uid,
      displayName,
      profileUrl,
      verification: badge.verification,
      bio: badge.data?.bio,
      element: name,
      layer: badge.layer,
      context: text ? () => readableText(text, 500) : undefined,
    });
    if (account) out.push(account);
  }
  return out;
}

export const mWeiboAdapter: SiteAdapter = {
  id: 'm-weibo',
  platform: 'weibo',
  // hosts.ts covers weibo.cn and its subdomains; the card markup here is m.weibo.cn's.
  matches: (url) => /(^|\.)weibo\.cn$/.test(url.hostname),
  selectors: mWeiboSelectors,
  scan,
  pageData: {
    fromItem: weiboPageDataOfItem,
    // /detail and /status: `var $render_data = [{status:{user}}][0] || {};` (m.weibo.cn only).
    embedded: (doc, url) => (url.hostname === 'm.weibo.cn' ? pageDataOfWeiboJson(scriptJson(doc, '$render_data =')) : []),
  },
  expectsAccounts: (url) => url.hostname === 'm.weibo.cn' && !/^\/(message|setting|compose|login)/.test(url.pathname),
};

/* Test URLs: https://m.weibo.cn/ (cards), https://m.weibo.cn/detail/<mid> and /status/<mid>
   ($render_data + comments), https://m.weibo.cn/profile/<uid> (cards) */
