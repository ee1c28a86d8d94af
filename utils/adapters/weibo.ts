import type { ExtractionLayer } from '../schemas/messages';
import { absoluteUrl, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';
import { weiboSelectors } from './weibo-selectors';
import { kindOfWooBadge, weiboKey, weiboPageDataOfItem } from './weibo-verification';

export function uidOf(link: Element | null): string | undefined {
  if (!link) return undefined;
  const card = link.getAttribute('usercard') ?? '';
  if (/^\d{4,20}$/.test(card)) return card;
  const href = link.getAttribute('href') ?? '';
  return /(?:weibo\.com|^)\/(?:u\/|profile\/)?(\d{4,20})(?:[/?#]|$)/.exec(href)?.[1];
}

interface NameHit {
  /** The profile link (feed, comments, search); absent on the profile page, where the URL says who. */
  link?: Element;
  uid?: string;
  name: Element;
  badge: Element | null;
  layer: ExtractionLayer;
  context?: Element | null;
  bio?: Element | null;
  /** The profile's verified reason, after `i.woo-font--proV`. */
  reason?: Element | null;
}

function feedHits(root: ParentNode): NameHit[] {
  const { feedNameOld, feedNameNew, commentName, commentBadge, avatarBadge, searchName } = weiboSelectors;
  const hits: NameHit[] = [];
  for (const link of selfAndBelow(root, `${feedNameOld.css}, ${feedNameNew.css}`)) {
    if (link.closest('.retweet, .wbpro-list')) continue; // reposted author: no avatar, no badge
    const card = link.closest('article') ?? link.closest('header')?.parentElement ?? null;
    const header = link.closest('header') ?? card;
    hits.push({
      link,
      name: link.querySelector('span') ?? link,
      badge: header?.querySelector(avatarBadge.css) ?? null,
      layer: 'class',
      context: card?.querySelector('[class*="detail_wbtext"], [class*="_wbtext_"]'),
    });
  }
  for (const link of selfAndBelow(root, commentName.css)) {
    // A reply row is `.item2` (no `.item2in`), whose V may sit on its avatar or after the name.
    const row = link.closest('.item1in, .item2, .card-together, .list_li') ?? link.parentElement;
    hits.push({
      link,
      name: link,
      badge: row?.querySelector(`${avatarBadge.css}, ${commentBadge.css}`) ?? null,
      layer: 'class',
      context: link.parentElement,
    });
  }
  for (const link of selfAndBelow(root, searchName.css)) {
    // A repost's original author has the same name link, inside the card but without an avatar:
    // the card's V and text are the reposter's (public s.weibo.com scrapers). Left out, as above.
    if (link.closest('[node-type="feed_list_forwardContent"]')) continue;
    const card = link.closest('div[action-type="feed_list_item"]');
    hits.push({
      link,
      name: link,
      badge: card?.querySelector(`.avator ${avatarBadge.css}`) ?? null,
      layer: 'hook',
      context: card?.querySelector('p[node-type="feed_list_content_full"], p[node-type="feed_list_content"]'),
    });
  }
  return hits;
}

function profileHits(root: ParentNode, url: URL): NameHit[] {
  const uid = /^\/(?:u\/)?(\d{4,20})\/?$/.exec(url.pathname)?.[1];
  return selfAndBelow(root, weiboSelectors.profileName.css).map((name) => {
    const box = name.closest('[class*="ProfileHeader_box"]') ?? name.parentElement?.parentElement ?? null;
    return {
      uid,
      name,
      badge: box?.querySelector(weiboSelectors.avatarBadge.css) ?? null,
      layer: 'class' as const,
      bio: box?.querySelector('[class*="ProfileHeader_desc"]'),
      reason: box?.querySelector('.woo-font--proV')?.nextElementSibling,
    };
  });
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  for (const hit of [...feedHits(root), ...profileHits(root, ctx.url)]) {
    if (ctx.seen.has(hit.name)) continue;
    const uid = hit.uid ?? uidOf(hit.link ?? null);
    const profileUrl = absoluteUrl(uid ? `https://weibo.com/u/${uid}` : hit.link?.getAttribute('href'), ctx.url);
    const key = uid ? weiboKey(uid) : profileUrl;
    if (!key) continue;
    const nick = hit.link?.getAttribute('nick-name') ?? hit.name.getAttribute('title');
    const dom = kindOfWooBadge(hit.badge);
    if (hit.reason && dom.kind !== 'none') dom.label = readableText(hit.reason, 2000);
    const badge = withPageData(ctx, key, dom, hit.layer);
    const account = makeAccount({
      platform: 'weibo',
      key,
      id: uid,
      displayName: nick || readableText(hit.name),
      profileUrl,
      verification: badge.verification,
      bio: hit.bio ? readableText(hit.bio, 20_000) : badge.data?.bio,
      element: hit.name,
      layer: badge.layer,
      context: hit.context ? () => readableText(hit.context!, 500) : undefined,
    });
    if (account) out.push(account);
  }
  return out;
}

export const weiboAdapter: SiteAdapter = {
  id: 'weibo',
  platform: 'weibo',
  matches: (url) => /(^|\.)weibo\.com$/.test(url.hostname),
  selectors: weiboSelectors,
  scan,
  // The reader reads the Vue data of the nickname block around the name.
  pageData: { fromItem: weiboPageDataOfItem, readsAround: () => true },
  // Settings, messages and login pages show no one else's account.
  expectsAccounts: (url) => !/^\/(set|messages|login|signup)/.test(url.pathname),
};

/* Test URLs: https://weibo.com/ (feed), https://weibo.com/<uid>/<mid> (detail + comments),
   https://weibo.com/u/<uid> (profile), https://s.weibo.com/weibo?q=… (search) */
