import type { Bag } from './page-data-read-helpers';

// weibo.com's current build is Vue 3 (yyawf.user.js, tiansh/yawf, hooks the app, not `__vue__`).
// A production Vue 3 build leaves no instance on elements (vuejs/core renderer.ts sets
// `__vueParentComponent` only with devtools), but always `#app._vnode` (render(); apiCreateApp.ts
// adds `__vue_app__`): the reader walks the component tree from there. MAIN world,
// dependency-free; the isolated world validates each user (WeiboUserJson).

/**
 * Components whose data holds users: yyawf kebab-cases `type.name || type.__name` to feed,
 * feed-scroll, repost-coment-list (Weibo's spelling), profile-header; this takes either case.
 */
const NAMES = /^(feed(-?scroll)?|repost-?coment-?list|profile-?header)$/i;
/**
 * Vnodes visited and user slots (empty ones included) filled per read, at most: a page object may
 * be anything. A slot count well above a long feed's (~16 per mblog with comments), since
 * feed-scroll's whole list is read before the rendered feeds.
 */
const MAX_NODES = 20_000;
const MAX_USERS = 20_000;

/**
 * Adds to `users` the user objects of those components around `root` (the request's scope) or
 * under it. A subtree whose element neither holds nor lies in `root` is skipped; fragments (their
 * element is a text anchor) are walked. Only Vue 3's render() sets `_vnode` on its container.
 */
export function weiboVue3Users(root: ParentNode, users: unknown[]): void {
  const stack = [(document.getElementById('app') as unknown as Bag | null)?._vnode];
  for (let n = 0; stack.length && n < MAX_NODES; n++) {
    const vnode = stack.pop() as Bag | null | undefined;
    if (!vnode) continue;
    const el = vnode.el as Node | null | undefined;
    if (el?.nodeType === 1 && !el.contains(root as Node) && !(root as Node).contains(el)) continue;
    const component = vnode.component as Bag | null | undefined;
    const type = component?.type as Bag | undefined;
    if (NAMES.test((type?.name ?? type?.__name) as string)) collect([component!.props, component!.data] as unknown as Bag, users);
    // Children: an array of vnodes, a text, or slot functions (walked through subTree instead).
    stack.push(component?.subTree, (vnode.suspense as Bag | null | undefined)?.activeBranch, ...[vnode.children].flat());
  }
}

/**
 * yyawf: feed's `props.data` is an mblog (`user`, `retweeted_status.user`, inline comments in
 * `rcList[]`), feed-scroll's is `mblog[]`, repost-coment-list's `data.list[]` holds comments with
 * their replies in `comments[]`. profile-header's `userInfo` is inferred (no source reads it).
 */
function collect(bag: Bag | undefined, users: unknown[], depth = 0): void {
  if (depth > 6 || !bag || users.length > MAX_USERS) return;
  users.push(bag.user, bag.userInfo);
  const next = Array.isArray(bag) ? bag : [bag.data, bag.list, bag.retweeted_status, bag.rcList, bag.comments];
  for (const child of next) collect(child as Bag, users, depth + 1);
}
