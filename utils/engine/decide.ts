import type { Sensitivity } from '../schemas/settings';
import type { Flag, FlagCategory, Reason, Severity } from '../schemas/verdict';
import { type BackingResult, backs } from './credentials';
import type { Backing, CounterGroup, MatchField } from './rules/schema';
import type { AccountSignals } from './signals';

/** One reason to believe the account claims the category, whatever its source (rule, lookalike, keyword). */
export interface Claim {
  code: string;
  field: MatchField;
  match: string;
  weight: number;
  backedBy: Backing;
  messageKey: string;
  args: string[];
  /** Counter groups allowed to lower this claim; undefined = all. */
  counters?: readonly CounterGroup[];
}

/** Score needed to flag at each sensitivity. */
export const THRESHOLDS: Record<Sensitivity, number> = { low: 0.7, normal: 0.5, high: 0.3 };
const MISMATCH_BONUS = 0.1;
const MAX_REASONS = 20;

function severityOf(score: number, unknownBadge: boolean): Severity {
  const rank = score >= 0.85 ? 3 : score >= 0.65 ? 2 : 1;
  // An unreadable badge might be the right one: one step lower, never cancelled.
  const lowered = unknownBadge ? Math.max(1, rank - 1) : rank;
  return lowered === 3 ? 'high' : lowered === 2 ? 'medium' : 'low';
}

function credentialReason(signals: AccountSignals, results: BackingResult[], category: FlagCategory): Reason {
  const c = signals.credential;
  const label = c.label.slice(0, 200);
  if (results.includes('mismatch')) {
    return {
      code: 'credential.label-mismatch',
      field: 'verification',
      match: label || c.kind,
      messageKey: label ? 'credential.label-mismatch' : 'credential.wrong-kind',
      args: [label || c.kind],
    };
  }
  if (c.kind === 'paid') return { code: 'credential.paid', field: 'verification', messageKey: 'credential.paid' };
  if (c.kind === 'none') return { code: 'credential.none', field: 'verification', messageKey: 'credential.none' };
  if (c.kind === 'unknown') return { code: 'credential.unknown', field: 'verification', messageKey: 'credential.unknown' };
  if (category === 'unqualified-advice') {
    return {
      code: 'credential.no-qualification',
      field: 'verification',
      messageKey: 'credential.no-qualification',
      args: [label || c.kind],
    };
  }
  return { code: 'credential.wrong-kind', field: 'verification', messageKey: 'credential.wrong-kind', args: [c.kind] };
}

/** Weighs a category's claims against the badge and the counter-signals; undefined = not flagged. */
export function decideCategory(
  category: FlagCategory,
  claims: readonly Claim[],
  signals: AccountSignals,
  sensitivity: Sensitivity,
  resembles: string | undefined,
): Flag | undefined {
  const claimsNews = signals.claimedCategories.has('news-media');
  const unbacked: Claim[] = [];
  const results: BackingResult[] = [];
  for (const claim of claims) {
    const result = backs(signals.credential, claim.backedBy, category, claimsNews);
    if (result !== 'backed') {
      unbacked.push(claim);
      results.push(result);
    }
  }
  if (unbacked.length === 0) return undefined;

  let miss = 1;
  for (const c of unbacked) miss *= 1 - c.weight;
  let score = 1 - miss;
  if (results.includes('mismatch')) score = Math.min(1, score + MISMATCH_BONUS);

  const counterReasons: Reason[] = [];
  for (const hit of signals.counters.values()) {
    if (!unbacked.some((c) => !c.counters || c.counters.includes(hit.group))) continue;
    score *= hit.factor;
    counterReasons.push({
      code: `counter.${hit.group}`,
      field: hit.field,
      match: hit.match,
      messageKey: 'counter.lowered',
      args: [hit.match],
    });
  }
  if (score < THRESHOLDS[sensitivity]) return undefined;

  const claimReasons: Reason[] = [...unbacked]
    .sort((a, b) => b.weight - a.weight)
    .map((c) => ({ code: c.code, field: c.field, match: c.match.slice(0, 200), messageKey: c.messageKey, args: c.args }));
  const reasons = [
    ...claimReasons.slice(0, MAX_REASONS - 1 - counterReasons.length),
    credentialReason(signals, results, category),
    ...counterReasons,
  ];
  return {
    category,
    severity: severityOf(score, signals.credential.kind === 'unknown'),
    score: Math.round(score * 100) / 100,
    reasons: reasons.slice(0, MAX_REASONS),
    ...(resembles ? { resembles } : {}),
  };
}
