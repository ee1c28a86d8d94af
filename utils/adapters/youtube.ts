import type { VerificationKind } from '../schemas/account';
import { absoluteUrl, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';
import { handleOfPath, youtubeKey, youtubePageData } from './youtube-data';

const WATCH = 'e2e/fixtures/sites/youtube/watch.html';
const CHANNEL = 'e2e/fixtures/sites/youtube/channel.html';
const REAL = 'real:youtube/youtube.html.static.gz';

/**
 * youtube.com: Polymer custom elements in light DOM (site-dom.md, YouTube table). The badge
 * class says verified vs. verified artist; ytInitialData carries the same as page data.
 */
export const youtubeSelectors = {
  ownerName: {
    css: 'ytd-video-owner-renderer ytd-channel-name #text a',
    expect: [
      { fixture: WATCH, count: 1 },
      { fixture: REAL, count: 0 },
    ],
  },
  ownerBadge: {
    css: 'ytd-video-owner-renderer ytd-badge-supported-renderer .badge',
    expect: [{ fixture: WATCH, count: 1 }],
  },
  commentAuthor: { css: 'ytd-comment-thread-renderer #author-text', expect: [{ fixture: WATCH, count: 3 }] },
  commentBadge: { css: 'ytd-comment-thread-renderer ytd-author-comment-badge-renderer', expect: [{ fixture: WATCH, count: 1 }] },
  channelTitle: {
    css: 'yt-page-header-view-model h1 .yt-core-attributed-string, #inner-header-container ytd-channel-name #text',
    expect: [{ fixture: CHANNEL, count: 1 }],
  },
  ytInitialData: {
    css: 'script:not([src])',
    expect: [
      { fixture: WATCH, count: 1 },
      { fixture: REAL, count: 41 },
    ],
  },
} as const;

/** `.badge-style-type-verified` vs `.badge-style-type-verified-artist` (public userscripts). */
export function kindOfBadgeElement(badge: Element | null | undefined): VerificationKind {
  if (!badge) return 'none';
  if (badge.classList.contains('badge-style-type-verified-artist')) return 'personal';
  if (badge.classList.contains('badge-style-type-verified')) return 'organization';
  return 'unknown';
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { ownerName, commentAuthor, channelTitle, ownerBadge } = youtubeSelectors;
  for (const name of selfAndBelow(root, `${ownerName.css}, ${commentAuthor.css}, ${channelTitle.css}`)) {
    if (ctx.seen.has(name)) continue;
    const isChannel = name.matches(channelTitle.css);
    const isComment = name.matches(commentAuthor.css);
    const href = isChannel ? ctx.url.pathname : name.getAttribute('href');
    const handle = handleOfPath(href ?? undefined);
    const channelId = /\/channel\/(UC[\w-]{10,40})/.exec(href ?? '')?.[1];
    const key = youtubeKey(handle, channelId);
    if (!key) continue;
    let dom: { kind: VerificationKind; label?: string };
    if (isComment) {
      // A commenter's check shows as an author-comment badge; its aria-label is localised.
      const thread = name.closest('ytd-comment-view-model, ytd-comment-renderer');
      dom = thread?.querySelector('ytd-author-comment-badge-renderer') ? { kind: 'unknown' } : { kind: 'none' };
    } else if (isChannel) {
      const header = name.closest('yt-page-header-view-model, #inner-header-container');
      const check = header?.querySelector('.yt-core-attributed-string__image-element, ytd-badge-supported-renderer .badge');
      dom = check ? { kind: kindOfBadgeElement(check) === 'none' ? 'unknown' : kindOfBadgeElement(check) } : { kind: 'none' };
    } else {
      dom = { kind: kindOfBadgeElement(name.closest('ytd-video-owner-renderer')?.querySelector(ownerBadge.css)) };
    }
    const badge = withPageData(ctx, key, dom, 'hook');
    const text = isComment ? name.closest('ytd-comment-view-model, ytd-comment-renderer')?.querySelector('#content-text') : null;
    const account = makeAccount({
      platform: 'youtube',
      key,
      id: channelId ?? badge.data?.id,
      handle,
      displayName: readableText(name),
      profileUrl: absoluteUrl(
        handle ? `https://www.youtube.com/@${encodeURIComponent(handle)}` : `https://www.youtube.com/channel/${channelId}`,
        ctx.url,
      ),
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

export const youtubeAdapter: SiteAdapter = {
  id: 'youtube',
  platform: 'youtube',
  matches: (url) => /(^|\.)youtube\.com$/.test(url.hostname),
  selectors: youtubeSelectors,
  scan,
  pageData: youtubePageData,
  expectsAccounts: (url) => /^\/(watch|@|channel|c\/|shorts)/.test(url.pathname),
};

/* Test URLs: https://www.youtube.com/watch?v=…, https://www.youtube.com/@<handle>; fixture real:youtube/youtube.html.static.gz */
