/**
 * The wire between the MAIN-world reader (entrypoints/page-data.content) and the isolated-world
 * receiver (page-data.ts). Events on `document` carry a JSON *string*: strings cross worlds
 * unchanged in Chrome and Firefox, where object details do not (Firefox needs cloneInto).
 */
export const PAGE_DATA_EVENT = 'claimcheck:page-data';
export const PAGE_DATA_REQUEST_EVENT = 'claimcheck:page-data-request';
/** Upper bounds the receiver enforces before parsing (a hostile page may send anything). */
export const MAX_PAGE_DATA_CHARS = 2_000_000;
export const MAX_PAGE_DATA_ITEMS = 2_000;

/** What the reader sends: raw site objects, pruned; the receiver validates and maps them. */
export type PageDataItem =
  /** X: the check's React props (CPFT getVerifiedProps) and the handle of its block. */
  | { type: 'x-props'; handle: string; props: Record<string, unknown> }
  /** Weibo user objects ($render_data, weibo.com Vue `userInfo`). */
  | { type: 'weibo-user'; user: Record<string, unknown> }
  /** Bilibili comment elements' `.data.member` (mid, uname, official_verify). */
  | { type: 'bili-member'; member: Record<string, unknown> }
  /** Picked sub-objects of a page global: ytInitialData renderers, Xiaohongshu userPageData … */
  | { type: 'picked'; source: string; name: string; value: Record<string, unknown> };

export interface PageDataMessage {
  v: 1;
  url: string;
  items: PageDataItem[];
}
