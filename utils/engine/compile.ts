import type { FlagCategory } from '../schemas/verdict';
import { Matcher } from './matcher';
import { normalizeForMatch } from './normalize';
import { loadCounters, loadRulePacks } from './rules';
import type { CounterGroup, CounterPack, Rule, RulePack } from './rules/schema';

export type Payload =
  | { kind: 'rule'; rule: Rule; pattern: string }
  | { kind: 'counter'; group: CounterGroup; factor: number; pattern: string };

export interface CompiledRuleset {
  matcher: Matcher<Payload>;
  rules: readonly Rule[];
}

function entry(pattern: string, payload: Payload) {
  const prefix = pattern.endsWith('*');
  const text = normalizeForMatch(prefix ? pattern.slice(0, -1) : pattern);
  return { text, payload, prefix };
}

/** Turns validated packs into one automaton: rule patterns and counter-signals share a pass. */
export function compileRuleset(
  packs: readonly RulePack[] = loadRulePacks(),
  counters: CounterPack = loadCounters(),
): CompiledRuleset {
  const rules = packs.flatMap((p) => p.rules);
  const entries = [
    ...rules.flatMap((rule) => rule.patterns.map((pattern) => entry(pattern, { kind: 'rule', rule, pattern }))),
    ...counters.groups.flatMap((g) =>
      g.patterns.map((pattern) => entry(pattern, { kind: 'counter', group: g.id, factor: g.factor, pattern })),
    ),
  ];
  return { matcher: new Matcher(entries), rules };
}

/** The backing a category's own name needs (used for lookalikes and custom keywords). */
export const CATEGORY_BACKING = {
  military: 'state',
  'public-institution': 'state',
  'news-media': 'media',
  'unqualified-advice': 'any-qualification',
} as const satisfies Record<FlagCategory, string>;
