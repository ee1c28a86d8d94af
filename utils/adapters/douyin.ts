import type { VerificationKind } from '../schemas/account';
import { absoluteUrl, MAX_BIO, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import { readDouyinRenderData } from './douyin-data';
import { douyinSelectors } from './douyin-selectors';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';

export { pageDataOfDouyinJson } from './douyin-data';

const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]';
const OFFICIAL_ACCOUNT = /官方(账号|抖音号)$/;

function secUidOf(href: string | null | undefined): string | undefined {
  return /\/user\/([\w-]{10,120})/.exec(href ?? '')?.[1];
}

/** Without the "作者" tag in the video author's comment links (stored-file ids 55356610129, 34230696600). */
function commentName(link: Element): string {
  const el = link.querySelector('[data-click-from="title"]') ?? link;
  const text = readableText(el);
  const tag = el.querySelector('.semi-tag, [class*="tag"]');
  const tagText = tag ? readableText(tag) : '';
  return tagText && tagText !== text && text.endsWith(tagText) ? text.slice(0, -tagText.length) : text;
}

/**
 * The badge the header shows. Its text says that Douyin verified the account and why, mostly not
 * whether it is the blue V (organisation) or the yellow V (person): a reason such as
 * "优质科技创作者" reads `unknown` with the text as label (detection.md: "a badge whose type cannot
 * be read"), since `organization` would let a yellow-V creator's badge back a military name and
 * `personal` would deny a blue-V body its own. A text that names the account as a body's own
 * ("示例传媒集团官方抖音号" in id 70185112463's capture, "…央视新闻官方账号") is the blue V: Douyin
 * writes that for the bodies it verifies, a person's reason names their work (id 55146489663 reads
 * the colour from the reason too). A profile header renders the badge with the name (the same
 * capture), so none there means none; a video author's block is less known, and a comment shows
 * none at all.
 */
function domVerification(name: Element, isProfile: boolean): { kind: VerificationKind; label?: string } {
  const role = name.closest('[data-e2e="user-info"], [data-e2e="user-detail"]')?.querySelector(douyinSelectors.badge.css);
  const label = role ? readableText(role, 200) : '';
  if (label) return { kind: OFFICIAL_ACCOUNT.test(label) ? 'organization' : 'unknown', label };
  return { kind: isProfile ? 'none' : 'unknown' };
}

/**
 * A feed slide, the active one or a preloaded one. Every rendered slide's author is read: a swipe
 * moves `data-e2e="feed-active-video"` onto a slide rendered before (douyinSelectors.feedAuthor),
 * an attribute change the scanner does not watch (watch-dom.ts: added nodes only), so an author
 * is found when its slide renders; the badge sits on that slide's own name and shows with it.
 */
const SLIDE = '[data-e2e-vid]';

/**
 * The names under `root`, and the author of the slide `root` was added into (SiteAdapter.scan):
 * a name seen before its slide's avatar link had no id yet.
 */
function namesIn(root: ParentNode, css: string): Element[] {
  const names = selfAndBelow(root, css);
  const inSlide = (root as Node).nodeType === 1 ? (root as Element).closest(SLIDE) : null;
  const slideName = inSlide?.querySelector(douyinSelectors.feedAuthor.css);
  if (slideName && !names.includes(slideName)) names.push(slideName);
  return names;
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { videoAuthor, commentAuthor, profileName, profileBio, feedAuthor, feedAvatar, feedDesc } = douyinSelectors;
  for (const name of namesIn(root, `${videoAuthor.css}, ${commentAuthor.css}, ${profileName.css}, ${feedAuthor.css}`)) {
    if (ctx.seen.has(name)) continue;
    const slide = name.matches(feedAuthor.css) ? name.closest(SLIDE) : null;
    // site-dom.md reports a hidden server-rendered comment list (unsourced): skip by attribute. Not
    // a slide: a preloaded one is shown by an attribute change alone, with no added node to read then.
    if (!slide && name.closest(HIDDEN)) continue;
    const isProfile = !slide && name.matches(profileName.css);
    const isComment = !slide && !isProfile && name.matches(commentAuthor.css);
    // In a slide, its avatar link only: the description's @mentions and the comments link to /user/ too.
    const link =
      name.closest('a[href*="/user/"]') ??
      (slide ? slide.querySelector(feedAvatar.css) : name.closest('[data-e2e="user-info"]')?.querySelector('a[href*="/user/"]'));
    const secUid = isProfile ? secUidOf(ctx.url.pathname) : secUidOf(link?.getAttribute('href'));
    if (!secUid) continue;
    const key = `douyin:${secUid}`;
    // A comment shows no badge (domVerification's note), nor, as far as known, the feed's overlay:
    // `unknown` unless page data knows the account, never `none`, and no walk up the page for one.
    // The data is keyed by the author's own sec_uid: RENDER_DATA, which holds the page's first
    // video only and stays after a swipe, lands on that video's author alone, in whichever slide.
    const dom = isComment || slide ? { kind: 'unknown' as const } : domVerification(name, isProfile);
    let badge = withPageData(ctx, key, dom, 'hook');
    // A badge on the page (its role text) outranks a "none" from RENDER_DATA, whose reason may sit
    // in fields not read here (account_cert_info, verification_type; stored-file ids 22407837768, 68350098616).
    if (dom.label && badge.verification.kind === 'none') {
      badge = { ...badge, verification: { ...dom, source: 'dom' }, layer: 'hook' };
    }
    const comment = isComment ? name.closest('[data-e2e="comment-item"]') : null;
    const context = slide ? slide.querySelector(feedDesc.css) : comment?.querySelector('.comment-item-info-wrap + div');
    const bio = isProfile ? name.closest('[data-e2e="user-detail"]')?.querySelector(profileBio.css) : null;
    const text = isComment ? commentName(name) : readableText(name);
    const account = makeAccount({
      platform: 'douyin',
      key,
      id: secUid,
      // The feed writes "@昵称" (the public scripts strip the "@").
      displayName: slide ? text.replace(/^@/, '') : text,
      profileUrl: absoluteUrl(`https://www.douyin.com/user/${secUid}`, ctx.url),
      verification: badge.verification,
      // The page data's bio is whole; the header may cut a long one ("更多").
      bio: badge.data?.bio ?? (bio ? readableText(bio, MAX_BIO) : undefined),
      element: name,
      layer: badge.layer,
      context: context ? () => readableText(context, 500) : undefined,
    });
    if (account) out.push(account);
  }
  return out;
}

export const douyinAdapter: SiteAdapter = {
  id: 'douyin',
  platform: 'douyin',
  matches: (url) => /(^|\.)douyin\.com$/.test(url.hostname),
  selectors: douyinSelectors,
  scan,
  pageData: { embedded: readDouyinRenderData },
  // Pages with selectors: video, profile and note pages, and the feed player (www.douyin.com/ with
  // or without ?recommend=1, /discover, and a video opened with ?modal_id= over any page). The
  // /jingxuan grid shows no data-e2e author hooks (stored-file id 60147828130), and search has
  // none here; a scan finding nothing there is no layout change.
  expectsAccounts: (url) => /^\/((video|user|note)\/|(discover\/?)?$)/.test(url.pathname) || url.searchParams.has('modal_id'),
};

/* Test URLs: https://www.douyin.com/video/<id>, https://www.douyin.com/user/MS4wLjAB…,
   https://www.douyin.com/?recommend=1, https://www.douyin.com/jingxuan?modal_id=<id> */
