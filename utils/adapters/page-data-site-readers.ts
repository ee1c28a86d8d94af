import type { PageDataItem } from './page-data-protocol';
import { type Bag, dig, MAX_ITEMS, pick, prune, type ReadMarks } from './page-data-read-helpers';
import type { SiteReader } from './page-data-reader';
import { weiboVue3Users } from './weibo-vue3';
import { isWhyVerifiedPopup } from './x-selectors';
import { channelHeaderOf, currentResponse } from './youtube-response';

// The page-data reader's per-site parts (MAIN world, dependency-free; see page-data-reader.ts).

const X_BLOCKS = '[data-testid="User-Name"], [data-testid="UserName"], [data-testid="UserCell"], [data-testid="HoverCard"]';

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
    if (block && isWhyVerifiedPopup(block)) continue;
    // A notification has no account block; its role=link around the check is the profile's link.
    const link = block ? null : svg.parentElement?.parentElement;
    const handle = block
      ? handleTextIn(block)
      : link?.getAttribute('role') === 'link' && /^\/\w{1,15}$/.exec(link.getAttribute('href') ?? '')?.[0];
    if (handle) items.push({ type: 'x-props', handle: handle.slice(1), props: prune(props) });
  }
}

/**
 * The "@handle" text of an account block, as the scanner reads it (x-block.ts): an @-text in the
 * name's block (the first `dir` block outside a button) is the handle only when no other follows.
 * A display name may read "@USArmyReserve"; taken for the handle, it would give that account
 * this one's badge.
 */
function handleTextIn(block: Element): string | undefined {
  const found = Array.from(block.querySelectorAll('span'), (span) => [span, span.textContent ?? ''] as const).filter(([, t]) =>
    /^@\w{1,15}$/.test(t),
  );
  if (found.length < 2) return found[0]?.[1];
  const name = Array.from(block.querySelectorAll('div[dir]')).find((d) => {
    const button = d.closest('button');
    return !button || button === block || !block.contains(button);
  });
  return (found.find(([span]) => !name?.contains(span)) ?? found[0])?.[1];
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

/**
 * weibo.com: the pre-2025 build's `.head_nick_*`.__vue__.$vnode.context.userInfo (userscript
 * "awsl"), and the Vue 3 build's component tree (weibo-vue3.ts).
 */
function readWeiboVue(root: ParentNode, items: PageDataItem[], read: ReadMarks): void {
  const users = Array.from(root.querySelectorAll('[class*="head_nick"]'), (nick) =>
    dig(nick, ['__vue__', '$vnode', 'context', 'userInfo']),
  );
  weiboVue3Users(root, users);
  // Marked by the data, not the element: Vue may attach it after the element appears.
  for (const user of users) if (read.first(user)) items.push({ type: 'weibo-user', user: prune(user) });
}

/** Bilibili comments: custom elements in open shadow roots carry the reply JSON as `.data`. */
/** Bilibili's comment elements that hold data (`data.member`), or shadow roots that hold more. */
const BILI_RENDERERS = [
  'bili-comment-thread-renderer',
  'bili-comment-renderer',
  'bili-comment-reply-renderer',
  'bili-comments',
  'bili-comment-replies-renderer',
];
const BILI_RENDERER_CSS = BILI_RENDERERS.join(', ');

function readBiliComments(root: ParentNode, items: PageDataItem[], read: ReadMarks): void {
  const stack: ParentNode[] = [root];
  for (let at = stack.pop(); at && items.length < MAX_ITEMS; at = stack.pop()) {
    for (const el of Array.from(at.querySelectorAll(BILI_RENDERER_CSS))) {
      const member = dig(el, ['data', 'member']) ?? dig(el, ['__data', 'member']);
      if (member && read.first(member)) items.push({ type: 'bili-member', member: prune(member) });
      if (el.shadowRoot) stack.push(el.shadowRoot);
    }
  }
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
      // The nearest renderer, not the nearest bili-comment-* element: a name sits in
      // bili-comment-user-info, whose parent (the renderer's header) holds no renderer to read.
      if (n.nodeType === 1 && BILI_RENDERERS.includes((n as Element).localName) && n.parentNode) return n.parentNode;
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
/** YouTube: the current page's response (after in-app navigation too), under ytInitialData's name. */
export const YOUTUBE_READER: SiteReader = {
  globals: (g, items, read) => {
    const response = currentResponse(g as unknown as Window);
    if (!read.first(response)) return;
    pick(response, ['videoOwnerRenderer'], 'ytInitialData', items);
    const header = channelHeaderOf(response);
    if (header) items.push({ type: 'picked', source: 'ytInitialData', name: 'channelHeader', value: prune(header) });
  },
};
export const XIAOHONGSHU_READER = globalReader('__INITIAL_STATE__', ['userPageData']);
