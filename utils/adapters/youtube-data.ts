// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { cleanText, MAX_BIO, MAX_NAME } from './common';
import type { PageAccountData, SitePageData } from './types';
import { youtubeKey } from './youtube-key';
import { handleOfPath, handleOfUrl } from './youtube-response';

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

/**
 * The data under its @handle's key and its UC… id's. The handle's is how the adapter maps a
 * handle to its id, and it must stay: a first scan without data keyed the channel by its handle,
 * and only an update naming that key makes the scanner forget that record and read it again.
 */
function underKeys(
  handle: string | undefined,
  channelId: string | undefined,
  data: PageAccountData,
): [string, PageAccountData][] {
  const keys = [youtubeKey(handle, undefined), youtubeKey(undefined, channelId)];
  return [...new Set(keys)].flatMap((key) => (key ? [[key, data] as [string, PageAccountData]] : []));
}

export function pageDataOfVideoOwner(value: unknown): [string, PageAccountData][] {
  const owner = VideoOwner.safeParse(value);
  if (!owner.success) return [];
  const run = owner.data.title.runs[0]!;
  const browse = run.navigationEndpoint?.browseEndpoint;
  const handle = handleOfPath(browse?.canonicalBaseUrl);
  const badges = (owner.data.badges ?? []).map((b) => b.metadataBadgeRenderer).filter((b) => b !== undefined);
  const kind = kindOfBadgeStyles(badges.map((b) => b.style));
  const label = badges.find((b) => b.tooltip)?.tooltip;
  const data: PageAccountData = {
    displayName: cleanText(run.text, MAX_NAME),
    verification: label && kind !== 'none' ? { kind, label } : { kind },
  };
  if (browse?.browseId) data.id = browse.browseId;
  if (handle) data.handle = handle;
  return underKeys(handle, browse?.browseId, data);
}

const bounded = (max: number) => z.optional(z.string().check(z.maxLength(max)));
// channelHeaderOf's flat copy of a channel page's header and channelMetadataRenderer.
const ChannelHeader = z.object({
  externalId: bounded(64),
  vanityChannelUrl: bounded(300),
  description: bounded(MAX_BIO),
  headerTitle: bounded(MAX_NAME),
  imageNames: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(20)),
});

/**
 * The header title's icons, mapped as kindOfBadgeStyles maps badge styles: CHECK_CIRCLE_FILLED
 * is the check, AUDIO_BADGE and MUSIC_FILLED the artist's note (the three NewPipeExtractor's
 * hasArtistOrVerifiedIconBadgeAttachment accepts).
 */
export function kindOfHeaderImages(names: string[]): VerificationKind {
  if (names.includes('AUDIO_BADGE') || names.includes('MUSIC_FILLED')) return 'personal';
  return names.includes('CHECK_CIRCLE_FILLED') ? 'organization' : 'none';
}

/** A channel page: keyed by its vanity URL's @handle and its UC… id; the description is the bio. */
export function pageDataOfChannelHeader(value: unknown): [string, PageAccountData][] {
  const header = ChannelHeader.safeParse(value);
  if (!header.success) return [];
  const { externalId, vanityChannelUrl, description, headerTitle, imageNames } = header.data;
  const handle = handleOfUrl(vanityChannelUrl);
  const data: PageAccountData = {};
  if (externalId) data.id = externalId;
  if (handle) data.handle = handle;
  if (description) data.bio = description;
  // No header (an older layout): the check is not known here, so the DOM's stands.
  if (headerTitle !== undefined) data.verification = { kind: kindOfHeaderImages(imageNames) };
  return underKeys(handle, externalId, data);
}

/**
 * YouTube's page data: what the MAIN-world reader picks from the current page's response
 * (youtube-response.ts). Nothing is read from `var ytInitialData =` here: the reader reads the
 * same JSON while it is the page's, and the script text stays the first page's after in-app
 * navigation.
 */
export const youtubePageData: SitePageData = {
  fromItem: (item) => {
    if (item.type !== 'picked' || item.source !== 'ytInitialData') return [];
    if (item.name === 'videoOwnerRenderer') return pageDataOfVideoOwner(item.value);
    return item.name === 'channelHeader' ? pageDataOfChannelHeader(item.value) : [];
  },
};
