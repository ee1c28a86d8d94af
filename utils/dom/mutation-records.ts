import { BADGE_ATTR } from './badge';

// What the MutationObserver callbacks read from their records (watch-dom.ts): cheap checks only,
// since they run inside the page's own DOM changes.

/**
 * The elements a batch of mutation records added, less the tags that never hold an account
 * and our own badges (inserted during a scan, they come back as mutations).
 */
export function addedElements(records: readonly MutationRecord[]): Element[] {
  const out: Element[] = [];
  // Index loops: the NodeList iterator cost more than the checks on a timeline's records.
  for (let r = 0; r < records.length; r++) {
    const added = records[r]!.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const n = added[i]!;
      if (n.nodeType !== 1 || SKIP_TAGS.has((n as Element).localName) || (n as Element).hasAttribute(BADGE_ATTR)) continue;
      out.push(n as Element);
    }
  }
  return out;
}

/**
 * Whether any of the records removed an element of the page's: only that can take a held name
 * element off the page (a text node changing, as X's relative timestamps do, cannot), and our own
 * badges (taken off when a verdict changes) do not count.
 */
export function anyRemoved(records: readonly MutationRecord[]): boolean {
  for (let r = 0; r < records.length; r++) {
    const removed = records[r]!.removedNodes;
    for (let i = 0; i < removed.length; i++) {
      const n = removed[i]!;
      if (n.nodeType === 1 && !(n as Element).hasAttribute(BADGE_ATTR)) return true;
    }
  }
  return false;
}

const SKIP_TAGS = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'svg', 'path', 'img', 'br']);
