import { cpuMs, type TraceEvent, topLevel } from './trace-events';

/** V8's collections on the main thread (their phases nest inside these). */
const GC = /^(MinorGC|MajorGC|V8\.GC)/;

/** Whether `e` lies inside one of `outer` (outermost events, sorted by start). */
function inside(e: TraceEvent, outer: readonly TraceEvent[]): boolean {
  let lo = 0;
  let hi = outer.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (outer[mid]!.ts <= e.ts) lo = mid + 1;
    else hi = mid - 1;
  }
  const host = outer[hi];
  return !!host && e.ts + (e.dur ?? 0) <= host.ts + (host.dur ?? 0);
}

/**
 * The page's own script time: its timeline script, which appends the same posts in both runs of a
 * round, so its CPU time says how fast the machine ran that run (this host's speed drifts by a
 * quarter between runs minutes apart, style, layout and script alike; see the README). Leaves
 * out the extension's script nested in it (its observer's microtask runs at the end of the
 * page's call) and the collections inside it (the page and the content scripts share one heap,
 * so the extension's garbage can set off a scavenge in the page's script).
 */
export function pageScriptMs(
  script: readonly TraceEvent[],
  extension: readonly TraceEvent[],
  onMain: readonly TraceEvent[],
): number {
  const all = topLevel(script);
  const ext = topLevel(extension);
  let ms = 0;
  for (const e of all) ms += cpuMs(e);
  for (const e of ext) ms -= cpuMs(e);
  for (const gc of topLevel(onMain.filter((e) => GC.test(e.name)))) {
    if (inside(gc, all) && !inside(gc, ext)) ms -= cpuMs(gc);
  }
  return ms;
}

/**
 * A round's extra busy time with both runs brought to the speed of the run without: busy time
 * per millisecond of the page's own script, with minus without, times that run's script time.
 */
export function speedAdjustedExtraMs(
  withExtension: { busyMs: number; pageScriptMs: number },
  without: { busyMs: number; pageScriptMs: number },
): number | null {
  if (!(withExtension.pageScriptMs > 0 && without.pageScriptMs > 0)) return null;
  return (withExtension.busyMs / withExtension.pageScriptMs - without.busyMs / without.pageScriptMs) * without.pageScriptMs;
}
