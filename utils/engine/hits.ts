import type { FlagCategory, Reason } from '../schemas/verdict';
import type { Payload } from './compile';
import type { Claim } from './decide';
import { weightIn } from './hit-spans';
import type { MatchField } from './rules/schema';
import type { CounterHit } from './signals';

const CLAIM_MESSAGE: Record<FlagCategory, string> = {
  military: 'claim.military',
  'public-institution': 'claim.public-institution',
  'news-media': 'claim.news-media',
  'unqualified-advice': 'claim.unqualified-advice',
};
// Compared, not looked up: a lookup by a varying property name is a slow keyed load.
const slotOf = (field: MatchField): number => (field === 'displayName' ? 0 : field === 'handle' ? 1 : 2);

/**
 * The claim a rule pattern makes in a field. It and its reason depend on nothing else, so each
 * is built once and shared by every account and verdict (frozen: verdicts are read-only), and
 * the verdicts the cache keeps hold no copy of their own.
 */
export function claimOf(p: Extract<Payload, { kind: 'rule' }>, field: MatchField): Claim {
  p.hits ??= [];
  const hits = p.hits;
  const known = hits[slotOf(field)];
  if (known) return known;
  const { rule, text: match } = p;
  const args = Object.freeze([match.slice(0, 200), field]) as string[];
  const messageKey = CLAIM_MESSAGE[rule.category];
  const claim: Claim = Object.freeze({
    category: rule.category,
    code: rule.id,
    field,
    match,
    weight: weightIn(p, field),
    backedBy: rule.backedBy,
    messageKey,
    args,
    counters: rule.counters,
    reason: Object.freeze({ code: rule.id, field, match: match.slice(0, 200), messageKey, args }),
  });
  hits[slotOf(field)] = claim;
  return claim;
}

/** The counter-signal a pattern gives in a field, with its reason: shared like claimOf's. */
export function counterOf(p: Extract<Payload, { kind: 'counter' }>, field: MatchField): CounterHit {
  p.hits ??= [];
  const hits = p.hits;
  const known = hits[slotOf(field)];
  if (known) return known;
  const { group, factor, text: match } = p;
  const reason: Reason = Object.freeze({
    code: `counter.${group}`,
    field,
    match,
    // Each group says what it suggests (counter-messages.ts): the spec's "every flag says why".
    messageKey: `counter.${group}`,
    args: Object.freeze([match]) as string[],
  });
  const hit: CounterHit = Object.freeze({ group, factor, field, match, reason });
  hits[slotOf(field)] = hit;
  return hit;
}
