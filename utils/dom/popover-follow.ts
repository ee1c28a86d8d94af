import { BADGE_GONE_EVENT } from './badge-handoff';
import { POPOVER_LIVE_RULE } from './live-style';
import { POPOVER_CSS, placeBy } from './popover-dialog';

const HOVER_LEAVE_MS = 300;

/** What followAnchor needs of the popover it keeps in place. */
export interface FollowedPopover {
  host(): HTMLElement | null;
  /** Opened by a hover alone: it goes when the pointer leaves the badge and the popover. */
  hoverOnly(): boolean;
  /** The user clicked or focused inside the popover: it is no longer a hover's. */
  clicked(): void;
  /** `flagsOnly`: the page's flags took its badge away (FlagPopover.close). */
  close(returnFocus?: boolean, flagsOnly?: boolean): void;
}

/**
 * Keeps the popover by its anchor while the page scrolls (any scroller: capture) or the window
 * resizes, once a frame; closes it when the anchor leaves the window or the page (a feed
 * recycling its cells; at once when clearFlags takes it), or on a click or focus elsewhere: it
 * could cover what has focus.
 * `badge`: the element in the page that hovering keeps it for. Abort the result to stop.
 */
export function followAnchor(anchor: HTMLElement, badge: Element, popover: FollowedPopover): AbortController {
  const following = new AbortController();
  let queued = false;
  const update = () => {
    queued = false;
    if (following.signal.aborted) return;
    const host = popover.host();
    if (!host || !placeBy(host, anchor)) popover.close();
  };
  const later = () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  };
  const options = { capture: true, passive: true, signal: following.signal };
  window.addEventListener('scroll', later, options);
  window.addEventListener('resize', later, options);
  // The scanner may draw the badge again; the new one takes focus and the popover back (applyFlags).
  anchor.addEventListener(BADGE_GONE_EVENT, () => popover.close(false, true), options);
  // Hover-only: a short grace to cross from the badge to the popover, then it goes.
  let leaving: ReturnType<typeof setTimeout> | undefined;
  following.signal.addEventListener('abort', () => clearTimeout(leaving));
  const inPopover = (path: EventTarget[]) => path.includes(popover.host()!);
  const onOver = (e: Event) => {
    const path = e.composedPath();
    if (!popover.hoverOnly() || inPopover(path) || path.includes(badge)) {
      clearTimeout(leaving);
      leaving = undefined;
    } else leaving ??= setTimeout(() => popover.hoverOnly() && popover.close(), HOVER_LEAVE_MS);
  };
  const onElsewhere = (e: Event) => {
    const path = e.composedPath();
    if (inPopover(path)) popover.clicked();
    // On its badge a focus keeps it, and the click that follows a press toggles it (open()).
    else if (!path.includes(anchor)) popover.close();
  };
  // Also in the badge's own root: a move inside a site's shadow root never reaches the document
  // (listenToBadges). Adding them twice to the document is a no-op.
  const on: Record<string, (e: Event) => void> = { mouseover: onOver, pointerdown: onElsewhere, focusin: onElsewhere };
  for (const at of [document, badge.getRootNode()]) for (const type in on) at.addEventListener(type, on[type]!, options);
  // Focus goes back to the badge only from inside the popover, not from the site's reply box.
  document.addEventListener('keydown', (e) => e.key === 'Escape' && popover.close(inPopover(e.composedPath())), options);
  return following;
}

/** The popover's host at the end of the page, the dialog in its own shadow root with its rules. */
export function mountPopover(dialog: HTMLElement): HTMLElement {
  const host = document.createElement('span');
  host.setAttribute('data-claimcheck-popover', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = POPOVER_CSS + POPOVER_LIVE_RULE;
  root.append(style, dialog);
  document.documentElement.append(host);
  return host;
}
