import type { VerificationKind } from '../schemas/account';
import type { ExtractionLayer } from '../schemas/messages';
import { bilibiliKey, bilibiliPageDataOfItem } from './bilibili-verification';
import { absoluteUrl, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';

const VIDEO = 'e2e/fixtures/sites/bilibili/video.html';
const LEGACY = 'e2e/fixtures/sites/bilibili/video-legacy-comments.html';
const SPACE = 'e2e/fixtures/sites/bilibili/space.html';

/**
 * bilibili.com (site-dom.md, Bilibili table). Video owner and space header use readable BEM
 * classes; the 2024+ comments live in nested open shadow roots of custom elements
 * (bili-comments → bili-comment-thread-renderer → bili-comment-renderer → bili-comment-user-info
 * → `#user-name[data-user-profile-id]`), whose badge is only in the elements' `.data` (page data).
 */
export const bilibiliSelectors = {
  videoOwner: { css: '.up-info-container a.up-name', expect: [{ fixture: VIDEO, count: 1 }] },
  /** Avatar V: `bili-avatar-icon-personal` (yellow) / `-business` (blue); `-vip` is membership. */
  avatarIcon: {
    css: '.bili-avatar .bili-avatar-icon',
    expect: [
      { fixture: VIDEO, count: 1 },
      { fixture: LEGACY, count: 3 },
      { fixture: SPACE, count: 1 },
    ],
  },
  /** Inside bili-comment-user-info's shadow root (hook: the id and the data attribute). */
  commentUser: { css: '#user-name[data-user-profile-id]', expect: [{ fixture: VIDEO, count: 0 }] },
  commentHosts: { css: 'bili-comments', expect: [{ fixture: VIDEO, count: 1 }] },
  legacyComment: {
    css: '.reply-item .user-name[data-user-id], .sub-reply-item .sub-user-name[data-user-id]',
    expect: [{ fixture: LEGACY, count: 4 }],
  },
  spaceName: { css: '#h-name, .upinfo__main .nickname, .m-space-info .name', expect: [{ fixture: SPACE, count: 1 }] },
} as const;

const SHADOW_HOSTS =
  'bili-comments, bili-comment-thread-renderer, bili-comment-renderer, bili-comment-replies-renderer, bili-comment-reply-renderer, bili-comment-user-info';

export function kindOfAvatarIcon(icon: Element | null | undefined): VerificationKind {
  const names = icon?.getAttribute('class') ?? '';
  if (/bili-avatar-icon(-|--)personal/.test(names)) return 'personal';
  if (/bili-avatar-icon(-|--)business/.test(names)) return 'organization';
  if (!icon || /vip|nft/.test(names)) return 'none';
  return 'unknown';
}

/** Open shadow roots of the comment elements under `root` (each may need its own observer). */
function shadowRoots(root: ParentNode, out: ShadowRoot[] = []): ShadowRoot[] {
  // Depth-first in document order, so comments come out in reading order.
  for (const host of selfAndBelow(root, SHADOW_HOSTS)) {
    if (!host.shadowRoot) continue;
    out.push(host.shadowRoot);
    shadowRoots(host.shadowRoot, out);
  }
  return out;
}

interface Hit {
  name: Element;
  mid?: string;
  icon?: Element | null;
  layer: ExtractionLayer;
  context?: Element | null;
  commentDom?: boolean;
}

function hitsIn(root: ParentNode, url: URL): Hit[] {
  const s = bilibiliSelectors;
  const hits: Hit[] = [];
  for (const name of selfAndBelow(root, s.videoOwner.css)) {
    const box = name.closest('.up-info-container');
    hits.push({ name, mid: midOf(name.getAttribute('href')), icon: box?.querySelector(s.avatarIcon.css), layer: 'class' });
  }
  for (const name of selfAndBelow(root, s.legacyComment.css)) {
    const item = name.closest('.sub-reply-item, .reply-item');
    const context = item?.querySelector('.reply-content, .sub-reply-content');
    // A root comment's item holds its replies too: its V is on its own avatar, not a reply's.
    const avatar = item?.classList.contains('reply-item') ? item.querySelector('.root-reply-avatar') : item;
    hits.push({
      name,
      mid: name.getAttribute('data-user-id') ?? undefined,
      icon: avatar?.querySelector(s.avatarIcon.css),
      layer: 'class',
      context,
    });
  }
  for (const name of selfAndBelow(root, s.spaceName.css)) {
    const mid = /^\/(\d{1,20})/.exec(url.pathname)?.[1];
    const header = name.closest('.h-inner, .upinfo, .m-space-info, .h-user');
    hits.push({ name, mid, icon: header?.querySelector(s.avatarIcon.css), layer: 'class' });
  }
  return hits;
}

/** The comment names in `root` and in every open shadow root below it. */
function commentHits(root: ParentNode): Hit[] {
  const hits: Hit[] = [];
  for (const scope of [root, ...shadowRoots(root)]) {
    for (const user of selfAndBelow(scope, bilibiliSelectors.commentUser.css)) {
      // The text sits in bili-rich-text's shadow root, beside the user-info host in the renderer's root.
      const host = (user.getRootNode() as ShadowRoot).host;
      const renderer = host?.getRootNode() as ParentNode | undefined;
      const rich = renderer?.querySelector('bili-rich-text')?.shadowRoot?.querySelector('#contents');
      const name = user.querySelector('a') ?? user;
      hits.push({
        name,
        mid: user.getAttribute('data-user-profile-id') ?? undefined,
        layer: 'hook',
        context: rich,
        commentDom: true,
      });
    }
  }
  return hits;
}

function midOf(href: string | null): string | undefined {
  return /space\.bilibili\.com\/(\d{1,20})/.exec(href ?? '')?.[1];
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  for (const hit of [...hitsIn(root, ctx.url), ...commentHits(root)]) {
    if (ctx.seen.has(hit.name) || !hit.mid || !/^\d{1,20}$/.test(hit.mid)) continue;
    const key = bilibiliKey(hit.mid);
    // Comment DOM shows no badge; until the reader's `.data` arrives the type is unreadable.
    const dom = hit.commentDom ? { kind: 'unknown' as const } : { kind: kindOfAvatarIcon(hit.icon) };
    const badge = withPageData(ctx, key, dom, hit.layer);
    const account = makeAccount({
      platform: 'bilibili',
      key,
      id: hit.mid,
      displayName: readableText(hit.name),
      profileUrl: absoluteUrl(`https://space.bilibili.com/${hit.mid}`, ctx.url),
      verification: badge.verification,
      bio: badge.data?.bio,
      element: hit.name,
      layer: badge.layer,
      context: hit.context ? readableText(hit.context, 500) : undefined,
    });
    if (account) out.push(account);
  }
  return out;
}

export const bilibiliAdapter: SiteAdapter = {
  id: 'bilibili',
  platform: 'bilibili',
  matches: (url) => /(^|\.)bilibili\.com$/.test(url.hostname),
  selectors: bilibiliSelectors,
  scan,
  shadowRoots: (root) => shadowRoots(root),
  // The reader reads the `.data` of the comment element around the name.
  pageData: { fromItem: bilibiliPageDataOfItem, readsAround: () => true },
  expectsAccounts: (url) =>
    /^(www\.|space\.|m\.)?bilibili\.com$/.test(url.hostname) && !/^\/(account|blackboard)/.test(url.pathname),
};

/* Test URLs: https://www.bilibili.com/video/BV…, https://space.bilibili.com/<mid> */
