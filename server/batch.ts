import type { z } from 'zod';
import { Report } from '../utils/schemas/report';
import type { ReportToStore } from './store';

export interface RejectedReport {
  id: string;
  reason: string;
}

export interface SortedBatch {
  /** Valid reports, one per id, in the order their ids first appeared. */
  valid: ReportToStore[];
  rejected: RejectedReport[];
}

/** The response schema caps ids at 100 characters; a real id (a UUID) is 36. */
const MAX_ECHOED_ID_CHARS = 100;
const MAX_ISSUES_IN_REASON = 5;
/** ReportBatchResponse caps a reason at 2,000 characters. */
const MAX_REASON_CHARS = 2000;

/**
 * Validates each item of a batch on its own, so one bad report is rejected with a reason a
 * person can read and the rest go through. Every id ends up exactly once in `valid` or
 * `rejected`: when an id repeats, its first valid copy counts (later copies are idempotent
 * re-sends), and it is rejected only when no copy is valid. An item without a usable id is
 * named by its position, `reports[i]`, since it has no id the client could match.
 */
export function sortBatch(items: readonly unknown[]): SortedBatch {
  const valid = new Map<string, ReportToStore>();
  const rejected = new Map<string, string>();
  items.forEach((item, index) => {
    const id = echoedId(item, index);
    const result = Report.safeParse(item);
    if (result.success) {
      if (valid.has(id)) return;
      rejected.delete(id);
      // The client's item, not zod's output: stored exactly as sent (same keys, same order).
      valid.set(id, { id, content: JSON.stringify(item) });
    } else if (!valid.has(id) && !rejected.has(id)) {
      rejected.set(id, `reports[${index}]: ${describeIssues(result.error)}`.slice(0, MAX_REASON_CHARS));
    }
  });
  return { valid: [...valid.values()], rejected: [...rejected].map(([id, reason]) => ({ id, reason })) };
}

function echoedId(item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null && 'id' in item ? item.id : undefined;
  return typeof id === 'string' && id.length > 0 ? id.slice(0, MAX_ECHOED_ID_CHARS) : `reports[${index}]`;
}

/** "account.displayName: Too big: expected string to have <=200 characters; …" */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, MAX_ISSUES_IN_REASON).map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
    return path ? `${path.replace(/^\./, '')}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - MAX_ISSUES_IN_REASON;
  return (more > 0 ? [...parts, `and ${more} more`] : parts).join('; ').slice(0, MAX_REASON_CHARS);
}
