// Runs inside Chromium's isolated world, where main.ts injects it once bench:page's own page
// script has appended every post: the X adapter, then the engine, over those cells, a batch at a
// time as the page appended them, timed apart, with none of the page's own work around them.
import type { SiteAdapter } from '../../utils/adapters/types';
import type { Engine } from '../../utils/engine/engine-core';
import type { EngineSettings } from '../../utils/engine/settings-view';

export interface ScanRun {
  scanMs: number;
  evalMs: number;
  found: number;
  flagged: number;
}

export function runScan(adapter: SiteAdapter, engine: Engine | undefined, settings: EngineSettings, batch: number): ScanRun {
  const cells = Array.from(document.querySelectorAll('[data-testid="cellInnerDiv"]'));
  const seen = new WeakSet<Element>();
  // The scanner's seenAs, reduced to what the adapter asks of it: the same author under the same name.
  const known = new Map<string, string>();
  const seenAs = (key: string, name: string, element: Element) => {
    if (known.get(key) !== name) return false;
    seen.add(element);
    return true;
  };
  const ctx = { url: new URL(location.href), seen, pageData: new Map(), seenAs };
  const run: ScanRun = { scanMs: 0, evalMs: 0, found: 0, flagged: 0 };
  for (let b = 0; b < cells.length; b += batch) {
    const start = performance.now();
    const found = [];
    for (const cell of cells.slice(b, b + batch)) {
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
