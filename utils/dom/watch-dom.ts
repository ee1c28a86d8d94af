import { addedElements, anyRemoved } from './mutation-records';
import type { ScanQueue } from './scan-queue';

export interface WatchDomOptions {
  queue: ScanQueue;
  signal: AbortSignal;
  /** Open shadow roots that hold accounts (Bilibili comments); checked now and then. */
  shadowRoots?: () => ShadowRoot[];
  setInterval: (cb: () => void, ms: number) => unknown;
  /** Told when a batch of records removed nodes (the scanner then looks for elements gone). */
  onRemoved?: () => void;
}

const SHADOW_POLL_MS = 1000;

/**
 * One MutationObserver per root: the document, and each open shadow root that matters. The
 * callbacks only queue added elements; the queue does the work later, in slices.
 */
export function watchDom(doc: Document, opts: WatchDomOptions): void {
  const observers: MutationObserver[] = [];
  const queueAdded = (records: MutationRecord[]) => {
    for (const el of addedElements(records)) opts.queue.add(el);
    if (opts.onRemoved && anyRemoved(records)) opts.onRemoved();
  };
  const observe = (root: Document | ShadowRoot) => {
    const observer = new MutationObserver(queueAdded);
    observer.observe(root, { childList: true, subtree: true });
    observers.push(observer);
    opts.signal.addEventListener('abort', () => observer.disconnect());
  };
  // A slice's own badges come back as records: taken at its end, they cost no callback (one call
  // into the script per slice that flagged something, about 100 on bench:page's timeline).
  opts.queue.takeRecords = () => {
    for (const observer of observers) queueAdded(observer.takeRecords());
  };
  observe(doc);
  if (!opts.shadowRoots) return;
  const observed = new WeakSet<ShadowRoot>();
  const findShadowRoots = () => {
    for (const root of opts.shadowRoots?.() ?? []) {
      if (observed.has(root)) continue;
      observed.add(root);
      observe(root);
      opts.queue.add(root);
    }
  };
  findShadowRoots();
  // Shadow roots are attached without a mutation the document's observer sees.
  opts.setInterval(findShadowRoots, SHADOW_POLL_MS);
}
