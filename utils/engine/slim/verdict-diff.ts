import type { Verdict } from '../../schemas/verdict';
import { type Alphabet, equivalent } from './equivalence';

// Test-only (slim-tables.test.ts).

/** Collects differing string leaves; false when the two differ in shape or in anything else. */
function stringDiffs(a: unknown, b: unknown, path: string, out: { path: string; a: string; b: string }[]): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    if (a !== b) out.push({ path, a, b });
    return true;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  const keys = Object.keys(a);
  if (Array.isArray(a) !== Array.isArray(b) || keys.join() !== Object.keys(b).join()) return false;
  return keys.every((k) =>
    stringDiffs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out),
  );
}

const CREDENTIAL_TEXT = /^\.flags\.(\d+)\.reasons\.(\d+)\.(match|args\.\d+)$/;

/**
 * The number of label strings that differ between two verdicts, or undefined when anything else
 * differs. Deep-equal verdicts, but for one thing: a credential reason quotes the badge label in match
 * form, and a label may hold characters outside the alphabet (a traditional 總 the full table
 * simplifies). Those two strings need only be equivalent; everything the verdict decides is equal.
 */
export function labelOnlyDiffs(f: Verdict, s: Verdict, alphabet: Alphabet): number | undefined {
  const diffs: { path: string; a: string; b: string }[] = [];
  if (!stringDiffs(f, s, '', diffs)) return undefined;
  for (const d of diffs) {
    const m = CREDENTIAL_TEXT.exec(d.path);
    const code = m ? f.flags[Number(m[1])]?.reasons[Number(m[2])]?.code : undefined;
    if (!code?.startsWith('credential.') || !equivalent(d.a, d.b, alphabet)) return undefined;
  }
  return diffs.length;
}
