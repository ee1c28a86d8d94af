import { sendMessage } from '../messaging/send';
import type { ScannedAccount } from '../schemas/account';
import type { Verdict } from '../schemas/verdict';
import { scannedOf } from './scanned-of';
import type { OnVerdict, VerdictSource } from './verdict-source';

const MAX_BATCH = 200;

/**
 * Asks the background for verdicts in batches (as Shinigami Eyes batches its look-ups) and
 * caches them per account key and settings revision, so an account seen again costs a map
 * look-up. Used when the content script's own engine cannot judge exactly as the background's
 * (see local-verdicts.ts).
 */
export class VerdictBatcher implements VerdictSource {
  private cache = new Map<string, { revision: number; verdict: Verdict }>();
  /** Keys forgotten while their request was in flight: that answer is already stale. */
  private stale = new Set<string>();
  private wanted = new Map<string, ScannedAccount>();
  private revision = 0;
  private inFlight = false;
  private drainQueued = false;

  constructor(
    private readonly signal: AbortSignal,
    private readonly onVerdict: OnVerdict,
  ) {}

  want(key: string, account: ScannedAccount, revision: number): void {
    this.revision = revision;
    const hit = this.cache.get(key);
    if (hit && hit.revision === revision) {
      this.onVerdict(key, hit.verdict);
      return;
    }
    this.wanted.set(key, scannedOf(account));
    // One drain for all the accounts a scan slice wants, not a microtask each.
    if (!this.inFlight && !this.drainQueued) {
      this.drainQueued = true;
      queueMicrotask(() => {
        this.drainQueued = false;
        void this.drain();
      });
    }
  }

  /** The account's data changed (page data arrived): its cached verdict no longer holds. */
  forget(key: string): void {
    this.cache.delete(key);
    this.wanted.delete(key);
    if (this.inFlight) this.stale.add(key);
  }

  private async drain(): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    try {
      while (this.wanted.size && !this.signal.aborted) {
        const batch = [...this.wanted.entries()].slice(0, MAX_BATCH);
        for (const [key] of batch) {
          this.wanted.delete(key);
          this.stale.delete(key);
        }
        const revision = this.revision;
        const reply = await sendMessage('evaluate', { accounts: batch.map(([, a]) => a) });
        // The reply comes from the extension's own worker (privileged), not from the page.
        batch.forEach(([key], i) => {
          const verdict = reply.verdicts[i];
          if (!verdict || this.stale.delete(key)) return;
          this.cache.set(key, { revision, verdict });
          if (revision === this.revision) this.onVerdict(key, verdict);
        });
      }
    } catch (err) {
      // The background may be restarting (an extension update); the next scan asks again.
      console.debug('[claimcheck] evaluate failed', err);
    } finally {
      this.inFlight = false;
    }
  }
}
