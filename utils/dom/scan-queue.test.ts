// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FULL_RESCAN_THRESHOLD, ScanQueue, SLICE_MS } from './scan-queue';

/** A queue whose clock and scheduler the test drives. */
function harness() {
  let now = 0;
  const tasks: (() => void)[] = [];
  const scanned: ParentNode[] = [];
  let idles = 0;
  let continued = 0;
  const controller = new AbortController();
  const queue = new ScanQueue({
    scan: (root) => {
      scanned.push(root);
      now += 3; // each scan costs 3 ms of the slice
    },
    idle: () => idles++,
    signal: controller.signal,
    now: () => now,
    first: (cb) => tasks.push(cb),
    schedule: (cb) => {
      continued++;
      tasks.push(cb);
    },
  });
  const runTask = () => tasks.shift()?.();
  return {
    queue,
    tasks,
    scanned,
    runTask,
    idles: () => idles,
    continued: () => continued,
    abort: () => controller.abort(),
  };
}

describe('ScanQueue', () => {
  it('scans in slices of at most SLICE_MS, then reports idle once', () => {
    const h = harness();
    const roots = Array.from({ length: 10 }, () => document.createElement('div'));
    for (const r of roots) document.body.append(r);
    for (const r of roots) h.queue.add(r);
    expect(h.tasks).toHaveLength(1);
    h.runTask();
    expect(h.scanned).toHaveLength(Math.ceil(SLICE_MS / 3));
    expect(h.continued()).toBe(1);
    while (h.tasks.length) h.runTask();
    expect(h.scanned).toEqual(roots);
    expect(h.idles()).toBe(1);
    // New work after idle starts over with a first slice, not a continuation.
    h.queue.add(roots[0]!);
    const before = h.continued();
    h.runTask();
    expect(h.continued()).toBe(before);
  });

  it('runs the first slice as a microtask by default, before any later task', async () => {
    const scanned: string[] = [];
    const queue = new ScanQueue({
      scan: () => scanned.push('scan'),
      idle: () => {},
      signal: new AbortController().signal,
    });
    const root = document.createElement('div');
    document.body.append(root);
    setTimeout(() => scanned.push('task'), 0);
    queue.add(root);
    expect(scanned).toEqual([]);
    await Promise.resolve();
    expect(scanned).toEqual(['scan']);
    await new Promise((r) => setTimeout(r, 5));
    expect(scanned).toEqual(['scan', 'task']);
  });

  it('turns a flood of added roots into one scan of the whole document', () => {
    const h = harness();
    for (let i = 0; i <= FULL_RESCAN_THRESHOLD; i++) h.queue.add(document.createElement('p'));
    while (h.tasks.length) h.runTask();
    expect(h.scanned).toEqual([document]);
  });

  it('skips roots no longer in the page, and stops when its context ends', () => {
    const h = harness();
    const gone = document.createElement('div');
    h.queue.add(gone);
    h.runTask();
    expect(h.scanned).toEqual([]);
    h.queue.add(document.body);
    h.abort();
    h.runTask();
    expect(h.scanned).toEqual([]);
  });
});
