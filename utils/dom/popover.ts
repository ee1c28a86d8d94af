import type { Translate } from '../i18n/core';
import type { FlaggedAccount } from '../schemas/messages';
import type { OpenedBy } from './badge';
import { badgeHostOf, focusName, nameBefore, placeBy, renderDialog } from './popover-dialog';
import { followAnchor, mountPopover } from './popover-follow';
import { renderTrusted } from './popover-trusted';

export interface PopoverActions {
  report(item: FlaggedAccount): void;
  /** Rejects when the trust was not saved: the popover stays, and says so. */
  trust(item: FlaggedAccount): Promise<unknown>;
  /** Takes a trust back (the confirmation's Undo); rejects as trust does. */
  untrust(item: FlaggedAccount): Promise<unknown>;
  why(): void;
  reasonText(item: FlaggedAccount, flagIndex: number, reasonIndex: number): string;
  /** The official account a flag says it resembles, in the reader's words. */
  officialText(described: string): string;
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
  /** Showing a trust's confirmation, by the account's name (its badge went with its flags). */
  private confirming = false;
  /** The badge whose popover the page's new flags closed (close's flagsOnly), not the user. */
  private closedByFlags: HTMLElement | null = null;

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

  /**
   * `flagsOnly`: the page's flags changed (new settings, a navigation), which ends a flag's
   * popover but not a trust's confirmation: that trust is what changed them.
   */
  close(returnFocus = false, flagsOnly = false): void {
    const { anchor, confirming } = this;
    if (flagsOnly && confirming) return;
    // Closed twice for the same flags (its badge removed, then the scanner's flagsChanged): the first's badge.
    this.closedByFlags = flagsOnly ? (anchor ?? this.closedByFlags) : null;
    this.following?.abort();
    this.following = null;
    this.host?.remove();
    this.host = null;
    this.anchor = null;
    this.pinned = false;
    this.confirming = false;
    if (!confirming) anchor?.setAttribute('aria-expanded', 'false');
    if (!returnFocus || !anchor?.isConnected) return;
    if (confirming) {
      focusName(anchor);
      return;
    }
    this.returning = anchor;
    anchor.focus();
    this.returning = null;
  }

  private follow(anchor: HTMLElement): void {
    this.following = followAnchor(anchor, this.confirming ? anchor : badgeHostOf(anchor), {
      host: () => this.host,
      hoverOnly: () => this.hoverOnly,
      clicked: () => {
        this.hoverOnly = false;
      },
      close: (returnFocus, flagsOnly) => this.close(returnFocus, flagsOnly),
    });
  }

  private build(item: FlaggedAccount): HTMLElement {
    const dialog = renderDialog(item, this.translate(), (fi, ri) => this.actions.reasonText(item, fi, ri), {
      officialText: this.actions.officialText,
      report: () => this.actions.report(item),
      trust: async () => {
        // The badge goes with the trust: the confirmation stands by the name it followed.
        const { anchor } = this;
        const name = nameBefore(anchor);
        await this.actions.trust(item);
        // A slow answer (the worker waking): the user may have moved on (another badge, the page's
        // search box), and focus must stay there. The new settings closing it first is no move.
        if (this.anchor !== anchor && this.closedByFlags !== anchor) return;
        this.close();
        // Focus the user put elsewhere meanwhile stays there; focus lost with the popover goes to Undo.
        const lost = !document.activeElement || document.activeElement === document.body;
        if (name?.isConnected) this.confirmTrusted(item, name, lost);
      },
      why: () => this.actions.why(),
      close: () => this.close(true),
    });
    return mountPopover(dialog);
  }

  private confirmTrusted(item: FlaggedAccount, name: HTMLElement, focusUndo: boolean): void {
    this.anchor = name;
    this.confirming = true;
    this.pinned = true;
    this.hoverOnly = false;
    const dialog = renderTrusted(item.account.displayName, this.translate(), {
      undo: async () => {
        await this.actions.untrust(item);
        if (this.anchor === name) this.close(true);
      },
      close: () => this.close(true),
    });
    this.host = mountPopover(dialog);
    placeBy(this.host, name);
    this.follow(name);
    if (focusUndo) this.host.shadowRoot?.querySelector('button')?.focus();
  }
}
