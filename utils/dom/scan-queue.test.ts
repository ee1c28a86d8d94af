// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FULL_RESCAN_THRESHOLD, ScanQueue, SLICE_MS } from './scan-queue';

/** A queue whose clock and scheduler the test drives: microtasks run before any task. */
function harness() {
  return harnessWithParts(undefined);
}

function harnessWithParts(rescanParts: (() => ParentNode[]) | undefined) {
  let now = 0;
  const micro: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const scanned: ParentNode[] = [];
  let idles = 0;
  const controller = new AbortController();
  const queue = new ScanQueue({
    scan: (root) => {
      scanned.push(root);
      now += 3; // each scan costs 3 ms of the slice
    },
    idle: () => idles++,
    signal: controller.signal,
    now: () => now,
    first: (cb) => micro.push(cb),
    schedule: (cb) => tasks.push(cb),
    rescanParts,
  });
  const runMicrotasks = () => {
    while (micro.length) micro.shift()!();
  };
  /** The end of the current page task (its microtasks), then the next task. */
  const runTask = () => {
    runMicrotasks();
    tasks.shift()?.();
    runMicrotasks();
  };
  const pending = () => micro.length + tasks.length;
  return { queue, micro, tasks, scanned, runMicrotasks, runTask, pending, idles: () => idles, abort: () => controller.abort() };
}

function attachedDivs(n: number): HTMLElement[] {
  const roots = Array.from({ length: n }, () => document.createElement('div'));
  for (const r of roots) document.body.append(r);
  return roots;
}

describe('ScanQueue', () => {
  it('scans what a page task added in a microtask slice of at most SLICE_MS, the rest in tasks, then reports idle once', () => {
    const h = harness();
    const roots = attachedDivs(10);
    for (const r of roots) h.queue.add(r);
    expect(h.micro).toHaveLength(1);
    h.runMicrotasks();
    expect(h.scanned).toHaveLength(Math.ceil(SLICE_MS / 3));
    expect(h.tasks).toHaveLength(1);
    while (h.pending()) h.runTask();
    expect(h.scanned).toEqual(roots);
    expect(h.idles()).toBe(1);
  });

  it('gives roots added while a backlog waits a microtask slice of their own, ahead of the backlog', () => {
    const h = harness();
    const old = attachedDivs(10);
    for (const r of old) h.queue.add(r);
    h.runMicrotasks();
    const [fresh] = attachedDivs(1);
    h.queue.add(fresh!);
    h.runMicrotasks();
    expect(h.scanned.at(-1)).toBe(fresh);
    expect(h.scanned).toHaveLength(Math.ceil(SLICE_MS / 3) + 1);
    while (h.pending()) h.runTask();
    expect(new Set(h.scanned)).toEqual(new Set([...old, fresh]));
    expect(h.idles()).toBe(1);
  });

  it('runs the first slice as a microtask by default, before any later task', async () => {
    const scanned: string[] = [];
    const queue = new ScanQueue({
      scan: () => scanned.push('scan'),
      idle: () => {},
      signal: new AbortController().signal,
    });
    const [root] = attachedDivs(1);
    setTimeout(() => scanned.push('task'), 0);
    queue.add(root!);
    expect(scanned).toEqual([]);
    await Promise.resolve();
    expect(scanned).toEqual(['scan']);
    await new Promise((r) => setTimeout(r, 5));
    expect(scanned).toEqual(['scan', 'task']);
  });

  it('turns a flood of added roots into one scan of the whole document', () => {
    const h = harness();
    for (let i = 0; i <= FULL_RESCAN_THRESHOLD; i++) h.queue.add(document.createElement('p'));
    while (h.pending()) h.runTask();
    expect(h.scanned).toEqual([document]);
  });

  it("scans a full rescan's parts in slices when it has them, and what the page adds meanwhile at once", () => {
    const parts = attachedDivs(12);
    const h = harnessWithParts(() => parts);
    for (let i = 0; i <= FULL_RESCAN_THRESHOLD; i++) h.queue.add(document.createElement('p'));
    h.runTask();
    const perSlice = Math.ceil(SLICE_MS / 3);
    expect(h.scanned).toEqual(parts.slice(0, perSlice));
    const [fresh] = attachedDivs(1);
    h.queue.add(fresh!);
    h.runMicrotasks();
    expect(h.scanned.at(-1)).toBe(fresh);
    while (h.pending()) h.runTask();
    expect(h.scanned).not.toContain(document);
    expect(new Set(h.scanned)).toEqual(new Set([...parts, fresh]));
    expect(h.scanned).toHaveLength(parts.length + 1);
    expect(h.idles()).toBe(1);
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
