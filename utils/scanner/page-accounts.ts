import type { FoundAccount } from '../adapters/types';
import type { ScannedAccount } from '../schemas/account';
import type { ExtractionLayer, FlaggedAccount } from '../schemas/messages';
import type { Verdict } from '../schemas/verdict';
import { addElement, type Entry, elementsIn, type HeldRecord, offPage, pruneEntries } from './page-account-entry';
import { PruneSchedule } from './prune-schedule';
import { scannedOf } from './scanned-of';

/** The accounts found on this page, by key, and which of them are flagged. */
export class PageAccounts {
  private readonly entries = new Map<string, Entry>();
  readonly flagged = new Map<string, FlaggedAccount>();
  readonly layers: Partial<Record<ExtractionLayer, number>> = {};
  /** Accounts let go by prune: still counted as scanned on this page. */
  private readonly pruned = new Set<string>();
  private readonly pruneSchedule = new PruneSchedule();
  /** The old page's handled elements, after an in-page navigation; prune runs at every idle for a while (PruneSchedule). */
  private carried: WeakSet<Element> | null = null;

  get size(): number {
    return this.entries.size + this.pruned.size;
  }

  /**
   * Records a find; true when it needs a verdict, and then it is the record held: the account is
   * new to this page, the find tells more of it (a profile's bio, a badge the post did not show),
   * or it names the account in other words (a mention, a second link to the same profile) while
   * the account is not flagged. Other words for a flagged account are not judged: a clean mention
   * would take the author's flags away, as a mention read first must not hide them.
   */
  add(rec: FoundAccount): boolean {
    this.layers[rec.layer] = (this.layers[rec.layer] ?? 0) + 1;
    const entry = this.entries.get(rec.key);
    const carried = !!this.carried?.has(rec.element);
    if (entry) {
      this.addTo(entry, rec.key, rec.element, carried);
      const held = entry.record;
      const v = rec.verification;
      const same = (!rec.bio || rec.bio === held.bio) && v.kind === held.verification.kind && v.label === held.verification.label;
      if (same && (rec.displayName === held.displayName || this.flagged.has(rec.key))) return false;
      entry.record = rec;
      return true;
    }
    this.pruned.delete(rec.key);
    this.entries.set(rec.key, { record: rec, elements: rec.element, carried });
    return true;
  }

  /**
   * Another element of an account already held under the same name: adds it and returns the
   * account's record and its verdict so far (none while it is awaited); null when the account
   * is new or its name changed (it needs a full record).
   */
  addSighting(key: string, displayName: string, element: Element): { record: HeldRecord; verdict?: Verdict } | null {
    const entry = this.entries.get(key);
    if (!entry || entry.record.displayName !== displayName) return null;
    this.layers[entry.record.layer] = (this.layers[entry.record.layer] ?? 0) + 1;
    this.addTo(entry, key, element, !!this.carried?.has(element));
    return entry;
  }

  /** A flagged account whose post left the page is back on it (scrolled to again): Show works again. */
  private addTo(entry: Entry, key: string, element: Element, carried: boolean): void {
    const back = offPage(entry);
    addElement(entry, element, carried);
    const item = back && this.flagged.get(key);
    if (item) {
      const { offPage: _, ...onPage } = item;
      this.flagged.set(key, onPage);
    }
  }

  elementsOf(key: string): Set<Element> {
    return elementsIn(this.entries.get(key));
  }

  /** The post text near the account, read when first asked (a report being opened on it). */
  contextOf(key: string): string | undefined {
    return this.entries.get(key)?.record.context;
  }

  verdictOf(key: string): Verdict | undefined {
    return this.entries.get(key)?.verdict;
  }

  /**
   * Stores a verdict; returns what the page and the popup show, or null if not flagged. The same
   * verdict gives back the same object (the tab reporter sends only what changed).
   */
  flag(key: string, verdict: Verdict): FlaggedAccount | null {
    const entry = this.entries.get(key);
    const shown = this.flagged.get(key);
    if (entry?.verdict === verdict && shown) return shown;
    if (entry) entry.verdict = verdict;
    if (!entry || !verdict.flags.length) {
      this.flagged.delete(key);
      return null;
    }
    const item: FlaggedAccount = {
      account: scannedOf(entry.record),
      flags: verdict.flags,
      rulesetVersion: verdict.rulesetVersion,
      ...(offPage(entry) ? { offPage: true as const } : {}),
    };
    this.flagged.set(key, item);
    return item;
  }

  /** Forgets one account (its data changed); returns its elements for a rescan. */
  remove(key: string): Set<Element> {
    const elements = this.elementsOf(key);
    this.entries.delete(key);
    this.flagged.delete(key);
    return elements;
  }

  /**
   * Lets go of the elements the page has removed (X drops the cells that scroll away): held,
   * each would keep its whole detached post alive for the rest of the page. An account with none
   * left is forgotten, unless flagged: the popup lists it, so its record stays, element-free, with
   * its post text read now; but one seen only in the old page's elements before an in-page
   * navigation goes, flag and all. Only when due (PruneSchedule). True when the flagged list changed.
   */
  prune(now: number): boolean {
    return this.pruneSchedule.due(now) && pruneEntries(this.entries, this.flagged, this.pruned);
  }

  /** The page removed nodes somewhere (a mutation record said so): the next prune may find elements gone. */
  noteRemoval(): void {
    this.pruneSchedule.noteRemoval();
  }

  /**
   * An in-page navigation: the scanner reads the page again at once, while the site may still
   * show the old page. Accounts found only in `handled` (the elements read before) are the old
   * page's if the site then removes those elements, and go at the next prune.
   */
  startOver(handled: WeakSet<Element>, now: number): void {
    this.clear();
    this.carried = handled;
    this.pruneSchedule.navigated(now);
  }

  clear(): void {
    this.pruned.clear();
    this.entries.clear();
    this.flagged.clear();
    for (const k of Object.keys(this.layers)) delete this.layers[k as ExtractionLayer];
  }

  *all(): Iterable<[string, ScannedAccount, Set<Element>]> {
    for (const [key, e] of this.entries) yield [key, scannedOf(e.record), elementsIn(e)];
  }
}
