/** How often the accounts whose elements the page removed are let go (see PageAccounts.prune). */
const PRUNE_INTERVAL_MS = 10_000;
/**
 * Without a removal seen by the observers, how long until prune runs anyway (at the next idle,
 * which follows scan work): an element can leave the page unseen, inside a shadow root the
 * scanner does not observe yet (Bilibili's comment roots are found by a poll each second).
 */
const UNSEEN_REMOVAL_MS = 60_000;
/** After an in-page navigation, how long prune runs at every idle (the site swaps its content). */
const NAVIGATION_PRUNE_MS = 5_000;

/**
 * When PageAccounts.prune runs: at most every PRUNE_INTERVAL_MS, but at every call for a few
 * seconds after a navigation. Only after the page removed something (noteRemoval), or once
 * UNSEEN_REMOVAL_MS has passed: a timeline that only grows has nothing to let go of, and
 * checking every held element was most of an idle callback's cost there (bench:page).
 */
export class PruneSchedule {
  private lastPrune = 0;
  private removedSincePrune = false;
  private pruneFreelyUntil = 0;

  /** True when prune is due at `now`, which then counts as its last run. */
  due(now: number): boolean {
    const since = now - this.lastPrune;
    const due = since >= PRUNE_INTERVAL_MS && (this.removedSincePrune || since >= UNSEEN_REMOVAL_MS);
    if (!due && now > this.pruneFreelyUntil) return false;
    this.lastPrune = now;
    this.removedSincePrune = false;
    return true;
  }

  noteRemoval(): void {
    this.removedSincePrune = true;
  }

  navigated(now: number): void {
    this.pruneFreelyUntil = now + NAVIGATION_PRUNE_MS;
  }
}
