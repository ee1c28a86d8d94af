import type { VerificationKind } from '../schemas/account';
import type { FlagCategory } from '../schemas/verdict';
import type { CompiledRuleset } from './compile';
import { type Credential, readCredential } from './credentials';
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
    ruleset.matcher.scan(value, (p, start, end) => {
      const match = value.slice(start, end);
      if (p.kind === 'counter') {
        if (!counters.has(p.group)) counters.set(p.group, { group: p.group, factor: p.factor, field, match });
        return;
      }
      if (!p.rule.fields.includes(field)) return;
      const weight = field === 'bio' ? (p.rule.bioWeight ?? p.rule.weight * 0.6) : p.rule.weight;
      const best = claims.get(p.rule.id);
      if (!best || weight > best.weight) claims.set(p.rule.id, { rule: p.rule, field, match, weight });
      claimedCategories.add(p.rule.category);
    });
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
