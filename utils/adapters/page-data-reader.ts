import {
  MAX_PAGE_DATA_CHARS,
  PAGE_DATA_EVENT,
  PAGE_DATA_REQUEST_EVENT,
  type PageDataItem,
  type PageDataMessage,
} from './page-data-protocol';
import { type Bag, ReadMarks } from './page-data-read-helpers';

/**
 * Runs in the page's MAIN world (entrypoints/<site>-page-data.content.ts): reads what only page
 * scripts can see (React props, Vue instances, custom elements' `.data`, JS globals) and sends
 * pruned copies to the isolated world. Dependency-free and bounded; validation happens on the
 * other side. Each site's script carries only its own reader (page-data-site-readers.ts).
 */
export interface SiteReader {
  /** Reads the data DOM elements under `root` carry. */
  dom?: (root: ParentNode, items: PageDataItem[], read: ReadMarks) => void;
  /** Reads the page's globals (each object once). */
  globals?: (g: Bag, items: PageDataItem[], read: ReadMarks) => void;
  /** Where to read for a request aimed at one account's name element (default: its parent). */
  scope?: (target: Element) => ParentNode | null | undefined;
}

/**
 * Answers the isolated world: "all" (the first request, after navigation) reads the whole page;
 * a request dispatched on a name element reads around that account only. The scanner asks that
 * way for the accounts whose badge type matters (flagged, or showing a badge that would back a
 * claim): reading every check mark on a long timeline cost more than the scanner (bench:page).
 */
export function startPageDataReader(win: Window, reader: SiteReader): () => void {
  const doc = win.document;
  let read = new ReadMarks();
  const send = (event?: Event) => {
    const target = event?.composedPath?.()[0];
    const whole =
      !event || (event as CustomEvent).detail === 'all' || !(target instanceof (win as unknown as typeof globalThis).Element);
    if (whole) read = new ReadMarks();
    read.granted = 0;
    const at = whole ? doc : (reader.scope?.(target as Element) ?? (target as Element).parentElement ?? (target as Element));
    post(readPageData(win, reader, read, [at]));
  };
  /**
   * Every item goes out, as they are all marked read: halves of a message the receiver would drop
   * whole (over MAX_PAGE_DATA_CHARS: 1,500 pruned weibo.com users can pass 2 MB) go on their own.
   * The readers stop near MAX_ITEMS (1,500), under the receiver's MAX_PAGE_DATA_ITEMS (2,000).
   */
  const post = (items: PageDataItem[]) => {
    const message: PageDataMessage = { v: 1, url: win.location.href, items };
    const detail = JSON.stringify(message);
    if (detail.length > MAX_PAGE_DATA_CHARS && items.length > 1) {
      post(items.slice(0, items.length / 2));
      post(items.slice(items.length / 2));
    } else if (items.length) doc.dispatchEvent(new CustomEvent(PAGE_DATA_EVENT, { detail }));
  };
  doc.addEventListener(PAGE_DATA_REQUEST_EVENT, send);
  send();
  return () => doc.removeEventListener(PAGE_DATA_REQUEST_EVENT, send);
}

/** Page data under `roots` (the DOM reader) and in the page's globals (read once each). */
export function readPageData(
  win: Window,
  reader: SiteReader,
  read: ReadMarks = new ReadMarks(),
  roots: readonly ParentNode[] = [win.document],
): PageDataItem[] {
  const items: PageDataItem[] = [];
  try {
    if (reader.dom) for (const root of roots) reader.dom(root, items, read);
    reader.globals?.(win as unknown as Bag, items, read);
  } catch {
    // A page that changed shape yields fewer items, never an error in the page's console.
  }
  return items;
}
