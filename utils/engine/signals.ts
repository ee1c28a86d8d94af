import type { Reason } from '../schemas/verdict';
import { readBadge } from './badge';
import type { CompiledRuleset } from './compile';
import type { Credential } from './credentials';
import type { Claim } from './decide';
import {
  claimHeldByCounter,
  collect,
  hitTotal,
  outweighedByNestedClaim,
  overlapsClaim,
  payloads,
  resetHits,
  weightIn,
} from './hit-spans';
import { claimOf, counterOf } from './hits';
import { BOUNDS, cutToBound, normalizeForMatch } from './normalize';
import type { CounterGroup, MatchField } from './rules/schema';

export interface CounterHit {
  group: CounterGroup;
  factor: number;
  field: MatchField;
  match: string;
  reason: Reason;
}

/** Everything the rules saw in one account, before any category is decided. */
export interface AccountSignals {
  texts: Record<MatchField, string>;
  /** Best hit per rule id, in the order rules first matched (arrays: a Map per account costs more). */
  claims: readonly Claim[];
  /** First hit per counter group, in order. */
  counters: readonly CounterHit[];
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

const NO_CLAIMS: readonly Claim[] = [];
const NO_COUNTERS: readonly CounterHit[] = [];

const text = (v: unknown, max: number): string => (typeof v === 'string' ? cutToBound(v, max) : '');

class Signals implements AccountSignals {
  claims = NO_CLAIMS as Claim[];
  counters = NO_COUNTERS as CounterHit[];
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

  scan(field: MatchField, value: string): void {
    if (!value) return;
    resetHits();
    this.ruleset.matcher.scan(value, collect);
    if (hitTotal() > 0) this.addField(field);
  }

  private addField(field: MatchField): void {
    const n = hitTotal();
    for (let i = 0; i < n; i++) {
      const p = payloads[i]!;
      if (p.kind !== 'rule' || !p.rule.fields.includes(field) || outweighedByNestedClaim(i, n, field)) continue;
      if (claimHeldByCounter(i, n)) continue;
      const { rule } = p;
      const weight = weightIn(p, field);
      const at = this.claimIndex(rule.id);
      if (at < 0 || weight > this.claims[at]!.weight) {
        const claim = claimOf(p, field);
        // A literal on first use: push onto [] reserves sixteen slots.
        if (this.claims === NO_CLAIMS) this.claims = [claim];
        else if (at < 0) this.claims.push(claim);
        else this.claims[at] = claim;
      }
    }
    for (let i = 0; i < n; i++) {
      const p = payloads[i]!;
      // Overlapping a claim, it is the claim's own characters (战队 in 特战队) or holds it (看新闻).
      if (p.kind !== 'counter' || overlapsClaim(i, n, field) || this.hasCounter(p.group)) continue;
      const hit = counterOf(p, field);
      if (this.counters === NO_COUNTERS) this.counters = [hit];
      else this.counters.push(hit);
    }
  }

  private claimIndex(id: string): number {
    for (let i = 0; i < this.claims.length; i++) if (this.claims[i]!.code === id) return i;
    return -1;
  }

  private hasCounter(group: CounterGroup): boolean {
    for (const c of this.counters) if (c.group === group) return true;
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
  // Field by field, not texts[field] over the names: a lookup by a varying name is a slow keyed load.
  signals.scan('displayName', texts.displayName);
  signals.scan('handle', texts.handle);
  signals.scan('bio', texts.bio);
  return signals;
}
