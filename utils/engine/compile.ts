import type { FlagCategory } from '../schemas/verdict';
import type { Claim } from './decide';
import { Matcher } from './matcher';
import { normalizeForMatch } from './normalize';
import type { CounterGroup, CounterPack, Rule, RulePack } from './rules/schema';
import type { CounterHit } from './signals';

/**
 * `text` is the pattern in match form: exactly what a hit spans, so hits need not slice it out.
 * `hits` keeps, per field (displayName, handle, bio), the claim or counter hit this pattern
 * yields there: everything in it follows from the pattern and the field, so accounts share it.
 */
export type Payload =
  | { kind: 'rule'; rule: Rule; pattern: string; text: string; hits?: Claim[] }
  | { kind: 'counter'; group: CounterGroup; factor: number; pattern: string; text: string; hits?: CounterHit[] };

export interface CompiledRuleset {
  matcher: Matcher<Payload>;
  rules: readonly Rule[];
}

const withoutStar = (pattern: string) => (pattern.endsWith('*') ? pattern.slice(0, -1) : pattern);
const matchForm = (pattern: string) => normalizeForMatch(withoutStar(pattern));

/**
 * For patterns already in match form, as every shipped one is (shipped.test.ts holds them to
 * it): normalizing 765 patterns again was about 11 ms of every page's start (bench:page profile).
 */
export const patternAsWritten = withoutStar;

function entry(payload: Payload) {
  return { text: payload.text, payload, prefix: payload.pattern.endsWith('*') };
}

/** The packs' patterns in match form, with what each yields: the first half of compileRuleset. */
export interface RuleEntries {
  rules: readonly Rule[];
  entries: ReturnType<typeof entry>[];
}

export function ruleEntries(
  packs: readonly RulePack[],
  counters: CounterPack,
  form: (pattern: string) => string = matchForm,
): RuleEntries {
  const rules = packs.flatMap((p) => p.rules);
  const entries = [
    ...rules.flatMap((rule) => rule.patterns.map((pattern) => entry({ kind: 'rule', rule, pattern, text: form(pattern) }))),
    ...counters.groups.flatMap((g) =>
      g.patterns.map((pattern) => entry({ kind: 'counter', group: g.id, factor: g.factor, pattern, text: form(pattern) })),
    ),
  ];
  return { rules, entries };
}

/** The second half: one automaton for them all (rule patterns and counter-signals share a pass). */
export function rulesetFrom({ rules, entries }: RuleEntries): CompiledRuleset {
  return { matcher: new Matcher(entries), rules };
}

/** Turns validated packs into one automaton. */
export function compileRuleset(packs: readonly RulePack[], counters: CounterPack): CompiledRuleset {
  return rulesetFrom(ruleEntries(packs, counters));
}

/** The backing a category's own name needs (used for lookalikes and custom keywords). */
export const CATEGORY_BACKING = {
  military: 'state',
  'public-institution': 'state',
  'news-media': 'media',
  'unqualified-advice': 'any-qualification',
} as const satisfies Record<FlagCategory, string>;
