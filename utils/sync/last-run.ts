import { z } from 'zod';
import { LastRun } from '../schemas/sync-run';
import type { Tally } from './drain';

/** The pass's result as numbers and codes; `now` is when it ended, which `retryInMs` counts from. */
export function lastRunOf(t: Tally, now: number): LastRun {
  const stop = t.stop;
  return {
    at: new Date(now).toISOString(),
    ok: !stop && t.pending === 0,
    sent: t.sent,
    accepted: t.accepted,
    rejected: t.rejected,
    pending: t.pending,
    ...(stop ? { stop: stop.code } : {}),
    ...(stop?.httpStatus !== undefined ? { httpStatus: stop.httpStatus } : {}),
    ...(stop?.kind === 'hold' ? { retryInMs: Math.max(0, stop.until - now) } : {}),
    ...(stop?.detail ? { detail: stop.detail.slice(0, 500) } : {}),
  };
}

/**
 * What earlier versions stored: one English sentence, which the UI showed as is, e.g.
 * "sent 3 reports: 2 accepted, 0 rejected, 1 still pending; the endpoint is busy (503); retrying in 30 s".
 */
const LegacyLastRun = z.object({ at: z.string(), outcome: z.string().max(500), ok: z.boolean() });

/**
 * Either shape. The last run is only rewritten when a pass sends something, so a user who
 * upgrades could see the old English sentence for days: it is read back into counts and codes.
 */
export const StoredLastRun = z.union([LastRun, LegacyLastRun.transform(fromLegacy)]);

// The old engine's exact wording (engine.ts's describeRun, attempt.ts, http.ts before codes).
const SUMMARY = /^sent (\d+) reports?: (\d+) accepted, (\d+) rejected(?:, (\d+) still pending)?(?:; ([\s\S]*))?$/;
const RETRY = /^([\s\S]*); retrying in (\d+) (s|min|h)$/;
const UNIT_MS = { s: 1000, min: 60_000, h: 3_600_000 } as const;
type Why = Pick<LastRun, 'stop' | 'httpStatus' | 'detail'>;
const REASONS: [RegExp, (m: RegExpExecArray) => Why][] = [
  [/^network error: ([\s\S]*)$/, (m) => ({ stop: 'network', detail: m[1] })],
  [/^no complete answer within |^request aborted$/, () => ({ stop: 'timeout' })],
  [/^answer larger than 1 MiB$/, () => ({ stop: 'tooLarge' })],
  [/^the endpoint answered 200 with something that is not a batch result$/, () => ({ stop: 'badAnswer', httpStatus: 200 })],
  [/^the endpoint is busy \((\d{3})\)$/, (m) => ({ stop: 'busy', httpStatus: Number(m[1]) })],
  [/^the endpoint answered (\d{3})(?: \(unexpected\))?$/, (m) => ({ stop: 'httpError', httpStatus: Number(m[1]) })],
  [/^the endpoint refused the access token$/, () => ({ stop: 'tokenRefused' })],
  [/^another sync took over$/, () => ({ stop: 'lostLock' })],
];

function fromLegacy({ at, outcome, ok }: z.infer<typeof LegacyLastRun>): LastRun {
  const m = SUMMARY.exec(outcome);
  const n = (group: number) => Number(m?.[group] ?? 0);
  const rest = m ? m[5] : outcome === 'nothing to send' ? undefined : outcome;
  return { at, ok, sent: n(1), accepted: n(2), rejected: n(3), pending: n(4), ...(rest ? legacyStop(rest) : {}) };
}

/**
 * A reason the old engine wrote, back to its code; one it never wrote stays as `detail`. Also
 * reads the reasons older versions kept on each report (utils/sync/reason-text.ts).
 */
export function legacyStop(text: string): Why & Pick<LastRun, 'retryInMs'> {
  const retry = RETRY.exec(text);
  const wait = retry ? { retryInMs: Number(retry[2]) * UNIT_MS[retry[3] as keyof typeof UNIT_MS] } : {};
  const reason = retry?.[1] ?? text;
  for (const [pattern, why] of REASONS) {
    const m = pattern.exec(reason);
    if (m) return { ...why(m), ...wait };
  }
  return { detail: reason, ...wait };
}
