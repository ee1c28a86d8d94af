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
  // One buffer and one callback for all fields: most accounts match nothing, so the scan
  // itself should allocate nothing.
  let field: MatchField = 'displayName';
  const hits: Hit<Payload>[] = [];
  const collect = (payload: Payload, start: number, end: number) => {
    if (payload.kind === 'counter' || payload.rule.fields.includes(field)) hits.push({ payload, start, end });
  };
  for (field of FIELDS) {
    const value = texts[field];
    if (!value) continue;
    hits.length = 0;
    ruleset.matcher.scan(value, collect);
    if (hits.length > 0) addHits(field, value, hits, claims, counters, claimedCategories);
  }
  let credential: Credential | undefined;
  return {
    texts,
    claims,
    counters,
    claimedCategories,
    // Read only when some claim needs it: the label costs a second scan.
    get credential() {
      credential ??= readBadge(ruleset, account.verification);
      return credential;
    },
  };
}

function addHits(
  field: MatchField,
  value: string,
  hits: readonly Hit<Payload>[],
  claims: Map<string, ClaimHit>,
  counters: Map<CounterGroup, CounterHit>,
  claimedCategories: Set<FlagCategory>,
): void {
  const claimHits = hits.filter((h) => h.payload.kind === 'rule');
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
  for (const hit of hits) {
    if (hit.payload.kind !== 'counter') continue;
    // A marker made of the claim's own characters (战队 in 特战队) is no disclaimer.
    if (claimHits.some((o) => o.start < hit.end && hit.start < o.end)) continue;
    const p = hit.payload;
    if (!counters.has(p.group))
      counters.set(p.group, { group: p.group, factor: p.factor, field, match: value.slice(hit.start, hit.end) });
  }
}

function readBadge(ruleset: CompiledRuleset, raw: LooseAccount['verification']): Credential {
  const verification = raw ?? {};
  const kind = (
    typeof verification.kind === 'string' && KINDS.has(verification.kind) ? verification.kind : 'none'
  ) as VerificationKind;
  const label = normalizeForMatch(text(verification.label, BOUNDS.label));
  const labelCategories = new Set<FlagCategory>();
  if (label) ruleset.matcher.scan(label, (p) => p.kind === 'rule' && labelCategories.add(p.rule.category));
  return readCredential(kind, label, labelCategories);
}
