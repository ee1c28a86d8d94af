/**
 * When a full-table fold and a slim-table fold may differ without any engine result differing.
 *
 * Rule patterns, counter-signals, label markers and official lookalike keys are made only of
 * alphabet characters (ASCII is always in). So a character outside the alphabet never takes part
 * in a match or an exact key, and in an edit-distance comparison with an official key it is a
 * mismatch whatever it is. What the engine does test about such a character is its class: Han
 * (the separator removal between Chinese characters), letter/digit/mark/space/format (the
 * lookalike key keeps letters and digits; trim), UTF-16 length (offsets, key lengths, surrogate
 * checks) and ≥ U+2E80 (short CJK keys may be near). Two folds are equivalent when they have the
 * same code points except at positions where both are outside the alphabet and of one class.
 */

const CLASS_TESTS = [
  /^\p{Script=Han}$/u,
  /^\p{L}$/u,
  /^\p{N}$/u,
  /^\p{M}$/u,
  /^[\p{Z}\s]$/u,
  /^[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u,
  // normalize.ts HAN_SEPARATOR: punctuation and symbols between Chinese characters are removed.
  /^[\p{P}\p{S}]$/u,
];

export function classOf(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return `${CLASS_TESTS.map((re) => (re.test(ch) ? 1 : 0)).join('')}|${ch.length}|${cp >= 0x2e80 ? 1 : 0}`;
}

export type Alphabet = ReadonlySet<number>;

export const inAlphabet = (cp: number, alphabet: Alphabet): boolean => cp < 0x80 || alphabet.has(cp);

/** True when folds a (full tables) and b (slim tables) cannot lead to different engine results. */
export function equivalent(a: string, b: string, alphabet: Alphabet): boolean {
  if (a === b) return true;
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    if (inAlphabet(p.codePointAt(0)!, alphabet) || inAlphabet(q.codePointAt(0)!, alphabet)) return false;
    if (classOf(p) !== classOf(q)) return false;
  }
  return true;
}
