import type { PageDataItem } from './page-data-protocol';
import type { SiteReader } from './page-data-reader';

// The page-data reader's per-site parts (MAIN world, dependency-free; see page-data-reader.ts).

export type Bag = Record<string, unknown>;
/** Items per answer, at most. */
export const MAX_ITEMS = 1_500;
const X_BLOCKS = '[data-testid="User-Name"], [data-testid="UserName"], [data-testid="UserCell"], [data-testid="HoverCard"]';
const X_AVATAR = '[data-testid^="UserAvatar-Container-"]';

/** What a reader has already read: elements, and page globals by object identity. */
export class ReadMarks {
  private readonly marks = new WeakSet<object>();
  /** True the first time an object is seen. */
  first(o: unknown): boolean {
    if (o === null || typeof o !== 'object') return false;
    if (this.marks.has(o)) return false;
    this.marks.add(o);
    return true;
  }
}

function readXProps(root: ParentNode, items: PageDataItem[], read: ReadMarks): void {
  // svg elements by tag (a fast path in the browser) and the test id checked here, rather than
  // a two-selector query over every element of each added subtree.
  const own = (root as Element).localName === 'svg' ? [root as Element] : [];
  const svgs = Array.from(
    'getElementsByTagName' in root ? (root as Element).getElementsByTagName('svg') : root.querySelectorAll('svg'),
  );
  for (const svg of [...own, ...svgs]) {
    const testId = svg.getAttribute('data-testid');
    if (testId !== 'icon-verified' && testId !== 'verificationBadge') continue;
    if (!read.first(svg)) continue;
    const props = xPropsOf(svg);
    // CPFT warns when `isVerified` is missing: not the check's props, which would say "no check".
    if (!props || !('isBlueVerified' in props || 'isVerified' in props)) continue;
    const block = svg.closest(X_BLOCKS);
    // The "why verified" popup is a HoverCard too and may name another account (CPFT handlePopup).
    if (block?.getAttribute('data-testid') === 'HoverCard' && !block.querySelector(X_AVATAR)) continue;
    // A notification has no account block; its role=link around the check is the profile's link.
    const link = block ? null : svg.parentElement?.parentElement;
    const handle = block
      ? Array.from(block.querySelectorAll('span'), (span) => span.textContent ?? '').find((t) => /^@\w{1,15}$/.test(t))
      : link?.getAttribute('role') === 'link' && /^\/\w{1,15}$/.exec(link.getAttribute('href') ?? '')?.[0];
    if (handle) items.push({ type: 'x-props', handle: handle.slice(1), props: prune(props) });
  }
}

/** CPFT getVerifiedProps ("Add 1 every time this gets broken: 6"): props on svg.parentElement.parentElement. */
function xPropsOf(svg: Element): Bag | undefined {
  // In the profile header's role=button CPFT reads closest('span').parentElement; in a
  // notification's role=link ("liked your post") the check is the link's last child.
  const inButton = svg.parentElement?.getAttribute('role') === 'button';
  const holder = inButton ? svg.closest('span')?.parentElement : svg.parentElement?.parentElement;
  const key = holder && Object.keys(holder).find((k) => k.startsWith('__reactProps$'));
  const list = key ? dig((holder as unknown as Bag)[key], ['children', 'props', 'children', 0]) : undefined;
  const onLink = !inButton && holder?.getAttribute('role') === 'link' && Array.isArray(list);
  return list && dig(list[onLink ? (list as unknown[]).length - 1 : 0], ['props']);
}

/** weibo.com pre-2025 build: `.head_nick_*`.__vue__.$vnode.context.userInfo (userscript "awsl"). */
function readWeiboVue(root: ParentNode, items: PageDataItem[], read: ReadMarks): void {
  for (const nick of Array.from(root.querySelectorAll('[class*="head_nick"]'))) {
    // Marked by the data, not the element: Vue may attach it after the element appears.
    const user = dig(nick, ['__vue__', '$vnode', 'context', 'userInfo']);
    if (user && read.first(user)) items.push({ type: 'weibo-user', user: prune(user) });
  }
}

