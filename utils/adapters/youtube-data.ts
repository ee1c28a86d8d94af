// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { cleanText, MAX_NAME } from './common';
import { scriptJson } from './embedded-json';
import type { PageAccountData, SitePageData } from './types';

/**
 * ytInitialData (site-dom.md, YouTube table; fixture youtube/youtube.html.static.gz):
 * `videoOwnerRenderer.badges[].metadataBadgeRenderer.style` = BADGE_STYLE_TYPE_VERIFIED or
 * _VERIFIED_ARTIST. YouTube's check says "the official channel of a creator, artist, company or
 * public figure": it confirms identity without saying which kind, so a verified channel maps to
 * organization (the broadest kind YouTube grants) and a music artist's note to personal.
 */
export function kindOfBadgeStyles(styles: string[]): VerificationKind {
  if (styles.includes('BADGE_STYLE_TYPE_VERIFIED_ARTIST')) return 'personal';
  if (styles.includes('BADGE_STYLE_TYPE_VERIFIED')) return 'organization';
  return 'none';
}

const Run = z.looseObject({
  text: z.string().check(z.maxLength(MAX_NAME)),
  navigationEndpoint: z.optional(
    z.looseObject({
      browseEndpoint: z.optional(
        z.looseObject({
          browseId: z.optional(z.string().check(z.maxLength(64))),
          canonicalBaseUrl: z.optional(z.string().check(z.maxLength(200))),
        }),
      ),
    }),
  ),
});
const Badge = z.looseObject({
  metadataBadgeRenderer: z.optional(
    z.looseObject({ style: z.string().check(z.maxLength(80)), tooltip: z.optional(z.string().check(z.maxLength(200))) }),
  ),
});
const VideoOwner = z.looseObject({
  title: z.looseObject({ runs: z.array(Run).check(z.minLength(1), z.maxLength(10)) }),
  badges: z.optional(z.array(Badge).check(z.maxLength(10))),
});

/** The canonical key of a channel: its @handle when known (what the DOM links show), else its UC… id. */
export function youtubeKey(handle: string | undefined, channelId: string | undefined): string | undefined {
  if (handle) return `youtube:@${handle.toLowerCase()}`;
  return channelId ? `youtube:${channelId}` : undefined;
}

export function handleOfPath(path: string | undefined): string | undefined {
  const raw = /^\/@([^/?#]{1,100})/.exec(path ?? '')?.[1];
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function pageDataOfVideoOwner(value: unknown): [string, PageAccountData][] {
  const owner = VideoOwner.safeParse(value);
  if (!owner.success) return [];
  const run = owner.data.title.runs[0]!;
  const browse = run.navigationEndpoint?.browseEndpoint;
  const handle = handleOfPath(browse?.canonicalBaseUrl);
  const key = youtubeKey(handle, browse?.browseId);
  if (!key) return [];
  const badges = (owner.data.badges ?? []).map((b) => b.metadataBadgeRenderer).filter((b) => b !== undefined);
  const kind = kindOfBadgeStyles(badges.map((b) => b.style));
  const label = badges.find((b) => b.tooltip)?.tooltip;
  const data: PageAccountData = {
    displayName: cleanText(run.text, MAX_NAME),
    verification: label && kind !== 'none' ? { kind, label } : { kind },
  };
  if (browse?.browseId) data.id = browse.browseId;
  if (handle) data.handle = handle;
  return [[key, data]];
}

/** Every videoOwnerRenderer under ytInitialData (depth-limited walk). */
export function pageDataOfYtInitialData(
  json: unknown,
  out: [string, PageAccountData][] = [],
  depth = 0,
): [string, PageAccountData][] {
  if (depth > 40 || json === null || typeof json !== 'object') return out;
  for (const [name, child] of Object.entries(json)) {
    if (name === 'videoOwnerRenderer') out.push(...pageDataOfVideoOwner(child));
    else pageDataOfYtInitialData(child, out, depth + 1);
  }
  return out;
}

/** YouTube's page data: videoOwnerRenderer, as the reader picks it or as `var ytInitialData =` holds it. */
export const youtubePageData: SitePageData = {
  fromItem: (item) =>
    item.type === 'picked' && item.source === 'ytInitialData' && item.name === 'videoOwnerRenderer'
      ? pageDataOfVideoOwner(item.value)
      : [],
  embedded: (doc) => pageDataOfYtInitialData(scriptJson(doc, 'var ytInitialData =')),
};
