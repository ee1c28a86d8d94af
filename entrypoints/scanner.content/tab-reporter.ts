import type { SiteAdapter } from '../../utils/adapters/types';
import { sendMessage } from '../../utils/messaging/send';
import type { ExtractionLayer, FlaggedAccount } from '../../utils/schemas/messages';

// The popup reads this when opened; twice a second is fresh enough and costs the page little.
const DEBOUNCE_MS = 500;
const MAX_FLAGGED = 500;

interface Snapshot {
  flagged: FlaggedAccount[];
  scanned: number;
  layers: Partial<Record<ExtractionLayer, number>>;
}

/** Sends the tab's state (flags, accounts scanned, adapter health) to the background, debounced. */
export class TabReporter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every change; a send happens only when it moved (no re-serialising to compare). */
  private version = 0;
  private sentVersion = -1;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly signal: AbortSignal,
    private readonly snapshot: () => Snapshot,
  ) {
    signal.addEventListener('abort', () => clearTimeout(this.timer));
  }

  changed(): void {
    this.version++;
    if (this.timer !== undefined || this.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.send();
    }, DEBOUNCE_MS);
  }

  private async send(): Promise<void> {
    if (this.version === this.sentVersion) return;
    this.sentVersion = this.version;
    const { flagged, scanned, layers } = this.snapshot();
    const url = new URL(location.href);
    const state = {
      url: url.href.slice(0, 4096),
      platform: this.adapter.platform,
      scanned,
      // The page is hostile: keep every field within what the background accepts.
      flagged: flagged.slice(0, MAX_FLAGGED).map((f) => ({ ...f, context: f.context?.slice(0, 500) })),
      health: {
        adapter: this.adapter.id,
        layers,
        layoutChanged: scanned === 0 && this.adapter.expectsAccounts(url),
      },
    };
    await sendMessage('tabState', state).catch((err) => console.debug('[claimcheck] tab state not sent', err));
  }
}