/** Bilibili comments: custom elements in open shadow roots carry the reply JSON as `.data`. */
function readBiliComments(root: ParentNode, items: PageDataItem[], read: ReadMarks): void {
  const stack: ParentNode[] = [root];
  for (let at = stack.pop(); at && items.length < MAX_ITEMS; at = stack.pop()) {
    for (const el of Array.from(
      at.querySelectorAll(
        'bili-comment-thread-renderer, bili-comment-renderer, bili-comment-reply-renderer, bili-comments, bili-comment-replies-renderer',
      ),
    )) {
      const member = dig(el, ['data', 'member']) ?? dig(el, ['__data', 'member']);
      if (member && read.first(member)) items.push({ type: 'bili-member', member: prune(member) });
      if (el.shadowRoot) stack.push(el.shadowRoot);
    }
  }
}

function dig(value: unknown, path: (string | number)[]): Bag | undefined {
  let at: unknown = value;
  for (const step of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Bag)[step];
  }
  return at !== null && typeof at === 'object' ? (at as Bag) : undefined;
}

/** Collects sub-objects named `names` under a page global (Vue refs unwrapped), pruned. */
function pick(value: unknown, names: string[], source: string, items: PageDataItem[], depth = 0): void {
  if (depth > 14 || value === null || typeof value !== 'object' || items.length >= MAX_ITEMS) return;
  const bag = unwrap(value);
  for (const [name, child] of Object.entries(bag)) {
    const inner = child !== null && typeof child === 'object' ? unwrap(child) : undefined;
    if (inner && names.includes(name) && !Array.isArray(inner)) items.push({ type: 'picked', source, name, value: prune(inner) });
    if (inner) pick(inner, names, source, items, depth + 1);
  }
}

/** Vue 3 refs in Xiaohongshu's state hold the value in `_rawValue`/`_value` (public userscripts). */
function unwrap(value: object): Bag {
  const bag = value as Bag;
  const raw = bag._rawValue ?? bag._value;
  return raw !== null && typeof raw === 'object' ? (raw as Bag) : bag;
}

/** A JSON-safe copy: depth 5, 60 keys, 40 array items, strings ≤ 2,000 chars, ≤ 2,000 values in all. */
export function prune(value: unknown, depth = 0, budget = { left: 2_000 }): Bag {
  const out: Bag = {};
  for (const [key, child] of Object.entries(unwrap(value as object)).slice(0, 60)) {
    if (--budget.left < 0) break;
    out[key] = pruneValue(child, depth + 1, budget);
  }
  return out;
}

function pruneValue(value: unknown, depth: number, budget: { left: number }): unknown {
  if (typeof value === 'string') return value.slice(0, 2_000);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (typeof value !== 'object' || depth > 5 || budget.left <= 0) return undefined;
  if (Array.isArray(value)) return value.slice(0, 40).map((v) => pruneValue(v, depth + 1, budget));
  if (typeof Node !== 'undefined' && value instanceof Node) return undefined;
  return prune(value, depth, budget);
}

// One reader a site, each in its own MAIN-world script; a request's scope is the account's
// X block, the parent of its weibo.com nickname block, or its Bilibili comment (across shadow roots).

export const X_READER: SiteReader = { dom: readXProps, scope: (target) => target.closest(X_BLOCKS) };

export const WEIBO_READER: SiteReader = {
  dom: readWeiboVue,
  scope: (target) => target.closest('[class*="head_nick"]')?.parentElement,
};

export const BILIBILI_READER: SiteReader = {
  dom: readBiliComments,
  scope: (target) => {
    for (let n: Node | null = target; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (n.nodeType === 1 && (n as Element).localName.startsWith('bili-comment') && n.parentNode) return n.parentNode;
    }
    return undefined;
  },
};

// Only what a site's page-data mapping (SiteAdapter.pageData) uses: the rest would be copied for nothing.
const globalReader = (global: string, names: string[]): SiteReader => ({
  globals: (g, items, read) => {
    if (read.first(g[global])) pick(g[global], names, global, items);
  },
});
export const M_WEIBO_READER = globalReader('$render_data', ['user']);
export const YOUTUBE_READER = globalReader('ytInitialData', ['videoOwnerRenderer']);
export const XIAOHONGSHU_READER = globalReader('__INITIAL_STATE__', ['userPageData']);
