/** A Chrome trace event (the fields this analysis reads). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: unlike dur, it leaves out time the thread sat descheduled. */
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string; scriptName?: string }; fileName?: string };
}

/** An event's thread (CPU) time in ms. */
export const cpuMs = (e: TraceEvent): number => (e.tdur ?? e.dur ?? 0) / 1000;

/** The outermost events of a list (events nested in an earlier one are dropped). */
export function topLevel(events: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const e of sorted) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  return out;
}
