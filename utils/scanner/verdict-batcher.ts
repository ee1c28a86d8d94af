import { sendMessage } from '../messaging/send';
import type { ScannedAccount } from '../schemas/account';
import type { Verdict } from '../schemas/verdict';
import { scannedOf } from './scanned-of';
import type { OnVerdict, VerdictSource } from './verdict-source';

const MAX_BATCH = 200;
const RETRY_MS = 2_000;
const MAX_RETRIES = 5;

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
  private failures = 0;

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
    let batch: [string, ScannedAccount][] = [];
    try {
      while (this.wanted.size && !this.signal.aborted) {
        batch = [...this.wanted.entries()].slice(0, MAX_BATCH);
        for (const [key] of batch) {
          this.wanted.delete(key);
          this.stale.delete(key);
        }
        const revision = this.revision;
        const reply = await sendMessage('evaluate', { accounts: batch.map(([, a]) => a) });
        this.failures = 0;
        // The reply comes from the extension's own worker (privileged), not from the page.
        batch.forEach(([key], i) => {
          const verdict = reply.verdicts[i];
          if (!verdict || this.stale.delete(key)) return;
          this.cache.set(key, { revision, verdict });
          if (revision === this.revision) this.onVerdict(key, verdict);
        });
      }
    } catch (err) {
      // The worker may be restarting. No scan asks for these accounts again (their elements are
      // handled), so they are asked again here, later; an update ends the script (signal) first.
      console.debug('[claimcheck] evaluate failed', err);
      for (const [key, account] of batch) if (!this.wanted.has(key)) this.wanted.set(key, account);
      // A few times: a batch the worker refuses each time (not a restart) is not asked forever.
      if (++this.failures <= MAX_RETRIES) setTimeout(() => void this.drain(), RETRY_MS * this.failures);
    } finally {
      this.inFlight = false;
    }
  }
}
