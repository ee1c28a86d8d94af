import { z } from 'zod';

/**
 * Why a sync pass stopped before the outbox was empty; the UI words each one in the user's
 * language (locale keys `lastRunStop_<code>`, utils/sync/last-run-text.ts).
 *   network      no answer: the browser's error is in `detail`
 *   timeout      no complete answer in time;  tooLarge  an answer over 1 MiB
 *   badAnswer    a 200 that is not a batch result
 *   busy         429 or 503;  httpError  any other unexpected status (both in `httpStatus`)
 *   tokenRefused 401 or 403;  lostLock  another worker's pass took the outbox over
 *   settingsChanged  the user switched sync off or changed the endpoint or token mid-pass
 *   noHostPermission the endpoint's host permission was taken back in the browser mid-pass
 */
export const SyncStopCode = z.enum([
  'network',
  'timeout',
  'tooLarge',
  'badAnswer',
  'busy',
  'httpError',
  'tokenRefused',
  'lostLock',
  'settingsChanged',
  'noHostPermission',
]);
export type SyncStopCode = z.infer<typeof SyncStopCode>;

const count = z.number().int().min(0);

/**
 * The last sync pass, as numbers and codes rather than a sentence: it is stored, then read by
 * pages that may be in Chinese or English, so only they can word it.
 */
export const LastRun = z.object({
  at: z.string(),
  /** Everything it sent was settled, and nothing stopped it. */
  ok: z.boolean(),
  sent: count,
  accepted: count,
  rejected: count,
  /** Sent but still waiting (the endpoint left them out, or a stop put them back). */
  pending: count,
  stop: SyncStopCode.optional(),
  /** The HTTP status behind a `busy` or `httpError` stop. */
  httpStatus: z.number().int().min(0).max(999).optional(),
  /** How long after `at` the endpoint is tried again, when the stop is a retry hold. */
  retryInMs: z.number().min(0).optional(),
  /**
   * Words no catalogue has (the browser's network error, or a reason an older version stored
   * that is not recognised), shown as they are after the translated sentence.
   */
  detail: z.string().max(500).optional(),
});
export type LastRun = z.infer<typeof LastRun>;

/**
 * Why one report stands where it stands, or why one attempt at it failed: every stop code, plus
 * the answers that concern a single report (worded by utils/sync/reason-text.ts; `lostLock`, `settingsChanged` and
 * `noHostPermission` never reach a report, no request having been made):
 *   rejected        the endpoint's 200 rejected this report (its reason is the detail)
 *   batchRefused    a 400 refused the whole batch;  reportTooLarge  a 413 for this report alone
 *   leftOut         the endpoint's 200 did not mention this report
 *   batchSplit      a 413 for the batch it was in, which was then sent again in halves
 */
export const SyncReasonCode = z.enum([
  ...SyncStopCode.options,
  'rejected',
  'batchRefused',
  'reportTooLarge',
  'leftOut',
  'batchSplit',
]);
export type SyncReasonCode = z.infer<typeof SyncReasonCode>;

/**
 * A report's status reason as a code and numbers, stored next to it (StoredReport.statusWhy);
 * the endpoint's or browser's own words, if any, are its `statusReason`.
 */
export const StatusWhy = z.object({
  code: SyncReasonCode,
  /** The answer's HTTP status, for `busy`, `httpError`, `batchRefused`, `reportTooLarge`. */
  httpStatus: z.number().int().min(0).max(999).optional(),
  /** How long after the attempt the report is tried again, when it waits out a hold or a backoff. */
  retryInMs: z.number().min(0).optional(),
});
export type StatusWhy = z.infer<typeof StatusWhy>;
