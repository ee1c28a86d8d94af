/** How many added roots make a full rescan cheaper than scanning each (Dark Reader uses 1,000). */
export const FULL_RESCAN_THRESHOLD = 500;
/** A work slice stays under this, so the page's own frames are never held up (issue 6). */
export const SLICE_MS = 8;

export interface ScanQueueOptions {
  /** Scans one root (an added subtree, or the whole document on a full rescan). */
  scan(root: ParentNode): void;
  /** Called once the queue is empty after some work. */
  idle(): void;
  signal: AbortSignal;
  now?: () => number;
  /** Runs the first slice after new work arrives (default: a microtask, see `kick`). */
  first?: (cb: () => void) => void;
  /** Runs each later slice (default: a task of its own, right after the current one). */
  schedule?: (cb: () => void) => void;
}

/**
 * Collects added subtrees and scans them later in time slices. The MutationObserver callback
 * only calls `add` (uBO: "do not handle added nodes directly from within the observer").
 */
export class ScanQueue {
  private roots: ParentNode[] = [];
  private full = false;
  private scheduled = false;
  private readonly now: () => number;
  private readonly first: (cb: () => void) => void;
  private readonly schedule: (cb: () => void) => void;

  constructor(private readonly opts: ScanQueueOptions) {
    this.now = opts.now ?? (() => performance.now());
    this.first = opts.first ?? queueMicrotask;
    this.schedule = opts.schedule ?? defaultSchedule;
  }

  add(root: ParentNode): void {
    if (this.full) return;
    this.roots.push(root);
    if (this.roots.length > FULL_RESCAN_THRESHOLD) this.rescanAll();
    else this.kick();
  }

  rescanAll(): void {
    this.full = true;
    this.roots = [];
    this.kick();
  }

  /**
   * The first slice runs as a microtask, at the end of the page task that added the nodes and
   * before the frame that lays them out: flags are drawn in that same frame (no frame of their
   * own, no wait behind the page's frame, which on a long timeline lasts hundreds of ms:
   * bench:page). It stays within SLICE_MS like every slice; what is left goes to later tasks.
   */
  private kick(continuing = false): void {
    if (this.scheduled || this.opts.signal.aborted) return;
    this.scheduled = true;
    (continuing ? this.schedule : this.first)(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    if (this.opts.signal.aborted) return;
    const start = this.now();
    if (this.full) {
      this.full = false;
      this.opts.scan(document);
    }
    while (this.roots.length && this.now() - start < SLICE_MS) {
      const root = this.roots.shift()!;
      if ((root as Node).isConnected !== false) this.opts.scan(root);
    }
    if (this.roots.length || this.full) this.kick(true);
    else this.opts.idle();
  }
}

/**
 * A task of its own, right after the current one (a message to ourselves), not an animation
 * frame: on a busy timeline the page's own frames run for hundreds of ms, and work queued for
 * the next frame would land inside them (a long task that runs our code). Each slice stays
 * under SLICE_MS, so it never makes a long task of its own. Hidden tabs fall back to a timer.
 */
const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const waiting: (() => void)[] = [];
if (channel) {
  channel.port1.onmessage = () => {
    const cbs = waiting.splice(0);
    for (const cb of cbs) cb();
  };
}
function defaultSchedule(cb: () => void): void {
  if (!channel || document.visibilityState !== 'visible') {
    setTimeout(cb, document.visibilityState === 'visible' ? 0 : 50);
    return;
  }
  waiting.push(cb);
  if (waiting.length === 1) channel.port2.postMessage(0);
}

/**
 * The elements a batch of mutation records added, less the tags that never hold an account
 * and our own badges (inserted during a scan, they come back as mutations).
 */
export function addedElements(records: readonly MutationRecord[]): Element[] {
  const out: Element[] = [];
  for (const r of records) {
    for (const n of r.addedNodes) {
      if (n.nodeType !== 1 || SKIP_TAGS.has((n as Element).localName) || (n as Element).hasAttribute(OUR_BADGE)) continue;
      out.push(n as Element);
    }
  }
  return out;
}

/** BADGE_ATTR of badge.ts, spelled here so the queue does not load the badge module. */
const OUR_BADGE = 'data-claimcheck-badge';

const SKIP_TAGS = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'svg', 'path', 'img', 'br']);
