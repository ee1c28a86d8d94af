import { PAGE_DATA_EVENT, PAGE_DATA_REQUEST_EVENT, type PageDataItem, type PageDataMessage } from './page-data-protocol';
import {
  type Bag,
  MAX_ITEMS,
  pick,
  ReadMarks,
  readBiliComments,
  readWeiboVue,
  readXProps,
  X_BLOCKS,
} from './page-data-site-readers';

export { pick, prune, ReadMarks } from './page-data-site-readers';

/**
 * Runs in the page's MAIN world (entrypoints/page-data.content): reads what only page scripts
 * can see (React props, Vue instances, custom elements' `.data`, JS globals) and sends pruned
 * copies to the isolated world. Dependency-free and bounded; validation happens on the other side.
 */

/**
 * Where to read for a request aimed at one account's name element: its X account block, the
 * parent of its weibo.com nickname block, its Bilibili comment element (across shadow roots),
 * else the name's parent.
 */
function scopeOf(target: Element): ParentNode {
  const block = target.closest(X_BLOCKS);
  if (block) return block;
  const nick = target.closest('[class*="head_nick"]');
  if (nick?.parentElement) return nick.parentElement;
  for (let n: Node | null = target; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType === 1 && (n as Element).localName.startsWith('bili-comment') && n.parentNode) return n.parentNode;
  }
  return target.parentElement ?? target;
}

/**
 * Answers the isolated world: "all" (the first request, after navigation) reads the whole page;
 * a request dispatched on a name element reads around that account only. The scanner asks that
 * way for the accounts whose badge type matters (flagged, or showing a badge that would back a
 * claim): reading every check mark on a long timeline cost more than the scanner (bench:page).
 */
export function startPageDataReader(win: Window): () => void {
  const doc = win.document;
  let read = new ReadMarks();
  const send = (event?: Event) => {
    const target = event?.composedPath?.()[0];
    const whole =
      !event || (event as CustomEvent).detail === 'all' || !(target instanceof (win as unknown as typeof globalThis).Element);
    if (whole) read = new ReadMarks();
    const items = collectPageData(win, read, [whole ? doc : scopeOf(target as Element)]).slice(0, MAX_ITEMS);
    if (items.length === 0) return;
    const message: PageDataMessage = { v: 1, url: win.location.href, items };
    doc.dispatchEvent(new CustomEvent(PAGE_DATA_EVENT, { detail: JSON.stringify(message) }));
  };
  doc.addEventListener(PAGE_DATA_REQUEST_EVENT, send);
  send();
  return () => doc.removeEventListener(PAGE_DATA_REQUEST_EVENT, send);
}

/** Page data under `roots` (DOM readers) and in the page's globals (read once each). */
export function collectPageData(
  win: Window,
  read: ReadMarks = new ReadMarks(),
  roots: readonly ParentNode[] = [win.document],
): PageDataItem[] {
  const host = win.location.hostname;
  const items: PageDataItem[] = [];
  const g = win as unknown as Bag;
  try {
    for (const root of roots) {
      if (/(^|\.)(x|twitter)\.com$/.test(host)) readXProps(root, items, read);
      if (/(^|\.)weibo\.com$/.test(host)) readWeiboVue(root, items, read);
      if (/(^|\.)bilibili\.com$/.test(host)) readBiliComments(root, items, read);
    }
    if (host === 'm.weibo.cn' && read.first(g.$render_data)) pick(g.$render_data, ['user'], '$render_data', items);
    // Only what a site's page-data mapping (SiteAdapter.pageData) uses: the rest would be copied for nothing.
    if (/(^|\.)youtube\.com$/.test(host) && read.first(g.ytInitialData))
      pick(g.ytInitialData, ['videoOwnerRenderer'], 'ytInitialData', items);
    if (/(^|\.)xiaohongshu\.com$/.test(host) && read.first(g.__INITIAL_STATE__))
      pick(g.__INITIAL_STATE__, ['userPageData'], '__INITIAL_STATE__', items);
  } catch {
    // A page that changed shape yields fewer items, never an error in the page's console.
  }
  return items;
}
