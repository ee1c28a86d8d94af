import { z } from 'zod';
import { FLAG_CATEGORIES } from './categories';

// Re-exported so that importers of the zod schemas keep one import.
export { FLAG_CATEGORIES };
export const FlagCategory = z.enum(FLAG_CATEGORIES);
export type FlagCategory = z.infer<typeof FlagCategory>;

/** A report may also be filed as "other" (an account the engine did not flag). */
export const ReportCategory = z.enum([...FLAG_CATEGORIES, 'other']);
export type ReportCategory = z.infer<typeof ReportCategory>;

export const Severity = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof Severity>;

export const SignalField = z.enum(['displayName', 'handle', 'bio', 'verification']);
export type SignalField = z.infer<typeof SignalField>;

/** Why a flag was raised: a rule code, the field it read, the text it matched. */
export const Reason = z.object({
  code: z.string().min(1).max(100),
  field: SignalField,
  match: z.string().max(200).optional(),
  /** Key of the explanation in the locale files; arguments fill its placeholders. */
  messageKey: z.string().min(1).max(100),
  args: z.array(z.string().max(200)).max(4).optional(),
});
export type Reason = z.infer<typeof Reason>;

export const Flag = z.object({
  category: FlagCategory,
  severity: Severity,
  score: z.number().min(0).max(1),
  reasons: z.array(Reason).min(1).max(20),
  /** The official account this one resembles, when a lookalike rule fired. */
  resembles: z.string().max(200).optional(),
});
export type Flag = z.infer<typeof Flag>;

export const Verdict = z.object({
  flags: z.array(Flag).max(4),
  rulesetVersion: z.string().min(1).max(50),
});
export type Verdict = z.infer<typeof Verdict>;

export { severityRank, topSeverity } from './severity';
