import { ASCII_PROTOTYPE, PROTOTYPE } from './confusables';
import { cutToBound, stripInvisible } from './normalize';
import { toSimplified } from './t2s';

function mapPrototypes(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += (cp < 128 ? ASCII_PROTOTYPE[cp] : PROTOTYPE.get(cp)) ?? ch;
  }
  return out;
}

/** skeleton(X) = NFD(map each character of NFD(X) to its prototype), as UTS #39 §4 defines it. */
export function skeleton(s: string): string {
  return mapPrototypes(s.normalize('NFD')).normalize('NFD');
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const COMBINING_MARK = /\p{M}+/gu;

/**
 * The key two names are compared by for lookalikes: invisible characters removed, NFKC,
 * traditional → simplified, skeleton, case folded, then the skeleton again (so "I" and "l",
 * and "m" and "rn", meet whatever their case), then only letters and digits kept.
 * Marks are dropped too: "Reutérs" should meet "Reuters".
 */
export function lookalikeKey(input: string): string {
  const s = toSimplified(stripInvisible(cutToBound(input, 200)).normalize('NFKC'));
  const once = skeleton(s).toLowerCase();
  return skeleton(once).replace(COMBINING_MARK, '').replace(NOT_LETTER_OR_DIGIT, '');
}
