import { foldCapitals, foldChars } from './char-fold';
import { normalizeByTable } from './normalize-fast';

/**
 * Bounds applied before any matching, in UTF-16 code units. Platforms cap display names far
 * below 200 (Weibo 30, X 50) and bios below 2,000, so nothing real is lost; a hostile 10 MB bio
 * costs no more than a normal one.
 */
export const BOUNDS = { displayName: 200, handle: 200, bio: 2000, label: 200 } as const;

/** Cuts s to at most max code units without leaving half a surrogate pair at the end. */
export function cutToBound(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

// Default_Ignorable_Code_Point covers zero-width (200B-200D, 2060), bidi controls (200E/F,
// 202A-202E, 2066-2069), variation selectors (FE00-FE0F, E0100-E01EF), tag characters
// (E0000-E007F), Hangul fillers and soft hyphen; Cf adds the remaining format characters.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
const CONTROL_OR_SPACE = /[\p{Cc}\p{Z}\s]+/gu;
// Anything but a letter or digit slipped between Chinese characters to dodge matching: spaces,
// dots, dashes, 、, symbols and emoji (公🚓安局, 公★安局, ⠀ braille blank), and combining marks;
// the spec: invisible characters removed, obfuscation tricks must not work (reviewer #7). Only
// between two Chinese characters: Latin words keep their breaks.
const HAN_SEPARATOR = /(?<=\p{Script=Han})[\s\p{P}\p{S}\p{M}]+(?=\p{Script=Han})/gu;
// Combining marks on a Chinese character (火́箭́军́) decorate nothing a reader reads.
const HAN_MARKS = /(?<=\p{Script=Han})\p{M}+/gu;
const ANY_SEPARATOR = /[\s\p{P}\p{S}\p{M}]/u;
const ANY_MARK = /\p{M}/u;

/** Removes invisible characters and replaces lone surrogates, without changing anything else. */
export function stripInvisible(s: string): string {
  return s.toWellFormed().replace(INVISIBLE, '');
}

/**
 * The form every rule pattern and every account field is compared in: NFKC (full-width →
 * ASCII, compatibility ideographs → unified), invisible and format characters removed,
 * controls and runs of spaces → one space, capital homoglyphs → their Latin letter, lower case,
 * traditional → simplified Chinese, and Cyrillic/Greek letters that look Latin → their Latin
 * letter (confusables.ts).
 */
/** "MinistryOfDefence_Official" reads as words, as a person reads it (handles often name this way). */
const CAMEL_OR_SNAKE = /(?<=[a-z])(?=[A-Z][a-z])|_+/g;

const isLower = (c: number) => c >= 97 && c <= 122;

// What splitWords last read (evaluate is synchronous): all printable ASCII; any capital letter;
// two spaces or underscores side by side, the only way its result can hold two spaces.
let plainAscii = false;
let capitals = false;
let spaced = false;

/**
 * raw.replace(CAMEL_OR_SNAKE, ' ') (normalizeWhole keeps the expression as the reference), and
 * in the same pass whether raw is printable ASCII: most handles and many names are, and then
 * lower-casing is all the rest of the match form does.
 */
function splitWords(raw: string): string {
  let out = '';
  let copied = 0;
  let ascii = true;
  capitals = false;
  spaced = false;
  const last = raw.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) ascii = false;
    else if (c === 32 || c === 95) {
      // Bounds checked before reading: an out-of-range read costs more than the test.
      const before = i > 0 ? raw.charCodeAt(i - 1) : 0;
      if (before === 32 || before === 95) spaced = true;
      if (c === 32) continue;
      out += `${raw.slice(copied, i)} `;
      while (raw.charCodeAt(i + 1) === 95) i++;
      copied = i + 1;
    } else if (c >= 65 && c <= 90) {
      capitals = true;
      if (i > 0 && i < last && isLower(raw.charCodeAt(i - 1)) && isLower(raw.charCodeAt(i + 1))) {
        out += `${raw.slice(copied, i)} `;
        copied = i;
      }
    }
  }
  plainAscii = ascii;
  return copied === 0 ? raw : out + raw.slice(copied);
}

export function normalizeForMatch(input: string): string {
  const s = splitWords(cutToBound(input, BOUNDS.bio));
  if (plainAscii) {
    // (toLowerCase and includes are calls into the runtime: skipped when they would find nothing.)
    const lower = capitals ? s.toLowerCase() : s;
    return spaced && lower.includes('  ') ? lower.replace(CONTROL_OR_SPACE, ' ') : lower;
  }
  return normalizeByTable(s) ?? normalizeWhole(s);
}

/** The reference path: whole-string NFKC and regular expressions (see normalize-fast.ts). */
export function normalizeWhole(input: string): string {
  const folded = foldCapitals(stripInvisible(input.replace(CAMEL_OR_SNAKE, ' ')).normalize('NFKC'))
    .replace(CONTROL_OR_SPACE, ' ')
    .toLowerCase();
  const simplified = foldChars(folded);
  // The lookbehind costs more than the test; most names have no separator at all.
  if (!ANY_SEPARATOR.test(simplified)) return simplified;
  const joined = simplified.replace(HAN_SEPARATOR, '');
  return ANY_MARK.test(joined) ? joined.replace(HAN_MARKS, '') : joined;
}
