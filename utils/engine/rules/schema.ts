// zod/mini, not classic zod: the packs are validated when the engine loads, and the engine is
// bundled into the content script, where classic zod (its methods defeat tree-shaking) would
// add tens of KB.
import * as z from 'zod/mini';
import { FLAG_CATEGORIES } from '../../schemas/categories';

const FlagCategory = z.enum(FLAG_CATEGORIES);

/**
 * What backs a claim. `state` is a military or public body (government badge, or an
 * organisation badge not labelled as some other kind of body); `media` is a news outlet; the
 * four advice kinds need a badge whose label names that qualification.
 */
export const Backing = z.enum(['state', 'media', 'medical', 'legal', 'finance', 'education', 'any-qualification']);
export type Backing = z.infer<typeof Backing>;

export const COUNTER_GROUPS = [
  'fan',
  'hobby',
  'history',
  'parody',
  'not-a',
  'student',
  'daily',
  'veteran',
  'family',
  'business',
  'fiction',
] as const;
export const CounterGroup = z.enum(COUNTER_GROUPS);
export type CounterGroup = z.infer<typeof CounterGroup>;

export const MatchField = z.enum(['displayName', 'handle', 'bio']);
export type MatchField = z.infer<typeof MatchField>;

/**
 * A pattern is literal text, compared after normalizeForMatch. An edge that is an ASCII
 * letter or digit must sit on a word boundary; a trailing "*" lifts that on the right
 * ("minist*" meets "ministry" and "ministère").
 */
export const Pattern = z.string().check(z.minLength(1), z.maxLength(50));

export const Rule = z.strictObject({
  /** Also the reason code, e.g. "military.unit-name". */
  id: z.string().check(z.regex(/^[a-z-]+\.[a-z0-9-]+$/)),
  category: FlagCategory,
  fields: z.array(MatchField).check(z.minLength(1)),
  patterns: z.array(Pattern).check(z.minLength(1)),
  /** Contribution to the category score when it matches in the display name or handle. */
  weight: z.number().check(z.gt(0), z.lte(1)),
  /** Contribution when it matches only in the bio: what an account says of itself is weaker there. */
  bioWeight: z.optional(z.number().check(z.gte(0), z.lte(1))),
  backedBy: Backing,
  /** Counter-signal groups that lower this rule's category; every group if omitted. */
  counters: z.optional(z.array(CounterGroup)),
});
export type Rule = z.infer<typeof Rule>;

export const RulePack = z.strictObject({
  id: z.string().check(z.minLength(1)),
  category: FlagCategory,
  lang: z.enum(['zh', 'en']),
  rulesetVersion: z.string().check(z.minLength(1)),
  rules: z.array(Rule).check(z.minLength(1)),
});
export type RulePack = z.infer<typeof RulePack>;

export const CounterPack = z.strictObject({
  rulesetVersion: z.string().check(z.minLength(1)),
  groups: z.array(
    z.strictObject({
      id: CounterGroup,
      /** The category score is multiplied by this when the group is present. */
      factor: z.number().check(z.gte(0), z.lte(1)),
      patterns: z.array(Pattern).check(z.minLength(1)),
    }),
  ),
});
export type CounterPack = z.infer<typeof CounterPack>;
