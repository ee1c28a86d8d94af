import type { FoundAccount } from '../adapters/types';
import type { FlaggedAccount } from '../schemas/messages';
import type { Verdict } from '../schemas/verdict';
import { scannedOf } from './scanned-of';

/** A record as held: without its element once the page has removed every element of it. */
export type HeldRecord = Omit<FoundAccount, 'element'>;

export interface Entry {
  record: HeldRecord;
  /** The verdict the page shows for it (verdicts are shared objects: same object, same verdict). */
  verdict?: Verdict;
  /**
   * Every name element of this account on the page: most accounts of a long timeline appear
   * once, so one element until a second comes, not a Set each.
   */
  elements: Element | Set<Element>;
  /** Found only in elements from before an in-page navigation: maybe the old page's (see startOver). */
  carried?: boolean;
}

export function addElement(entry: Entry, element: Element, carried: boolean): void {
  if (!carried) entry.carried = false;
  if (entry.elements instanceof Set) entry.elements.add(element);
  else if (entry.elements !== element) entry.elements = new Set([entry.elements, element]);
}

export const elementsIn = (entry: Entry | undefined): Set<Element> =>
  !entry ? new Set() : entry.elements instanceof Set ? entry.elements : new Set([entry.elements]);

/** No element left on the page: a flagged account kept for the popup's list after its post went. */
export const offPage = (entry: Entry): boolean => entry.elements instanceof Set && entry.elements.size === 0;

/**
 * PageAccounts.prune's pass: lets go of the elements the page removed, forgets an account left
 * with none (counted in `pruned`), keeps a flagged one element-free with its post text read now
 * and its flag marked off the page (the popup offers no Show for it), and drops a carried one
 * (the old page's) with its flag. True when `flagged` changed.
 */
export function pruneEntries(entries: Map<string, Entry>, flagged: Map<string, FlaggedAccount>, pruned: Set<string>): boolean {
  let unflagged = false; // or marked off the page
  for (const [key, entry] of entries) {
    const { elements } = entry;
    if (elements instanceof Set) {
      // Empty: a flagged account already kept element-free by an earlier prune.
      if (elements.size === 0) continue;
      for (const el of elements) if (!el.isConnected) elements.delete(el);
      if (elements.size > 0) continue;
    } else if (elements.isConnected) continue;
    if (entry.carried) {
      entries.delete(key);
      unflagged = flagged.delete(key) || unflagged;
      continue;
    }
    if (!flagged.has(key)) {
      entries.delete(key);
      pruned.add(key);
      continue;
    }
    // Read now, while the detached post is still held (the record's lazy getter, common.ts).
    const { layer, context } = entry.record;
    entry.record = { ...scannedOf(entry.record), layer, context };
    entry.elements = new Set();
    flagged.set(key, { ...flagged.get(key)!, offPage: true });
    unflagged = true;
  }
  return unflagged;
}
