import type { VerificationKind } from '../schemas/account';
import type { FlagCategory } from '../schemas/verdict';
import type { CompiledRuleset, Payload } from './compile';
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
  claims: ReadonlyMap<string, ClaimHit>;
  counters: ReadonlyMap<CounterGroup, CounterHit>;
  claimedCategories: ReadonlySet<FlagCategory>;
  /** Read on first use: the label costs a second scan, and most accounts claim nothing. */
  readonly credential: Credential;
}

/** Reads a possibly malformed account without trusting any field's type. */
export interface LooseAccount {
  displayName?: unknown;
  handle?: unknown;
  bio?: unknown;
  verification?: { kind?: unknown; label?: unknown } | null;
}

const KINDS = new Set<string>(['none', 'paid', 'personal', 'organization', 'government', 'media', 'unknown']);
const FIELDS: readonly MatchField[] = ['displayName', 'handle', 'bio'];
const NO_CLAIMS: ReadonlyMap<string, ClaimHit> = new Map();
const NO_COUNTERS: ReadonlyMap<CounterGroup, CounterHit> = new Map();
const NO_CATEGORIES: ReadonlySet<FlagCategory> = new Set();

const text = (v: unknown, max: number): string => (typeof v === 'string' ? cutToBound(v, max) : '');

// One scratch buffer for every scan: evaluate is synchronous and not re-entrant, and most
// accounts match nothing, so scanning allocates nothing.
// Written by index with a separate count: setting an array's length to 0 frees its storage.
const starts: number[] = [];
const ends: number[] = [];
const payloads: Payload[] = [];
let hitCount = 0;
const collect = (payload: Payload, start: number, end: number) => {
  payloads[hitCount] = payload;
  starts[hitCount] = start;
  ends[hitCount] = end;
  hitCount++;
};

class Signals implements AccountSignals {
  claims = NO_CLAIMS as Map<string, ClaimHit>;
  counters = NO_COUNTERS as Map<CounterGroup, CounterHit>;
  claimedCategories = NO_CATEGORIES as Set<FlagCategory>;
  private badge: Credential | undefined;

  constructor(
    readonly texts: Record<MatchField, string>,
    private readonly ruleset: CompiledRuleset,
    private readonly verification: LooseAccount['verification'],
  ) {}

  get credential(): Credential {
    this.badge ??= readBadge(this.ruleset, this.verification);
    return this.badge;
  }

  addField(field: MatchField, value: string): void {
    const n = hitCount;
    for (let i = 0; i < n; i++) {
      const p = payloads[i]!;
      if (p.kind !== 'rule' || !p.rule.fields.includes(field) || this.containedInLongerClaim(i, n)) continue;
      const weight = field === 'bio' ? (p.rule.bioWeight ?? p.rule.weight * 0.6) : p.rule.weight;
      if (this.claims === NO_CLAIMS) this.claims = new Map();
      const best = this.claims.get(p.rule.id);
      if (!best || weight > best.weight)
        this.claims.set(p.rule.id, { rule: p.rule, field, match: value.slice(starts[i], ends[i]), weight });
      if (this.claimedCategories === NO_CATEGORIES) this.claimedCategories = new Set();
      this.claimedCategories.add(p.rule.category);
    }
    for (let i = 0; i < n; i++) {
      const p = payloads[i]!;
      // A marker made of the claim's own characters (战队 in 特战队) is no disclaimer.
      if (p.kind !== 'counter' || this.overlapsClaim(i, n, field) || this.counters.has(p.group)) continue;
      if (this.counters === NO_COUNTERS) this.counters = new Map();
      this.counters.set(p.group, { group: p.group, factor: p.factor, field, match: value.slice(starts[i], ends[i]) });
    }
  }

  /** "警察" inside "武装警察", "新闻" inside "新闻主播": the longer claim speaks for those characters. */
  private containedInLongerClaim(i: number, n: number): boolean {
    for (let j = 0; j < n; j++) {
      if (j === i || payloads[j]!.kind !== 'rule') continue;
      if (ends[j]! - starts[j]! > ends[i]! - starts[i]! && starts[j]! <= starts[i]! && ends[j]! >= ends[i]!) return true;
    }
    return false;
  }

  private overlapsClaim(i: number, n: number, field: MatchField): boolean {
    for (let j = 0; j < n; j++) {
      const p = payloads[j]!;
      if (p.kind === 'rule' && p.rule.fields.includes(field) && starts[j]! < ends[i]! && starts[i]! < ends[j]!) return true;
    }
    return false;
  }
}

export function readSignals(ruleset: CompiledRuleset, account: LooseAccount): AccountSignals {
  const texts: Record<MatchField, string> = {
    displayName: normalizeForMatch(text(account.displayName, BOUNDS.displayName)),
    handle: normalizeForMatch(text(account.handle, BOUNDS.handle)),
    bio: normalizeForMatch(text(account.bio, BOUNDS.bio)),
  };
  const signals = new Signals(texts, ruleset, account.verification);
  for (const field of FIELDS) {
    const value = texts[field];
    if (!value) continue;
    hitCount = 0;
    ruleset.matcher.scan(value, collect);
    if (hitCount > 0) signals.addField(field, value);
  }
  return signals;
}

// Labels repeat across accounts (a hospital's doctors, an agency's channels): read each once.
const BADGE_MEMO = new Map<string, Credential>();
const BADGE_MEMO_LIMIT = 2000;

function readBadge(ruleset: CompiledRuleset, raw: LooseAccount['verification']): Credential {
  const verification = raw ?? {};
  const kind = (
    typeof verification.kind === 'string' && KINDS.has(verification.kind) ? verification.kind : 'none'
  ) as VerificationKind;
  const rawLabel = text(verification.label, BOUNDS.label);
  const memoKey = `${kind}\u0000${rawLabel}`;
  const known = BADGE_MEMO.get(memoKey);
  if (known) return known;
  const label = normalizeForMatch(rawLabel);
  const labelCategories = new Set<FlagCategory>();
  if (label) ruleset.matcher.scan(label, (p) => p.kind === 'rule' && labelCategories.add(p.rule.category));
  const credential = readCredential(kind, label, labelCategories);
  if (BADGE_MEMO.size >= BADGE_MEMO_LIMIT) BADGE_MEMO.clear();
  BADGE_MEMO.set(memoKey, credential);
  return credential;
}
