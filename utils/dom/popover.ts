import type { Translate } from '../i18n/core';
import type { FlaggedAccount } from '../schemas/messages';
import type { OpenedBy } from './badge';
import { badgeHostOf, focusName, nameBefore, POPOVER_CSS, placeBy, renderDialog } from './popover-dialog';

const HOVER_LEAVE_MS = 300;

export interface PopoverActions {
  report(item: FlaggedAccount): void;
  /** Rejects when the trust was not saved: the popover stays, and says so. */
  trust(item: FlaggedAccount): Promise<unknown>;
  why(): void;
  reasonText(item: FlaggedAccount, flagIndex: number, reasonIndex: number): string;
}

/**
 * The one popover all badges share; built from text nodes only (names and bios are hostile).
 * Its buttons act on the user's own clicks only (`isTrusted`): page script can reach an open
 * shadow root, and must not trust every impostor on the page or open report windows.
 */
export class FlagPopover {
  private host: HTMLElement | null = null;
  private anchor: HTMLElement | null = null;
  /** The badge focus is being given back to: its focus event must not open the popover again. */
  private returning: HTMLElement | null = null;
  /** The scroll, resize, pointer, focus and key listeners of the open popover. */
  private following: AbortController | null = null;
  /** Opened by a hover alone: it goes when the pointer leaves the badge and the popover. */
  private hoverOnly = false;
  /** Opened by a click or Enter: the next one on its badge closes it (a focus or hover only opens). */
  private pinned = false;

  constructor(
    private readonly translate: () => Translate,
    private readonly actions: PopoverActions,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.close());
  }

  /**
   * From the keyboard, focus moves into the dialog (it sits at the end of the page); opened by a
   * resting hover it closes when the pointer leaves, until the user clicks, focuses or opens it.
   */
  open(anchor: HTMLElement, item: FlaggedAccount, by: OpenedBy = 'pointer'): void {
    if (anchor === this.returning || !anchor.isConnected) return;
    const press = by === 'pointer' || by === 'keyboard';
    if (press && this.pinned && this.anchor === anchor) {
      this.close();
      return;
    }
    if (this.anchor !== anchor || !this.host) {
      this.close();
      this.anchor = anchor;
      this.host = this.build(item);
      placeBy(this.host, anchor);
      this.follow(anchor);
      anchor.setAttribute('aria-expanded', 'true');
      this.hoverOnly = true;
    }
    if (by !== 'hover') this.hoverOnly = false;
    if (press) this.pinned = true;
    if (by === 'keyboard') this.host.shadowRoot?.querySelector('button')?.focus();
  }

  close(returnFocus = false): void {
    const anchor = this.anchor;
    this.following?.abort();
    this.following = null;
    this.host?.remove();
    this.host = null;
    this.anchor = null;
    this.pinned = false;
    anchor?.setAttribute('aria-expanded', 'false');
    if (!returnFocus || !anchor?.isConnected) return;
    this.returning = anchor;
    anchor.focus();
    this.returning = null;
  }

  /**
   * Keeps the popover by its badge while the page scrolls (any scroller: capture) or the window
   * resizes, once a frame; closes it when the badge leaves the window or the page (a feed
   * recycling its cells), or on a click or focus elsewhere: it could cover what has focus.
   */
  private follow(anchor: HTMLElement): void {
    const following = new AbortController();
    this.following = following;
    let queued = false;
    const update = () => {
      queued = false;
      if (following.signal.aborted) return;
      if (!this.host || !placeBy(this.host, anchor)) this.close();
    };
    const later = () => {
      if (!queued) requestAnimationFrame(update);
      queued = true;
    };
    const options = { capture: true, passive: true, signal: following.signal };
    window.addEventListener('scroll', later, options);
    window.addEventListener('resize', later, options);
    // Hover-only: a short grace to cross from the badge to the popover, then it goes.
    const badge = badgeHostOf(anchor);
    let leaving: ReturnType<typeof setTimeout> | undefined;
    following.signal.addEventListener('abort', () => clearTimeout(leaving));
    const onOver = (e: Event) => {
      const path = e.composedPath();
      if (!this.hoverOnly || path.includes(this.host!) || path.includes(badge)) {
        clearTimeout(leaving);
        leaving = undefined;
      } else leaving ??= setTimeout(() => this.hoverOnly && this.close(), HOVER_LEAVE_MS);
    };
    const onElsewhere = (e: Event) => {
      const path = e.composedPath();
      if (path.includes(this.host!)) this.hoverOnly = false;
      // On its badge a focus keeps it, and the click that follows a press toggles it (open()).
      else if (!path.includes(anchor)) this.close();
    };
    // Also in the badge's own root: a move inside a site's shadow root never reaches the document
    // (listenToBadges). Adding them twice to the document is a no-op.
    const on: Record<string, (e: Event) => void> = { mouseover: onOver, pointerdown: onElsewhere, focusin: onElsewhere };
    for (const at of [document, badge.getRootNode()]) for (const type in on) at.addEventListener(type, on[type]!, options);
    // Focus goes back to the badge only from inside the popover, not from the site's reply box.
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.close(e.composedPath().includes(this.host!)), options);
  }

  private build(item: FlaggedAccount): HTMLElement {
    const host = document.createElement('span');
    host.setAttribute('data-claimcheck-popover', '');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = POPOVER_CSS;
    const t = this.translate();
    const dialog = renderDialog(item, t, (fi, ri) => this.actions.reasonText(item, fi, ri), {
      report: () => this.actions.report(item),
      trust: async () => {
        // The badge goes with the trust: focus goes to the name it followed, not to the page's top.
        const { anchor } = this;
        const name = nameBefore(anchor);
        await this.actions.trust(item);
        // A slow answer (the worker waking): the user may have opened another badge meanwhile.
        if (this.anchor !== anchor) return;
        this.close();
        if (name) focusName(name);
      },
      why: () => this.actions.why(),
      close: () => this.close(true),
    });
    root.append(style, dialog);
    document.documentElement.append(host);
    return host;
  }
}
