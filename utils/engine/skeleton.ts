import { prototypeTables } from './confusables';
import { cutToBound, stripInvisible } from './normalize';
import { interactsWithNeighbours, isPlainHan } from './normalize-fast';
import { toSimplified } from './t2s';

function mapPrototypes(s: string): string {
  const { ascii, prototype } = prototypeTables();
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += (cp < 128 ? ascii[cp] : prototype.get(cp)) ?? ch;
  }
  return out;
}

/** skeleton(X) = NFD(map each character of NFD(X) to its prototype), as UTS #39 §4 defines it. */
export function skeleton(s: string): string {
  return mapPrototypes(s.normalize('NFD')).normalize('NFD');
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const COMBINING_MARK = /\p{M}+/gu;

/** The lookalike fold of one character already in NFKC (see lookalikeKey). */
function foldCharSlow(ch: string): string {
  const once = skeleton(toSimplified(ch)).toLowerCase();
  return skeleton(once).replace(COMBINING_MARK, '').replace(NOT_LETTER_OR_DIGIT, '');
}

// Every step after NFKC works character by character (marks are dropped at the end, so the
// order NFD would give them does not matter), so the fold of a string is the concatenation of
// its characters' folds: a table for ASCII, a memo for the rest.
// Filled on first use, not at load: the \p{…} regexes foldCharSlow compiles made the content
// script's own evaluation a long task (bench:page).
const ASCII_FOLD: (string | undefined)[] = new Array(128);
const asciiFold = (cp: number): string => {
  ASCII_FOLD[cp] ??= foldCharSlow(String.fromCharCode(cp));
  return ASCII_FOLD[cp];
};
const FOLD_MEMO = new Map<number, string>();
const FOLD_MEMO_LIMIT = 50_000;

function foldChar(cp: number): string {
  if (cp < 128) return asciiFold(cp);
  let folded = FOLD_MEMO.get(cp);
  if (folded === undefined) {
    folded = foldCharSlow(String.fromCodePoint(cp));
    if (FOLD_MEMO.size < FOLD_MEMO_LIMIT) FOLD_MEMO.set(cp, folded);
  }
  return folded;
}

// Non-ASCII BMP characters → their fold including NFKC (invisible ones fold to '').
// A filled array, not a Map: one indexed read per character of a Chinese name. Made at load
// (about 1 ms), unlike the other tables: made on first use, it cost lookalikeKey a check per
// character, and evaluate about 5 % (bench:engine, both forms in one process).
const RAW_FOLD: (string | null)[] = new Array(0x10000).fill(null);

/**
 * A plain CJK Unified Ideograph (normalize-fast.ts isPlainHan) with no confusables entry either
 * folds to itself: it is a letter, and stable under NFKC, NFD and case. Most characters of
 * Chinese names are such; skipping foldCharSlow's normalizations and \p{…} regexes for them made
 * the lookalike index's build about a tenth faster (Node, cold, 4 runs each: median 11.9 ms vs 13.4).
 */
function plainHanFold(code: number): string | null {
  return isPlainHan(code) && !prototypeTables().prototype.has(code) ? String.fromCharCode(code) : null;
}

/** One code unit's fold on the character path, or null when the string needs lookalikeKeyWhole. */
export function unitFold(code: number): string | null {
  if (code < 128) return asciiFold(code);
  let folded: string | null = RAW_FOLD[code]!;
  if (folded === null) {
    folded = plainHanFold(code);
    if (folded === null) {
      if ((code >= 0xd800 && code <= 0xdfff) || interactsWithNeighbours(code)) return null;
      folded = foldCharSlow(String.fromCharCode(code).normalize('NFKC'));
    }
    RAW_FOLD[code] = folded;
  }
  return folded;
}

/**
 * The key two names are compared by for lookalikes: invisible characters removed, NFKC,
 * traditional → simplified, skeleton, case folded, then the skeleton again (so "I" and "l",
 * and "m" and "rn", meet whatever their case), marks dropped ("Reutérs" meets "Reuters"), and
 * only letters and digits kept. Character by character unless a character interacts with its
 * neighbours under NFKC; lookalikeKeySlow is the reference the tests compare against.
 */
export function lookalikeKey(input: string): string {
  const cut = cutToBound(input, 200);
  let out = '';
  for (let i = 0; i < cut.length; i++) {
    const folded = unitFold(cut.charCodeAt(i));
    if (folded === null) return lookalikeKeyWhole(cut);
    out += folded;
  }
  return out;
}

function lookalikeKeyWhole(cut: string): string {
  const s = stripInvisible(cut).normalize('NFKC');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    out += foldChar(cp);
  }
  return out;
}

/** The reference implementation lookalikeKey must agree with (used by the tests). */
export function lookalikeKeySlow(input: string): string {
  const s = toSimplified(stripInvisible(cutToBound(input, 200)).normalize('NFKC'));
  const once = skeleton(s).toLowerCase();
  return skeleton(once).replace(COMBINING_MARK, '').replace(NOT_LETTER_OR_DIGIT, '');
}
