import { counted, type MessageKey, type Translate } from '../i18n/core';
import type { LastRun } from '../schemas/sync-run';
import { delayParts } from './backoff';

const DELAY_KEYS = { s: 'delaySeconds', min: 'delayMinutes', h: 'delayHours' } as const;

/**
 * The last run in the page's language, e.g. "sent 3 reports: 2 accepted, 0 rejected, 1 still
 * pending; the endpoint is busy (503); retrying in 30 s". Every clause is a catalogue message,
 * and so is the joint between them (Chinese takes "；", not "; "). `detail` comes last and
 * untranslated: it is the browser's or an older version's words, not ours.
 */
export function lastRunText(run: LastRun, t: Translate): string {
  const clauses = [summary(run, t)];
  if (run.stop) clauses.push(t(`lastRunStop_${run.stop}` as MessageKey, run.httpStatus ?? ''));
  return sentenceOf(clauses, run, t);
}

/** Clauses, then "retrying in …" if a retry is due, joined as the catalogue joins them, then `detail`. */
export function sentenceOf(
  clauses: string[],
  { retryInMs, detail }: { retryInMs?: number; detail?: string },
  t: Translate,
): string {
  if (retryInMs !== undefined) clauses.push(t('lastRunRetry', delayText(retryInMs, t)));
  const sentence = clauses.reduce((text, clause) => t('lastRunThen', text, clause));
  return detail ? t('lastRunDetail', sentence, detail) : sentence;
}

function summary(run: LastRun, t: Translate): string {
  if (run.sent === 0 && !run.stop) return t('lastRunNothing');
  if (run.pending === 0) return counted(t, 'lastRunSent', run.sent, run.accepted, run.rejected);
  return counted(t, 'lastRunSentPending', run.sent, run.accepted, run.rejected, run.pending);
}

/** "30 s", "4 min", "2 h" (30 秒, 4 分钟, 2 小时), rounded as the reports' own reasons are. */
export function delayText(ms: number, t: Translate): string {
  const { n, unit } = delayParts(ms);
  return t(DELAY_KEYS[unit], n);
}
