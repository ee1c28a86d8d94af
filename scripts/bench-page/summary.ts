import type { BundleSize } from './extension-build';
import type { RunResult } from './run-once';
import { speedAdjustedExtraMs } from './speed-clock';
import { median, round } from './stats';
import type { TimelinePage } from './timeline-pages';

/** The JSON line, in its order: medians over rounds. */
export interface Headline {
  extensionMainThreadMs: number | null;
  pageMainThreadMs: number | null;
  ratio: number | null;
  extensionScriptMs: number | null;
  p95FlagLatencyMs: number | null;
  maxTaskMs: number | null;
  longTasks: number | null;
  contentScriptHeapMB: number | null;
}

/**
 * Per-round differences first (run with minus run without, of the same round), then the
 * median over rounds: the two runs of a round share the machine's state at that moment.
 */
export function summarise(page: TimelinePage, none: RunResult[], extension: RunResult[], sizes: BundleSize[]) {
  const of = (runs: RunResult[], pick: (r: RunResult) => number | null) =>
    median(runs.map(pick).filter((v): v is number => v !== null));
  const extra = (pick: (r: RunResult) => number) => extension.map((r, i) => pick(r) - pick(none[i]!));
  const extraBusy = extra((r) => r.busyMs);
  const extensionMainThreadMs = median(extraBusy);
  const pageMainThreadMs = of(none, (r) => r.busyMs);
  const headline: Headline = {
    extensionMainThreadMs: round(extensionMainThreadMs),
    pageMainThreadMs: round(pageMainThreadMs),
    ratio: extensionMainThreadMs !== null && pageMainThreadMs ? round(extensionMainThreadMs / pageMainThreadMs, 3) : null,
    extensionScriptMs: round(of(extension, (r) => r.extensionScriptMs)),
    p95FlagLatencyMs: round(of(extension, (r) => r.p95FlagLatencyMs)),
    maxTaskMs: round(of(extension, (r) => r.extensionMaxTaskMs)),
    longTasks: of(extension, (r) => r.extensionLongTasks),
    contentScriptHeapMB: round(median(extra((r) => r.heapUsedMB)), 2),
  };
  // A diagnostic beside the figure, not instead of it (README, "Speed-adjusted extra").
  const adjusted = extension.map((r, i) => speedAdjustedExtraMs(r, none[i]!));
  const adjustedMedian = median(adjusted.filter((v): v is number => v !== null));
  const details = {
    page: `http://${page.host}${page.path}`,
    rounds: extension.length,
    postBytes: extension[0]?.postBytes,
    extraBusyPerRoundMs: extraBusy.map((v) => round(v)),
    speedAdjustedExtraPerRoundMs: adjusted.map((v) => round(v)),
    speedAdjustedExtraMs: round(adjustedMedian),
    speedAdjustedRatio: adjustedMedian !== null && pageMainThreadMs ? round(adjustedMedian / pageMainThreadMs, 3) : null,
    pageScriptMsWithout: round(of(none, (r) => r.pageScriptMs)),
    extraBusyWallMs: round(median(extra((r) => r.busyWallMs))),
    pageMainThreadWallMs: round(of(none, (r) => r.busyWallMs)),
    extensionMaxTaskWallMs: round(of(extension, (r) => r.extensionMaxTaskWallMs)),
    maxExtensionScriptInTaskMs: round(of(extension, (r) => r.maxExtensionScriptInTaskMs)),
    extensionScriptLongTasks: of(extension, (r) => r.extensionScriptLongTasks),
    extraLoadMs: round(median(extra((r) => r.loadMs))),
    extraAppendPhaseMs: round(median(extra((r) => r.appendPhaseMs))),
    extraAfterMs: round(median(extra((r) => r.afterMs))),
    extensionTaskMs: round(of(extension, (r) => r.extensionTaskMs)),
    extensionTasks: of(extension, (r) => r.extensionTasks),
    pageMaxTaskMsWithout: round(of(none, (r) => r.pageMaxTaskMs)),
    pageMaxTaskMsWith: round(of(extension, (r) => r.pageMaxTaskMs)),
    heapWithoutMB: round(
      of(none, (r) => r.heapUsedMB),
      2,
    ),
    impostorsFlagged: of(extension, (r) => r.impostorsFlagged),
    impostorsExpected: of(extension, (r) => r.impostorPosts),
    genuineFlagged: of(extension, (r) => r.genuineFlagged),
    otherNamesFlagged: of(extension, (r) => r.otherFlagged),
    badges: of(extension, (r) => r.badges),
    flagsWithoutExtension: Math.max(...none.map((r) => r.impostorsFlagged + r.genuineFlagged)),
    extensionLoaded: extension.every((r) => r.extensionLoaded),
    contentScriptGzipKB: round(sizes.reduce((s, b) => s + b.gzipBytes, 0) / 1024),
  };
  return { headline, details };
}
