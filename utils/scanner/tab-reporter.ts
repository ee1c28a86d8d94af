import type { SiteAdapter } from '../adapters/types';
import { MessagePortClient } from '../messaging/port';
import type { ExtractionLayer, FlaggedAccount } from '../schemas/messages';

// The popup reads this when opened; twice a second is fresh enough and costs the page little.
const DEBOUNCE_MS = 500;
/** A port lost this soon after a post may have lost it. */
const LOST_UPDATE_MS = 5_000;
/** The background keeps this many flags per tab (utils/tabs/tab-states.ts). */
const MAX_FLAGGED = 500;

interface Snapshot {
  flagged: ReadonlyMap<string, FlaggedAccount>;
  scanned: number;
  layers: Partial<Record<ExtractionLayer, number>>;
}

/**
 * Sends the tab's state (flags, accounts scanned, adapter health) to the background, debounced,
 * and only the flags that changed since the last send: an unchanged flag is the same object.
 */
export class TabReporter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every change; a send happens only when it moved. */
  private version = 0;
  private sentVersion = -1;
  /** What the background holds for this tab, as last sent. */
  private sent = new Map<string, FlaggedAccount>();
  private resetPending = true;
  private lastPost = Number.NEGATIVE_INFINITY;
  /**
   * A lost port may have lost an update with it: the next send starts the tab's list over. It
   * goes at once only if one was posted just before the loss. The port goes each time the idle
   * worker stops (about 30 s), and reconnecting every time woke it again, for as long as the tab
   * stayed open; the background keeps the tab's state in storage.session meanwhile.
   */
  private readonly port = new MessagePortClient(() => {
    this.resetPending = true;
    if (performance.now() - this.lastPost < LOST_UPDATE_MS) this.changed();
  });

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly signal: AbortSignal,
    private readonly snapshot: () => Snapshot,
  ) {
    signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      this.port.close();
    });
    // Back to a page kept in the back/forward cache: its port was closed on the way out, and the
    // page left in between replaced the tab's list with its own. (One a page fakes costs a resend.)
    addEventListener('pageshow', (e) => e.persisted && this.reset(), { signal });
  }

  changed(): void {
    this.version++;
    if (this.timer !== undefined || this.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.send();
    }, DEBOUNCE_MS);
  }

  /** The page started over (navigation, new settings): the next send replaces the tab's list. */
  reset(): void {
    this.resetPending = true;
    this.changed();
  }

  private send(): void {
    if (this.version === this.sentVersion) return;
    this.sentVersion = this.version;
    const { flagged, scanned, layers } = this.snapshot();
    const reset = this.resetPending;
    if (reset) this.sent = new Map();
    this.resetPending = false;
    const remove = [...this.sent.keys()].filter((key) => !flagged.has(key));
    for (const key of remove) this.sent.delete(key);
    const upsert: FlaggedAccount[] = [];
    for (const [key, item] of flagged) {
      if (this.sent.get(key) === item) continue;
      if (!this.sent.has(key) && this.sent.size >= MAX_FLAGGED) continue;
      this.sent.set(key, item);
      upsert.push(item);
    }
    const url = new URL(location.href);
    const update = {
      url: url.href.slice(0, 4096),
      platform: this.adapter.platform,
      scanned,
      reset,
      upsert,
      remove,
      health: {
        adapter: this.adapter.id,
        layers,
        layoutChanged: scanned === 0 && this.adapter.expectsAccounts(url),
      },
    };
    this.lastPost = performance.now();
    if (!this.port.post('tabState', update)) {
      // Not delivered (the extension reloading): the next send starts the tab's list over.
      this.resetPending = true;
      this.sentVersion = -1;
    }
  }
}
