import type { z } from 'zod';
import { Report } from '../utils/schemas/report';
import { ERROR_TEXT } from './error-text';
import { canonicalReportId, type ReportToStore } from './store';

export interface RejectedReport {
  id: string;
  reason: string;
}

export interface SortedBatch {
  /** Ids as sent, in the order they first appeared. */
  accepted: string[];
  /** Valid reports, one per canonical id (its first valid copy); the store skips ids it has. */
  toStore: ReportToStore[];
  rejected: RejectedReport[];
}

/** A real id (a UUID) is 36 characters; a longer one is not echoed whole (clients read any length). */
const MAX_ECHOED_ID_CHARS = 100;
const MAX_ISSUES_IN_REASON = 5;
/** Kept short for the client's history (it stores 500); the answer's shape sets no limit. */
const MAX_REASON_CHARS = 2000;

/**
 * Validates each item of a batch on its own, so one bad report is rejected with a reason a
 * person can read and the rest go through. Every id of the request ends up exactly once in
 * `accepted` or `rejected`, spelled as sent, since that is what the client matches on.
 *
 * Idempotency (sync-protocol.md): an id that is already stored, or that has a valid copy in
 * this batch, is accepted whatever the copy at hand holds, because the stored (first) content
 * is the one that stays. Only the id itself must be a valid id. Ids are UUIDs, which are
 * case-insensitive, so they are compared in their canonical lower-case form. An item without
 * a usable id is named by its position, `reports[i]`, since it has no id the client could match.
 */
export function sortBatch(items: readonly unknown[], isStored: (id: string) => boolean): SortedBatch {
  const judged = items.map((item, index) => {
    const result = Report.safeParse(item);
    const id = result.success ? result.data.id : validIdOf(item);
    return { item, index, result, sentId: echoedId(item, index), canonicalId: id && canonicalReportId(id) };
  });
  // The first valid copy of each id is the one stored, in a pass of its own: the naming below
  // skips an id it has named, and an invalid copy may name it before the valid one comes.
  const toStore = new Map<string, ReportToStore>();
  for (const { item, result, canonicalId } of judged) {
    // The client's item, not zod's output: stored exactly as sent (same keys, same order).
    if (result.success && canonicalId && !toStore.has(canonicalId))
      toStore.set(canonicalId, { id: canonicalId, content: JSON.stringify(item) });
  }

  const accepted = new Set<string>();
  const rejected = new Map<string, string>();
  for (const { index, result, sentId, canonicalId } of judged) {
    if (accepted.has(sentId) || rejected.has(sentId)) continue;
    if (canonicalId && (toStore.has(canonicalId) || isStored(canonicalId))) {
      accepted.add(sentId);
    } else if (!result.success) {
      rejected.set(sentId, `reports[${index}]: ${describeIssues(result.error)}`.slice(0, MAX_REASON_CHARS));
    }
  }
  return {
    accepted: [...accepted],
    toStore: [...toStore.values()],
    rejected: [...rejected].map(([id, reason]) => ({ id, reason })),
  };
}

const ReportId = Report.shape.id;

function validIdOf(item: unknown): string | null {
  const id = typeof item === 'object' && item !== null && 'id' in item ? item.id : undefined;
  const parsed = ReportId.safeParse(id);
  return parsed.success ? parsed.data : null;
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
  return (more > 0 ? [...parts, ERROR_TEXT.moreIssues(more)] : parts).join('; ').slice(0, MAX_REASON_CHARS);
}
