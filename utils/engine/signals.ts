import type { VerificationKind } from '../schemas/account';
import type { FlagCategory } from '../schemas/verdict';
import type { CompiledRuleset, Payload } from './compile';
import { type Credential, readCredential } from './credentials';
import type { Hit } from './matcher';
import { BOUNDS, cutToBound, normalizeForMatch } from './normalize';
import type { CounterGroup, MatchField, Rule } from './rules/schema';

export interface ClaimHit {
  rule: Rule;
  field: MatchField;
  match: string;
  weight: number;
}

export interface CounterHit {
  group: CounterGroup;
  factor: number;
  field: MatchField;
  match: string;
}

/** Everything the rules saw in one account, before any category is decided. */
export interface AccountSignals {
  texts: Record<MatchField, string>;
  /** Best hit per rule id. */
  claims: Map<string, ClaimHit>;
  counters: Map<CounterGroup, CounterHit>;
  claimedCategories: Set<FlagCategory>;
  credential: Credential;
}

const KINDS = new Set<string>(['none', 'paid', 'personal', 'organization', 'government', 'media', 'unknown']);
const FIELDS: readonly MatchField[] = ['displayName', 'handle', 'bio'];

/** Reads a possibly malformed account without trusting any field's type. */
export interface LooseAccount {
  displayName?: unknown;
  handle?: unknown;
  bio?: unknown;
  verification?: { kind?: unknown; label?: unknown } | null;
}

const text = (v: unknown, max: number): string => (typeof v === 'string' ? cutToBound(v, max) : '');

export function readSignals(ruleset: CompiledRuleset, account: LooseAccount): AccountSignals {
  const texts: Record<MatchField, string> = {
    displayName: normalizeForMatch(text(account.displayName, BOUNDS.displayName)),
    // "@police_bj" and "police.bj" read as words; the sigil is not part of the claim.
    handle: normalizeForMatch(text(account.handle, BOUNDS.handle)),
    bio: normalizeForMatch(text(account.bio, BOUNDS.bio)),
  };
  const claims = new Map<string, ClaimHit>();
  const counters = new Map<CounterGroup, CounterHit>();
  const claimedCategories = new Set<FlagCategory>();
  for (const field of FIELDS) {
    const value = texts[field];
    if (!value) continue;
    const claimHits: Hit<Payload>[] = [];
    const counterHits: Hit<Payload>[] = [];
    ruleset.matcher.scan(value, (payload, start, end) => {
      if (payload.kind === 'counter') counterHits.push({ payload, start, end });
      else if (payload.rule.fields.includes(field)) claimHits.push({ payload, start, end });
    });
    for (const hit of claimHits) {
      // "警察" inside "武装警察", "新闻" inside "新闻主播": the longer claim speaks for those characters.
      if (claimHits.some((o) => o !== hit && o.end - o.start > hit.end - hit.start && o.start <= hit.start && o.end >= hit.end))
        continue;
      const rule = (hit.payload as Extract<Payload, { kind: 'rule' }>).rule;
      const weight = field === 'bio' ? (rule.bioWeight ?? rule.weight * 0.6) : rule.weight;
      const best = claims.get(rule.id);
      if (!best || weight > best.weight) claims.set(rule.id, { rule, field, match: value.slice(hit.start, hit.end), weight });
      claimedCategories.add(rule.category);
    }
    for (const hit of counterHits) {
      // A marker made of the claim's own characters (战队 in 特战队) is no disclaimer.
      if (claimHits.some((o) => o.start < hit.end && hit.start < o.end)) continue;
      const p = hit.payload as Extract<Payload, { kind: 'counter' }>;
      if (!counters.has(p.group))
        counters.set(p.group, { group: p.group, factor: p.factor, field, match: value.slice(hit.start, hit.end) });
    }
  }
  const verification = account.verification ?? {};
  const kind = (
    typeof verification.kind === 'string' && KINDS.has(verification.kind) ? verification.kind : 'none'
  ) as VerificationKind;
  const label = normalizeForMatch(text(verification.label, BOUNDS.label));
  const labelCategories = new Set<FlagCategory>();
  if (label) ruleset.matcher.scan(label, (p) => p.kind === 'rule' && labelCategories.add(p.rule.category));
  return { texts, claims, counters, claimedCategories, credential: readCredential(kind, label, labelCategories) };
}
