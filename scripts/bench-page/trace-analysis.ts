import { pageScriptMs } from './speed-clock';
import { cpuMs, type TraceEvent, topLevel } from './trace-events';

/**
 * Every figure is thread CPU time (tdur) unless named Wall: on a shared machine the wall
 * duration of a task also counts the time other processes held the core.
 */
export interface TraceFigures {
  /** Sum of top-level RunTask CPU times on the page's renderer main thread. */
  busyMs: number;
  busyWallMs: number;
  loadMs: number;
  appendPhaseMs: number;
  afterMs: number;
  tasks: number;
  /** Longest task of any kind (the page's own included). */
  pageMaxTaskMs: number;
  /** Top-level script events (FunctionCall, EvaluateScript, compile …) in chrome-extension:// code. */
  extensionScriptMs: number;
  /** Tasks that ran extension code: how many, their total, the longest, and how many ≥ 50 ms. */
  extensionTasks: number;
  extensionTaskMs: number;
  extensionMaxTaskMs: number;
  extensionLongTasks: number;
  extensionMaxTaskWallMs: number;
  /**
   * The extension's own script time inside its busiest task. A long task that runs extension
   * code may be long because of the page's own rendering (the extension's requestAnimationFrame
   * callbacks run inside the page's frame task): this says how much of it is the extension's.
   */
  maxExtensionScriptInTaskMs: number;
  /** Tasks in which the extension's own script time alone is ≥ 50 ms. */
  extensionScriptLongTasks: number;
  /** The page's own script time, the run's speed clock (speed-clock.ts). */
  pageScriptMs: number;
}

const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
]);
const EXTENSION_URL = 'chrome-extension://';

function urlOf(event: TraceEvent): string {
  const data = event.args?.data;
  return String(data?.url ?? data?.scriptName ?? event.args?.fileName ?? '');
}

/** The renderer process that committed the page's main frame (page-cost.mjs's three ways). */
function pageProcess(events: TraceEvent[], origin: string): number {
  for (const e of events) {
    const data = e.args?.data as { url?: string; parent?: string; processId?: number } | undefined;
    if (e.name === 'FrameCommittedInBrowser' && data?.url?.startsWith(origin) && !data.parent && data.processId)
      return data.processId;
  }
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    const frames = (e.args?.data?.frames ?? []) as Array<{ url?: string; parent?: string; processId: number }>;
    const frame = frames.find((f) => f.url?.startsWith(origin) && !f.parent);
    if (frame) return frame.processId;
  }
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && (e.args as { beginData?: { url?: string } })?.beginData?.url?.startsWith(origin),
  );
  if (parse) return parse.pid;
  throw new Error('could not find the page renderer in the trace');
}

export function analyseTrace(events: TraceEvent[], origin: string): TraceFigures {
  const pid = pageProcess(events, origin);
  const thread = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  );
  if (!thread) throw new Error('no CrRendererMain thread in the page renderer');
  const onMain = events.filter((e) => e.pid === pid && e.tid === thread.tid && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = topLevel(onMain.filter((e) => e.name === 'RunTask'));
  const ms = (list: TraceEvent[]) => list.reduce((sum, e) => sum + cpuMs(e), 0);

  const mark = (message: string) =>
    events.find((e) => e.pid === pid && e.name === 'TimeStamp' && e.args?.data?.message === message)?.ts;
  const start = mark('bench-page:start') ?? Number.NEGATIVE_INFINITY;
  const done = mark('bench-page:done') ?? Number.POSITIVE_INFINITY;
  const between = (a: number, b: number) => ms(tasks.filter((e) => e.ts >= a && e.ts < b));

  const scriptEvents = onMain.filter((e) => SCRIPT_EVENTS.has(e.name));
  const extensionEvents = scriptEvents.filter((e) => urlOf(e).startsWith(EXTENSION_URL));
  // A task runs extension code when an extension script event starts inside it.
  const outermost = topLevel(extensionEvents);
  let cursor = 0;
  const extensionTasks: TraceEvent[] = [];
  const scriptInTask: number[] = [];
  for (const task of tasks) {
    while (cursor < outermost.length && outermost[cursor]!.ts < task.ts) cursor++;
    let script = 0;
    for (let k = cursor; k < outermost.length && outermost[k]!.ts < task.ts + task.dur!; k++) script += cpuMs(outermost[k]!);
    if (cursor < outermost.length && outermost[cursor]!.ts < task.ts + task.dur!) {
      extensionTasks.push(task);
      scriptInTask.push(script);
    }
  }
  const extensionDurations = extensionTasks.map(cpuMs);
  return {
    busyMs: ms(tasks),
    busyWallMs: tasks.reduce((sum, e) => sum + e.dur!, 0) / 1000,
    loadMs: between(Number.NEGATIVE_INFINITY, start),
    appendPhaseMs: between(start, done),
    afterMs: between(done, Number.POSITIVE_INFINITY),
    tasks: tasks.length,
    pageMaxTaskMs: Math.max(0, ...tasks.map(cpuMs)),
    extensionScriptMs: ms(outermost),
    extensionTasks: extensionTasks.length,
    extensionTaskMs: ms(extensionTasks),
    extensionMaxTaskMs: Math.max(0, ...extensionDurations),
    extensionLongTasks: extensionDurations.filter((d) => d >= 50).length,
    extensionMaxTaskWallMs: Math.max(0, ...extensionTasks.map((e) => e.dur! / 1000)),
    maxExtensionScriptInTaskMs: Math.max(0, ...scriptInTask),
    extensionScriptLongTasks: scriptInTask.filter((d) => d >= 50).length,
    pageScriptMs: pageScriptMs(scriptEvents, extensionEvents, onMain),
  };
}
