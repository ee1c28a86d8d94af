// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import { lazySchema } from '../schemas/lazy-schema';
import { MAX_PAGE_DATA_CHARS, MAX_PAGE_DATA_ITEMS, PAGE_DATA_EVENT, PAGE_DATA_REQUEST_EVENT } from './page-data-protocol';
import type { PageAccountData, PageDataEntries, ReaderItem, SitePageData } from './types';

/**
 * Isolated-world side of the page-data channel: validates the envelope of what the MAIN-world
 * reader sends (the page could send anything on that event) and hands each item to the site's
 * own mapping (`SiteAdapter.pageData`), which validates the payload with the site's schema and
 * keys it like the adapter's records. Only that site's mapping is in its content script.
 */
// A plain union and a loose object, not z.discriminatedUnion and z.record: the same checks here
// (one literal type per item; props any object), without two more zod classes in every site
// script (1.1 KB gzip of weibo.js, which had almost no room left in the 50 KB budget).
const Item = lazySchema(() =>
  z.union([
    z.object({ type: z.literal('x-props'), handle: z.string(), props: z.looseObject({}) }),
    z.object({ type: z.literal('weibo-user'), user: z.unknown() }),
    z.object({ type: z.literal('bili-member'), member: z.unknown() }),
    z.object({
      type: z.literal('picked'),
      source: z.string().check(z.maxLength(50)),
      name: z.string().check(z.maxLength(50)),
      value: z.unknown(),
    }),
  ]),
);

const Message = lazySchema(() =>
  z.object({
    v: z.literal(1),
    url: z.string().check(z.maxLength(4096)),
    items: z.array(z.unknown()).check(z.maxLength(MAX_PAGE_DATA_ITEMS)),
  }),
);

/** Maps one reader message (a JSON string) with the site's mapping; anything malformed is dropped. */
export function pageDataFromMessage(detail: unknown, site: SitePageData | undefined): PageDataEntries {
  const fromItem = site?.fromItem;
  if (!fromItem || typeof detail !== 'string' || detail.length > MAX_PAGE_DATA_CHARS) return [];
  let message: z.infer<ReturnType<typeof Message>>;
  try {
    message = Message().parse(JSON.parse(detail));
  } catch {
    return [];
  }
  let pageUrl: URL;
  try {
    pageUrl = new URL(message.url);
  } catch {
    return [];
  }
  const out: PageDataEntries = [];
  for (const raw of message.items) {
    const parsed = Item().safeParse(raw);
    if (!parsed.success) continue;
    const item: ReaderItem = parsed.data;
    out.push(...fromItem(item, pageUrl));
  }
  return out;
}

/** Page data the isolated world can read itself: the site's JSON in <script> elements. */
export function readEmbeddedPageData(doc: Document, url: URL, site: SitePageData | undefined): PageDataEntries {
  return site?.embedded?.(doc, url) ?? [];
}

export interface PageDataReceiver {
  /**
   * Reads embedded JSON and asks the MAIN-world reader for the whole page: the first request,
   * and after navigation.
   */
  requestAll(): void;
  /** Asks the reader about these accounts only (their name elements). */
  requestFor(elements: readonly Element[]): void;
  stop(): void;
}

/**
 * Fills `target` from both sources; `onUpdate` gets the keys that changed, so the scanner can
 * re-evaluate those accounts (the reader answers asynchronously, after a first DOM-only scan).
 */
export function startPageDataReceiver(
  doc: Document,
  site: SitePageData | undefined,
  target: Map<string, PageAccountData>,
  onUpdate?: (keys: string[]) => void,
): PageDataReceiver {
  const merge = (entries: PageDataEntries) => {
    const changed: string[] = [];
    for (const [key, data] of entries) {
      const known = target.get(key);
      if (known && JSON.stringify(known) === JSON.stringify(data)) continue;
      target.set(key, { ...known, ...data });
      changed.push(key);
    }
    if (changed.length > 0) onUpdate?.(changed);
  };
  const listener = (event: Event) => merge(pageDataFromMessage((event as CustomEvent).detail, site));
  doc.addEventListener(PAGE_DATA_EVENT, listener);
  const requestAll = () => {
    // Embedded JSON is what the server rendered: read once per page (and after navigation).
    merge(readEmbeddedPageData(doc, new URL(doc.location?.href ?? 'about:blank'), site));
    doc.dispatchEvent(new CustomEvent(PAGE_DATA_REQUEST_EVENT, { detail: 'all' }));
  };
  const requestFor = (elements: readonly Element[]) => {
    // On the element itself: the reader reads around the event's target (composed, so a name
    // inside an open shadow root reaches the document's listener too).
    for (const el of elements) {
      if (el.isConnected) el.dispatchEvent(new CustomEvent(PAGE_DATA_REQUEST_EVENT, { bubbles: true, composed: true }));
    }
  };
  return { requestAll, requestFor, stop: () => doc.removeEventListener(PAGE_DATA_EVENT, listener) };
}
