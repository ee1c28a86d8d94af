import type { Flag, Severity } from './verdict';

// Kept apart from the zod schemas so that the content script can use these without zod.
const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** The most severe of a verdict's flags, or undefined for an unflagged account. */
export function topSeverity(flags: readonly Flag[]): Severity | undefined {
  let top: Severity | undefined;
  for (const f of flags) if (!top || SEVERITY_RANK[f.severity] > SEVERITY_RANK[top]) top = f.severity;
  return top;
}

export function severityRank(s: Severity | undefined): number {
  return s ? SEVERITY_RANK[s] : 0;
}
