import { BADGE_ATTR, badgeOpeners, type OpenedBy } from './badge';

const HOVER_DELAY_MS = 350;

/**
 * The badge host an event is about. In Chromium an event from inside a badge's shadow root
 * reaches the document retargeted to the host; DOM implementations that do not retarget give
 * the button itself.
 */
function badgeOf(e: Event): Element | null {
  const target = e.target;
  if (!(target instanceof Element)) return null;
  if (target.hasAttribute(BADGE_ATTR)) return target;
  const root = target.getRootNode();
  return root instanceof ShadowRoot && root.host.hasAttribute(BADGE_ATTR) ? root.host : null;
}

/**
 * One set of listeners for every badge on the page: click, focus or a hover that rests opens the
 * badge's popover. Capturing at the document, before the site's own handlers: the name often sits
 * inside the site's link or card, and the click is ours.
 */
export function listenToBadges(doc: Document, signal: AbortSignal): void {
  let hovered: Element | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const open = (badge: Element, by: OpenedBy) => badgeOpeners.get(badge)?.(by);
  const options = { capture: true, signal };
  doc.addEventListener(
    'click',
    (e) => {
      const badge = badgeOf(e);
      if (!badge) return;
      e.preventDefault();
      e.stopPropagation();
      // Page script's own click() is not the user's; Enter or Space (detail 0) moves focus in.
      if (e.isTrusted) open(badge, (e as MouseEvent).detail === 0 ? 'keyboard' : 'pointer');
    },
    options,
  );
  doc.addEventListener(
    'focusin',
    (e) => {
      const badge = badgeOf(e);
      if (badge) open(badge, 'focus');
    },
    options,
  );
  // mouseenter and mouseleave do not bubble: their bubbling twins, filtered to the badge's edges.
  doc.addEventListener(
    'mouseover',
    (e) => {
      const badge = badgeOf(e);
      if (!badge || badge === hovered) return;
      hovered = badge;
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(() => open(badge, 'hover'), HOVER_DELAY_MS);
    },
    options,
  );
  doc.addEventListener(
    'mouseout',
    (e) => {
      const badge = badgeOf(e);
      if (!badge || badge !== hovered) return;
      const to = (e as MouseEvent).relatedTarget;
      if (to instanceof Node && badge.contains(to)) return;
      hovered = null;
      clearTimeout(hoverTimer);
    },
    options,
  );
  signal.addEventListener('abort', () => clearTimeout(hoverTimer));
}
