import type { MessageKey, Translate } from '../i18n/core';
import type { StoredReport, SyncAttempt } from '../schemas/report';
import { type StatusWhy, SyncReasonCode, SyncStopCode } from '../schemas/sync-run';
import { legacyStop } from './last-run';
import { sentenceOf } from './last-run-text';

/** A reason ready to word: a code and its numbers, and words no catalogue has (`detail`). */
export type ReasonParts = Partial<StatusWhy> & { detail?: string };

const KNOWN = new Set<string>(SyncReasonCode.options);
const STOPS = new Set<string>(SyncStopCode.options);

/**
 * "the endpoint is busy (503); retrying in 30 s", "接收端拒绝了这条举报（pageUrl is not a URL）".
 * A stop code reads as in the last-run line (`lastRunStop_<code>`: one event, one wording), the
 * per-report codes as `reportReason_<code>`; `detail` comes last and untranslated, in brackets.
 * Without a code there is only `detail`, shown as it is.
 */
export function reasonText({ code, httpStatus, retryInMs, detail }: ReasonParts, t: Translate): string {
  if (!code) return detail ?? '';
  const key = (STOPS.has(code) ? `lastRunStop_${code}` : `reportReason_${code}`) as MessageKey;
  return sentenceOf([t(key, httpStatus ?? '')], { retryInMs, detail }, t);
}

/** Why the report is pending or rejected, in the page's language ('' when nothing is known). */
export function reportReasonText(stored: Pick<StoredReport, 'statusWhy' | 'statusReason'>, t: Translate): string {
  const { statusWhy, statusReason } = stored;
  // Records are read from IndexedDB without zod: a code a newer version wrote is not trusted as a key.
  if (statusWhy && KNOWN.has(statusWhy.code)) return reasonText({ ...statusWhy, detail: statusReason }, t);
  return statusReason ? reasonText(legacyReason(statusReason), t) : '';
}

/** An attempt's reason (its HTTP status has its own column, but `busy` and `httpError` name it too). */
export function attemptReasonText(attempt: SyncAttempt, t: Translate): string {
  if (attempt.code && KNOWN.has(attempt.code))
    return reasonText({ code: attempt.code, httpStatus: attempt.status, detail: attempt.error }, t);
  return attempt.error ? reasonText(legacyReason(attempt.error), t) : '';
}

/** The per-report sentences versions before codes wrote (attempt.ts), besides the stop reasons. */
const REPORT_SENTENCES: [RegExp, SyncReasonCode, number?][] = [
  [/^the endpoint refused the batch \(400\)$/, 'batchRefused', 400],
  [/^too large for the endpoint \(413\)$/, 'reportTooLarge', 413],
  [/^the endpoint did not answer for this report$/, 'leftOut'],
];

/**
 * An earlier version's English text, back to a code, so that an upgrade shows no English
 * sentence either. Text those versions never wrote themselves is the endpoint's own reason for
 * a rejection (or a hand-edited record): it is kept whole and shown as it is.
 */
export function legacyReason(text: string): ReasonParts {
  for (const [pattern, code, httpStatus] of REPORT_SENTENCES)
    if (pattern.test(text)) return { code, ...(httpStatus ? { httpStatus } : {}) };
  const { stop, ...rest } = legacyStop(text);
  return stop ? { code: stop, ...rest } : { detail: text };
}
