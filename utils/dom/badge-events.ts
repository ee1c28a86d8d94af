import { badgeOpeners, type OpenedBy } from './badge';

const HOVER_DELAY_MS = 350;

/**
 * The badge host an event is about, from the event's composed path: at the document an event
 * from inside a badge's shadow root is retargeted to the outermost shadow host it came from,
 * which is the badge only when the name sits in the light DOM (Bilibili's comments nest the
 * badge in several shadow roots of the site's own).
 */
function badgeOf(e: Event): Element | undefined {
  return e.composedPath().find((node) => badgeOpeners.has(node as Element)) as Element | undefined;
}

/**
 * One set of listeners for every badge on the page: click, focus or a hover that rests opens the
 * badge's popover. Capturing at the document, before the site's own handlers: the name often sits
 * inside the site's link or card, and the click is ours. Returns `listenIn`, which adds the same
 * set to the shadow root a badge was put in: an event whose related target is in that root too
 * (the pointer or focus moving from the name to its badge) never reaches the document, as
 * Chromium stops it where target and related target become one host (Bilibili's comments).
 */
export function listenToBadges(doc: Document, signal: AbortSignal): (root: Node) => void {
  let hovered: Element | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const open = (badge: Element, by: OpenedBy) => badgeOpeners.get(badge)?.(by);
  const handlers: Record<string, (e: Event) => void> = {
    click(e) {
      const badge = badgeOf(e);
      if (!badge) return;
      e.preventDefault();
      e.stopPropagation();
      // Page script's own click() is not the user's; Enter or Space (detail 0) moves focus in.
      if (!e.isTrusted) return;
      // A click can close it (a second one): the resting hover must not open it again.
      clearTimeout(hoverTimer);
      open(badge, (e as MouseEvent).detail === 0 ? 'keyboard' : 'pointer');
    },
    focusin(e) {
      const badge = badgeOf(e);
      if (badge) open(badge, 'focus');
    },
    // mouseenter and mouseleave do not bubble: their bubbling twins, filtered to the badge's edges.
    mouseover(e) {
      const badge = badgeOf(e);
      if (!badge || badge === hovered) return;
      hovered = badge;
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(() => open(badge, 'hover'), HOVER_DELAY_MS);
    },
    mouseout(e) {
      const badge = badgeOf(e);
      if (!badge || badge !== hovered) return;
      // Into the badge's own button: still on it (relatedTarget is an element or null here).
      if (badge.contains((e as MouseEvent).relatedTarget as Node | null)) return;
      hovered = null;
      clearTimeout(hoverTimer);
    },
  };
  // Adding a listener again to the same root is a no-op (the DOM's own rule), so no set of roots.
  const listenIn = (root: Node) => {
    for (const type in handlers) root.addEventListener(type, handlers[type]!, { capture: true, signal });
  };
  listenIn(doc);
  signal.addEventListener('abort', () => clearTimeout(hoverTimer));
  return listenIn;
}
