import { BADGE_ATTR, badgeOpeners, type OpenedBy } from './badge';

const HOVER_DELAY_MS = 350;

/**
 * The badge host an event is about, from the event's composed path: at the document an event
 * from inside a badge's shadow root is retargeted to the outermost shadow host it came from,
 * which is the badge only when the name sits in the light DOM (Bilibili's comments nest the
 * badge in several shadow roots of the site's own).
 */
function badgeOf(e: Event): Element | null {
  for (const node of e.composedPath()) if (node instanceof Element && node.hasAttribute(BADGE_ATTR)) return node;
  return null;
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
