import { FLAG_CATEGORIES, type FlagCategory } from '../schemas/categories';
import type { Settings } from '../schemas/settings';
import type { LocatedEntry } from './corpus/entry';
import type { Engine } from './engine';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  kind: 'false-positive' | 'false-negative';
  category: FlagCategory;
  entry: LocatedEntry;
  flagged: FlagCategory[];
}

export interface Evaluation {
  perCategory: Record<FlagCategory, Counts>;
  overall: Counts;
  misses: Miss[];
}

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Scores the engine on a labelled corpus: per category and micro-averaged over all four. */
export function evaluateCorpus(engine: Engine, entries: readonly LocatedEntry[], settings: Settings): Evaluation {
  const tally = Object.fromEntries(FLAG_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    FlagCategory,
    { tp: number; fp: number; fn: number }
  >;
  const misses: Miss[] = [];
  entries.forEach((entry, i) => {
    const verdict = engine.evaluate({ ...entry.account, key: `corpus:${i}` }, settings);
    const flagged = verdict.flags.map((f) => f.category);
    for (const category of FLAG_CATEGORIES) {
      const expected = entry.expect.includes(category);
      const got = flagged.includes(category);
      if (expected && got) tally[category].tp++;
      else if (got) {
        tally[category].fp++;
        misses.push({ kind: 'false-positive', category, entry, flagged });
      } else if (expected) {
        tally[category].fn++;
        misses.push({ kind: 'false-negative', category, entry, flagged });
      }
    }
  });
  const perCategory = Object.fromEntries(
    FLAG_CATEGORIES.map((c) => [c, counts(tally[c].tp, tally[c].fp, tally[c].fn)]),
  ) as Record<FlagCategory, Counts>;
  const sum = (k: 'tp' | 'fp' | 'fn') => FLAG_CATEGORIES.reduce((n, c) => n + tally[c][k], 0);
  return { perCategory, overall: counts(sum('tp'), sum('fp'), sum('fn')), misses };
}
