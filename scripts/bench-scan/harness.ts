// Runs inside Chromium's isolated world, where main.ts injects it: the X adapter, then the
// engine, over the timeline's cells, timed apart, with none of the page's own work around them.
import type { SiteAdapter } from '../../utils/adapters/types';
import type { Engine } from '../../utils/engine/engine-core';
import type { EngineSettings } from '../../utils/engine/settings-view';

export interface ScanRun {
  scanMs: number;
  evalMs: number;
  found: number;
  flagged: number;
}

interface Name {
  name: string;
  handle: string;
}

const BATCH = 20;

/** The page's post template, cloned `posts` times with a name and handle each (as bench:page's page script does). */
function makeCells(names: readonly Name[], posts: number): Element[][] {
  const template = document.querySelector('[data-post-template]')!;
  const container = template.parentElement!;
  const from = [template.getAttribute('data-name')!, template.getAttribute('data-handle')!] as const;
  const prototype = template.cloneNode(true) as Element;
  prototype.removeAttribute('data-post-template');
  template.remove();
  const slots: [number[], string | null, string][] = [];
  const mentions = (v: string) => v.includes(from[0]) || v.includes(from[1]);
  const walk = (node: Node, at: number[]) => {
    if (node.nodeType === 3 && mentions(node.nodeValue ?? '')) slots.push([at, null, node.nodeValue!]);
    if (node.nodeType !== 1) return;
    for (const a of Array.from((node as Element).attributes))
      if (a.name !== 'class' && mentions(a.value)) slots.push([at, a.name, a.value]);
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, [...at, i]);
  };
  walk(prototype, []);
  const batches: Element[][] = [];
  for (let b = 0; b < posts; b += BATCH) {
    const batch: Element[] = [];
    for (let i = b; i < Math.min(posts, b + BATCH); i++) {
      const who = names[i % names.length]!;
      const pass = Math.floor(i / names.length);
      const handle = pass ? who.handle + pass : who.handle;
      const cell = prototype.cloneNode(true) as Element;
      for (const [at, attr, original] of slots) {
        const value = original.split(from[0]).join(who.name).split(from[1]).join(handle);
        const node = at.reduce((n: Node, k) => n.childNodes[k]!, cell);
        if (attr) (node as Element).setAttribute(attr, value);
        else node.nodeValue = value;
      }
      container.append(cell);
      batch.push(cell);
    }
    batches.push(batch);
  }
  return batches;
}

/** Every cell is in the page before the clock starts; then each batch is scanned, then judged. */
export function runScan(
  adapter: SiteAdapter,
  engine: Engine | undefined,
  settings: EngineSettings,
  names: readonly Name[],
  posts: number,
): ScanRun {
  const batches = makeCells(names, posts);
  const seen = new WeakSet<Element>();
  const known = new Map<string, string>();
  const seenAs = (key: string, name: string, element: Element) => {
    if (known.get(key) !== name) return false;
    seen.add(element);
    return true;
  };
  const ctx = { url: new URL(location.href), seen, pageData: new Map(), seenAs };
  const run: ScanRun = { scanMs: 0, evalMs: 0, found: 0, flagged: 0 };
  for (const batch of batches) {
    const start = performance.now();
    const found = [];
    for (const cell of batch) {
      for (const rec of adapter.scan(cell, ctx)) {
        seen.add(rec.element);
        known.set(rec.key, rec.displayName);
        found.push(rec);
      }
    }
    const scanned = performance.now();
    if (engine) for (const rec of found) if (engine.evaluate(rec, settings).flags.length) run.flagged++;
    run.scanMs += scanned - start;
    run.evalMs += performance.now() - scanned;
    run.found += found.length;
  }
  return run;
}
