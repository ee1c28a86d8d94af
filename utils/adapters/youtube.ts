import type { VerificationKind } from '../schemas/account';
import { absoluteUrl, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';
import { youtubePageData } from './youtube-data';
import { youtubeKey } from './youtube-key';
import { handleOfPath } from './youtube-response';

const WATCH = 'e2e/fixtures/sites/youtube/watch.html';
const CHANNEL = 'e2e/fixtures/sites/youtube/channel.html';
const CHANNEL_VERIFIED = 'e2e/fixtures/sites/youtube/channel-verified.html';
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
  // With the owner's name pill (or a verified commenter's badge) shown, #author-text is [hidden]
  // and the name is the badge renderer's #name (Lumynous "YouTube Commenter Names" gist;
  // Channel-Blocker-Plus comment.js).
  commentAuthor: { css: 'ytd-comment-thread-renderer #author-text:not([hidden])', expect: [{ fixture: WATCH, count: 2 }] },
  commentOwner: {
    css: 'ytd-comment-thread-renderer ytd-author-comment-badge-renderer #name',
    expect: [{ fixture: WATCH, count: 2 }],
  },
  channelTitle: {
    css: 'yt-page-header-view-model h1 > span[role="text"], #inner-header-container ytd-channel-name #text',
    expect: [
      { fixture: CHANNEL, count: 1 },
      { fixture: CHANNEL_VERIFIED, count: 1 },
    ],
  },
  // An icon in the title (its exact markup is not confirmed against a saved page). Never an
  // img: emoji and link favicons are img.yt-core-attributed-string__image-element too.
  channelCheck: {
    css: 'yt-page-header-view-model h1 :is(yt-icon-shape, .yt-icon-shape, .ytIconWrapperHost, svg, [role="img"]:not(img))',
    expect: [
      { fixture: CHANNEL, count: 0 },
      { fixture: CHANNEL_VERIFIED, count: 3 },
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

const CHANNEL_ID = /^UC[\w-]{10,40}$/;

/**
 * What a channel link (or a channel page's path) names, keyed by the channel's UC… id when the
 * path has it or the page data maps its @handle to one (watch owner, channel header), else by its
 * handle. A handle keyed before its data came is keyed by id after: the data is also under the
 * handle's key (youtube-data.ts underKeys), so its arrival makes the scanner forget the handle's
 * record, verdict and list entry and rescan the element (scanner.ts, page-data update).
 */
function channelOf(path: string | null, ctx: ScanContext) {
  const handle = handleOfPath(path ?? undefined);
  const mapped = handle ? ctx.pageData.get(youtubeKey(handle, undefined)!)?.id : undefined;
  const linked = /\/channel\/(UC[\w-]{10,40})/.exec(path ?? '')?.[1];
  const channelId = linked ?? (mapped && CHANNEL_ID.test(mapped) ? mapped : undefined);
  return { handle, channelId, key: youtubeKey(handle, channelId) };
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { ownerName, commentAuthor, commentOwner, channelTitle, channelCheck, ownerBadge } = youtubeSelectors;
  const ownerKind = (owner: Element | null) =>
    kindOfBadgeElement(owner?.closest('ytd-video-owner-renderer')?.querySelector(ownerBadge.css));
  for (const name of selfAndBelow(root, `${ownerName.css}, ${commentAuthor.css}, ${commentOwner.css}, ${channelTitle.css}`)) {
    if (ctx.seen.has(name)) continue;
    const isChannel = name.matches(channelTitle.css);
    const { handle, channelId, key } = channelOf(isChannel ? ctx.url.pathname : name.getAttribute('href'), ctx);
    if (!key) continue;
    const comment = name.closest('ytd-comment-view-model, ytd-comment-renderer');
    let kind: VerificationKind = 'none';
    if (isChannel) {
      const legacy = name.closest('#inner-header-container')?.querySelector('ytd-badge-supported-renderer .badge');
      const check = name.closest('yt-page-header-view-model')?.querySelector(channelCheck.css);
      kind = legacy ? kindOfBadgeElement(legacy) : check ? 'unknown' : 'none';
    } else if (!comment) {
      kind = ownerKind(name);
    } else if (!name.matches(commentOwner.css)) {
      // A plain commenter: no badge.
    } else if (!name.closest('[creator]')) {
      // The badge renderer without [creator] draws a verified or an official-artist commenter's
      // name with its icon (Polymerize CommentRenderer.php: a badge when isVerified or isArtist,
      // the pill colour only when isCreator); which of the two is not in the DOM.
      kind = 'unknown';
    } else {
      // The pill says "the video's owner", not "verified" (LuanRT/YouTube.js Comment.ts keeps
      // authorIsChannelOwner apart from authorCommentBadge): the owner's own check applies.
      const owner = name.ownerDocument.querySelector(ownerName.css);
      if (owner && channelOf(owner.getAttribute('href'), ctx).key === key) kind = ownerKind(owner);
    }
    const badge = withPageData(ctx, key, { kind }, 'hook');
    const text = comment?.querySelector('#content-text');
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
