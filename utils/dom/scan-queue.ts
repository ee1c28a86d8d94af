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
  /**
   * The parts a full rescan may scan one by one, in slices like added roots, instead of the
   * whole document in one task (bench:page: 17-35 ms when the page already held a few hundred
   * posts by the time the engine was ready). They must cover every account of the page.
   */
  rescanParts?: () => ParentNode[];
}

/**
 * Collects added subtrees and scans them in time slices. The MutationObserver callback only
 * calls `add` (uBO: "do not handle added nodes directly from within the observer").
 *
 * Roots added by a page task get a slice of their own as a microtask, at the end of that task
 * and before the frame that lays them out: their flags are drawn in that same frame (no frame
 * of their own, and no wait behind the page's frame, which on a long timeline lasts hundreds of
 * ms: bench:page). What does not fit in SLICE_MS, and full rescans, go to later tasks.
 */
export class ScanQueue {
  /** Added since the last microtask slice. */
  private fresh: ParentNode[] = [];
  /** Left over by earlier slices, scanned in tasks. */
  private backlog: ParentNode[] = [];
  /** A full rescan's parts not scanned yet: apart from the backlog, so no flood threshold counts them. */
  private parts: ParentNode[] = [];
  private full = false;
  private microtaskQueued = false;
  private taskQueued = false;
  /**
   * Set by watchDom: queues what the observers recorded during a slice (the slice's own badges,
   * filtered out) without waiting for their callbacks. Called before a slice settles.
   */
  takeRecords?: () => void;
  private readonly now: () => number;
  private readonly first: (cb: () => void) => void;
  private readonly schedule: (cb: () => void) => void;

  constructor(private readonly opts: ScanQueueOptions) {
    this.now = opts.now ?? (() => performance.now());
    // Called bare: a browser refuses queueMicrotask with a `this` other than the window.
    this.first = opts.first ?? ((cb) => queueMicrotask(cb));
    this.schedule = opts.schedule ?? defaultSchedule;
  }

  add(root: ParentNode): void {
    if (this.full || this.opts.signal.aborted) return;
    this.fresh.push(root);
    if (this.fresh.length + this.backlog.length > FULL_RESCAN_THRESHOLD) this.rescanAll();
    else if (!this.microtaskQueued) {
      this.microtaskQueued = true;
      this.first(() => this.sliceFresh());
    }
  }

  /** The whole document, in a task (it is not bounded by a slice). */
  rescanAll(): void {
    this.full = true;
    this.fresh = [];
    this.backlog = [];
    this.parts = [];
    this.queueTask();
  }

  private sliceFresh(): void {
    this.microtaskQueued = false;
    if (this.opts.signal.aborted || this.full) return;
    const roots = this.fresh;
    this.fresh = [];
    const start = this.now();
    let i = 0;
    while (i < roots.length && this.now() - start < SLICE_MS) this.scanOne(roots[i++]!);
    if (i < roots.length) this.backlog.push(...roots.slice(i));
    this.takeRecords?.();
    this.settle();
  }

  private sliceTask(): void {
    this.taskQueued = false;
    if (this.opts.signal.aborted) return;
    const start = this.now();
    if (this.full) {
      this.full = false;
      const parts = this.opts.rescanParts?.();
      if (parts) this.parts = parts.slice();
      else this.opts.scan(document);
    }
    let p = 0;
    while (p < this.parts.length && this.now() - start < SLICE_MS) this.scanOne(this.parts[p++]!);
    this.parts.splice(0, p);
    let i = 0;
    while (i < this.backlog.length && this.now() - start < SLICE_MS) this.scanOne(this.backlog[i++]!);
    this.backlog.splice(0, i);
    this.takeRecords?.();
    this.settle();
  }

  private scanOne(root: ParentNode): void {
    if ((root as Node).isConnected !== false) this.opts.scan(root);
  }

  private settle(): void {
    if (this.backlog.length || this.parts.length || this.full) this.queueTask();
    else if (!this.fresh.length && !this.taskQueued) this.opts.idle();
  }

  private queueTask(): void {
    if (this.taskQueued || this.opts.signal.aborted) return;
    this.taskQueued = true;
    this.schedule(() => this.sliceTask());
  }
}

/**
 * A task of its own at user-blocking priority (the Prioritized Task Scheduling API), else a
 * timer. Not a message to ourselves: on a saturated timeline (bench:page) Chromium ran the
 * page's frames and timers ahead of posted messages for 13 s, so a rescan queued that way
 * waited for the page to go quiet. Not an animation frame either: the page's frames run for
 * hundreds of ms there, and work in them would make them long tasks that run our code. Each
 * slice stays under SLICE_MS, so running ahead of the page's tasks never holds them up long.
 */
interface TaskScheduler {
  postTask(cb: () => void, options: { priority: 'user-blocking' }): Promise<unknown>;
}
function defaultSchedule(cb: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(cb, { priority: 'user-blocking' }).catch(() => {});
  else setTimeout(cb, 0);
}
