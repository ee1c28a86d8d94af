import type { Sensitivity } from '../schemas/settings';
import type { Flag, FlagCategory, Reason, Severity } from '../schemas/verdict';
import { credentialReason } from './credential-reason';
import { backs } from './credentials';
import { personalBacks } from './person-badge';
import type { Backing, CounterGroup, MatchField } from './rules/schema';
import type { AccountSignals } from './signals';

/** One reason to believe the account claims the category, whatever its source (rule, lookalike, keyword). */
export interface Claim {
  category: FlagCategory;
  code: string;
  field: MatchField;
  match: string;
  weight: number;
  backedBy: Backing;
  messageKey: string;
  args: string[];
  /** Counter groups allowed to lower this claim; undefined = all. */
  counters?: readonly CounterGroup[];
  /** The reason a flag gives for it, when built ahead (shared claims, see hits.ts). */
  reason?: Reason;
}

/** Score needed to flag at each sensitivity. */
export const THRESHOLDS: Record<Sensitivity, number> = { low: 0.7, normal: 0.5, high: 0.3 };
const MISMATCH_BONUS = 0.1;
const MAX_REASONS = 20;

function severityOf(score: number, unknownBadge: boolean): Severity {
  const rank = score >= 0.85 ? 3 : score >= 0.65 ? 2 : 1;
  // A badge the page does not show, or shows unreadably, might be the right one: one step lower, never cancelled.
  const lowered = unknownBadge ? Math.max(1, rank - 1) : rank;
  return lowered === 3 ? 'high' : lowered === 2 ? 'medium' : 'low';
}

/**
 * Whether a claim with these `counters` (a Claim's, or its rule's) is lowered by a counter-signal
 * of `group`: every group when omitted. hit-spans.ts asks it too (a counter holding a claim
 * whole), so the two cannot disagree.
 */
export function heedsCounter(counters: readonly CounterGroup[] | undefined, group: CounterGroup): boolean {
  return !counters || counters.includes(group);
}

/** Stable, heaviest first; a category has a handful of claims, so insertion sort. */
function sortByWeight(claims: Claim[]): void {
  for (let i = 1; i < claims.length; i++) {
    const c = claims[i]!;
    let j = i - 1;
    while (j >= 0 && claims[j]!.weight < c.weight) {
      claims[j + 1] = claims[j]!;
      j--;
    }
    claims[j + 1] = c;
  }
}

/** Weighs a category's claims against the badge and the counter-signals; undefined = not flagged. */
export function decideCategory(
  category: FlagCategory,
  /** The caller's own list: sorted in place when flagged. */
  claims: Claim[],
  signals: AccountSignals,
  sensitivity: Sensitivity,
  resembles: string | undefined,
): Flag | undefined {
  // A person verified in a role at the body: the category's claims are that person's (person-badge.ts).
  if (personalBacks(signals.credential, category, claims, signals.texts)) return undefined;
  // Usually nothing is backed: the list is then used as it is, and copied only from the first backed claim.
  let kept: Claim[] | undefined;
  let mismatch = false;
  for (let i = 0; i < claims.length; i++) {
    const result = backs(signals.credential, claims[i]!.backedBy);
    if (result === 'backed') {
      kept ??= claims.slice(0, i);
      continue;
    }
    kept?.push(claims[i]!);
    if (result === 'mismatch') mismatch = true;
  }
  const unbacked = kept ?? claims;
  if (unbacked.length === 0) return undefined;

  let miss = 1;
  for (const c of unbacked) miss *= 1 - c.weight;
  let score = 1 - miss;
  if (mismatch) score = Math.min(1, score + MISMATCH_BONUS);

  let counterReasons: Reason[] | undefined;
  for (const hit of signals.counters) {
    if (!unbacked.some((c) => heedsCounter(c.counters, hit.group))) continue;
    score *= hit.factor;
    if (counterReasons) counterReasons.push(hit.reason);
    else counterReasons = [hit.reason];
  }
  if (score < THRESHOLDS[sensitivity]) return undefined;

  sortByWeight(unbacked);
  const counterCount = counterReasons?.length ?? 0;
  // As slice(0, MAX_REASONS - 1 - counterCount) would keep, a negative end included.
  const room = MAX_REASONS - 1 - counterCount;
  const claimCount = room >= 0 ? Math.min(room, unbacked.length) : Math.max(0, unbacked.length + room);
  // Sized up front: the verdict keeps this array, and growing by push reserves sixteen slots.
  const reasons: Reason[] = new Array(Math.min(MAX_REASONS, claimCount + 1 + counterCount));
  for (let i = 0; i < reasons.length; i++) {
    const c = unbacked[i];
    reasons[i] =
      i < claimCount && c
        ? (c.reason ?? { code: c.code, field: c.field, match: c.match.slice(0, 200), messageKey: c.messageKey, args: c.args })
        : i === claimCount
          ? credentialReason(signals, mismatch, category)
          : counterReasons![i - claimCount - 1]!;
  }
  const flag: Flag = {
    category,
    severity: severityOf(score, signals.credential.kind === 'unknown'),
    score: Math.round(score * 100) / 100,
    reasons,
  };
  if (resembles) flag.resembles = resembles;
  return flag;
}
