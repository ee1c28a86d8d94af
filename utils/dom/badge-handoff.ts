// What a badge taken away passes on: its open popover is closed at once, and the keyboard focus
// it lost goes to the badge drawn again for the same name (badge.ts).

/** Sent to a badge's button as clearFlags takes it away with the popover open on it (popover-follow.ts). */
export const BADGE_GONE_EVENT = 'claimcheck-badge-gone';

/**
 * The name whose badge, or the popover open on it, took the keyboard focus along when its flags
 * came off. The scanner often draws it again, in that task (a new verdict) or soon after (X: page
 * data came, the account is judged again): the new badge gets the focus back, and the popover if
 * it was open. One for the page: one element has focus. A badge drawn later is another to the user.
 */
let focusLost: { name: Element; at: number; popoverOpen: boolean } | null = null;
const FOCUS_HANDOFF_MS = 3_000;

/** focusLost, if it is this name's and the user has not moved on (focus put elsewhere, or too late). */
export function takeFocusLost(name: Element): typeof focusLost {
  const lost = focusLost?.name === name ? focusLost : null;
  if (lost) focusLost = null;
  const active = document.activeElement;
  return lost && (!active || active === document.body) && performance.now() - lost.at < FOCUS_HANDOFF_MS ? lost : null;
}

/** Removes a badge; the popover open on it goes too, and focus lost with either is noted. */
export function removeBadge(name: Element, host: Element): void {
  const button = host.shadowRoot?.firstElementChild;
  const popoverOpen = button?.getAttribute('aria-expanded') === 'true';
  // Most have neither: on the scan path, two reads of the badge's own, none of the document.
  const focused = popoverOpen || host.shadowRoot?.activeElement ? document.activeElement : undefined;
  if (popoverOpen) button!.dispatchEvent(new Event(BADGE_GONE_EVENT));
  host.remove();
  // The browser has put focus on the body.
  if (focused && document.activeElement !== focused) focusLost = { name, at: performance.now(), popoverOpen };
}
