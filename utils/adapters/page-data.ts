// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import { BiliMemberJson, pageDataOfBiliMember } from './bilibili-verification';
import { EMBEDDED_READERS, PICKED_MAPPERS } from './page-data-mappers';
import { MAX_PAGE_DATA_CHARS, MAX_PAGE_DATA_ITEMS, PAGE_DATA_EVENT, PAGE_DATA_REQUEST_EVENT } from './page-data-protocol';
import type { PageAccountData } from './types';
import { pageDataOfWeiboUser, WeiboUserJson } from './weibo-verification';
import { kindOfXProps } from './x-badge';

/**
 * Isolated-world side of the page-data channel: validates what the MAIN-world reader sends
 * (the page could send anything on that event) and what embedded <script> JSON holds, and
 * turns it into PageAccountData keyed like the adapters' records (`x:<handle>`, `weibo:<uid>` …).
 */
const XProps = z.object({
  handle: z.string().check(z.regex(/^\w{1,15}$/)),
  props: z.looseObject({
    isBlueVerified: z.optional(z.boolean()),
    verifiedType: z.optional(z.nullable(z.string().check(z.maxLength(50)))),
    affiliateBadgeInfo: z.optional(z.nullable(z.looseObject({ description: z.optional(z.string().check(z.maxLength(200))) }))),
  }),
});

const Item = z.discriminatedUnion('type', [
  z.object({ type: z.literal('x-props'), handle: z.string(), props: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('weibo-user'), user: z.unknown() }),
  z.object({ type: z.literal('bili-member'), member: z.unknown() }),
  z.object({
    type: z.literal('picked'),
    source: z.string().check(z.maxLength(50)),
    name: z.string().check(z.maxLength(50)),
    value: z.unknown(),
  }),
]);

const Message = z.object({
  v: z.literal(1),
  url: z.string().check(z.maxLength(4096)),
  items: z.array(z.unknown()).check(z.maxLength(MAX_PAGE_DATA_ITEMS)),
});

/** Maps one reader message (a JSON string) to page-data entries; anything malformed is dropped. */
export function pageDataFromMessage(detail: unknown): [string, PageAccountData][] {
  if (typeof detail !== 'string' || detail.length > MAX_PAGE_DATA_CHARS) return [];
  let message: z.infer<typeof Message>;
  try {
    message = Message.parse(JSON.parse(detail));
  } catch {
    return [];
  }
  let pageUrl: URL;
  try {
    pageUrl = new URL(message.url);
  } catch {
    return [];
  }
  const out: [string, PageAccountData][] = [];
  for (const raw of message.items) {
    const item = Item.safeParse(raw);
    if (!item.success) continue;
    const value = item.data;
    if (value.type === 'x-props') {
      const parsed = XProps.safeParse(value);
      if (!parsed.success) continue;
      const { handle, props } = parsed.data;
      const label = props.affiliateBadgeInfo?.description;
      const kind = kindOfXProps(props);
      out.push([`x:${handle.toLowerCase()}`, { handle, verification: label && kind !== 'none' ? { kind, label } : { kind } }]);
    } else if (value.type === 'weibo-user') {
      const user = WeiboUserJson.safeParse(value.user);
      if (user.success) out.push(pageDataOfWeiboUser(user.data));
    } else if (value.type === 'bili-member') {
      const member = BiliMemberJson.safeParse(value.member);
      if (member.success) out.push(pageDataOfBiliMember(member.data));
    } else {
      out.push(...(PICKED_MAPPERS[`${value.source}/${value.name}`]?.(value.value, pageUrl) ?? []));
    }
  }
  return out;
}

/** Page data the isolated world can read itself: JSON in <script> elements (RENDER_DATA …). */
export function readEmbeddedPageData(doc: Document, url: URL): [string, PageAccountData][] {
  return EMBEDDED_READERS.flatMap((reader) => (reader.matches(url) ? reader.read(doc, url) : []));
}

export interface PageDataReceiver {
  /**
   * Re-reads embedded JSON and asks the MAIN-world reader for what it has not sent yet; `all`
   * asks for everything again (the first request, and after navigation).
   */
  request(all?: boolean): void;
  stop(): void;
}

/**
 * Fills `target` from both sources; `onUpdate` gets the keys that changed, so the scanner can
 * re-evaluate those accounts (the reader answers asynchronously, after a first DOM-only scan).
 */
export function startPageDataReceiver(
  doc: Document,
  target: Map<string, PageAccountData>,
  onUpdate?: (keys: string[]) => void,
): PageDataReceiver {
  const merge = (entries: [string, PageAccountData][]) => {
    const changed: string[] = [];
    for (const [key, data] of entries) {
      const known = target.get(key);
      if (known && JSON.stringify(known) === JSON.stringify(data)) continue;
      target.set(key, { ...known, ...data });
      changed.push(key);
    }
    if (changed.length > 0) onUpdate?.(changed);
  };
  const listener = (event: Event) => merge(pageDataFromMessage((event as CustomEvent).detail));
  doc.addEventListener(PAGE_DATA_EVENT, listener);
  let asked = false;
  const request = (all = false) => {
    const url = new URL(doc.location?.href ?? 'about:blank');
    merge(readEmbeddedPageData(doc, url));
    doc.dispatchEvent(new CustomEvent(PAGE_DATA_REQUEST_EVENT, { detail: all || !asked ? 'all' : 'new' }));
    asked = true;
  };
  return { request, stop: () => doc.removeEventListener(PAGE_DATA_EVENT, listener) };
}
