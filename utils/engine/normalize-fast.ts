import { foldCapitals, foldChars } from './char-fold';
import { tradToSimpTable } from './t2s';

/**
 * normalizeForMatch one character at a time, for strings whose characters do not interact
 * under NFKC (no combining marks, no Hangul jamo, no astral characters, no final sigma). Each
 * BMP character is classified once, on first sight, by running the whole-string steps on it
 * alone; a string is then one pass of table reads. Returns undefined when the string needs
 * the whole-string path. normalize.test.ts checks both paths agree.
 */
// 0 = not classified yet.
const KEEP = 1;
const MAPPED = 2;
const DROP = 3;
const SPACE = 4;
const SEPARATOR = 5;
const WHOLE_STRING = 6;

const CLASS = new Uint8Array(0x10000);
const MAPPED_TO: string[] = [];
// 0 = not yet known, 1 = not Han, 2 = Han.
const HAN_STATE = new Uint8Array(0x10000);

const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u;
const SPACE_LIKE = /^[\p{Cc}\p{Z}\s]$/u;
const INTERACTS = /^[\p{M}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u3131-\u318e\u03a3\ud800-\udfff]$/u;
// normalize.ts HAN_SEPARATOR less \s and marks (spaces are SPACE here, marks WHOLE_STRING).
const SEPARATOR_CHAR = /^[\p{P}\p{S}]$/u;
const HAN = /^\p{Script=Han}$/u;

/** U+4E00–U+9FFF, CJK Unified Ideographs: every one is Han (fast-paths.test.ts checks them all). */
const isCjkUnified = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/**
 * A CJK Unified Ideograph without a traditional→simplified entry is kept as it is: it is Han,
 * and stable under NFKC and case. Most characters of Chinese names are such, and the
 * whole-string steps with their \p{…} regexes are the slow part of a content script's start.
 */
export const isPlainHan = (code: number): boolean => isCjkUnified(code) && !tradToSimpTable().has(code);

function classify(code: number): number {
  const cls = isPlainHan(code) ? KEEP : classifySlow(code);
  CLASS[code] = cls;
  return cls;
}

/** The class by the whole-string steps on the character alone. */
function classifySlow(code: number): number {
  const ch = String.fromCharCode(code);
  let cls: number;
  if (INTERACTS.test(ch)) cls = WHOLE_STRING;
  else if (INVISIBLE.test(ch)) cls = DROP;
  else if (SPACE_LIKE.test(ch)) cls = SPACE;
  else {
    const folded = foldChars(foldCapitals(ch.normalize('NFKC')).toLowerCase());
    if (folded === ch) cls = SEPARATOR_CHAR.test(ch) ? SEPARATOR : KEEP;
    // A full-width ，or ． folds to a separator: one still, written in its folded form.
    else if (folded.length === 1 && SEPARATOR_CHAR.test(folded)) {
      cls = SEPARATOR;
      MAPPED_TO[code] = folded;
    }
    // (A fold to an astral character, as 僤 → 𫢸: isHan reads code units, so the whole path decides
    // whether a space beside it goes.)
    else if (/[\s\p{P}\p{S}\p{M}]/u.test(folded) || /[\ud800-\udfff]/.test(folded) || folded.length === 0) cls = WHOLE_STRING;
    else {
      cls = MAPPED;
      MAPPED_TO[code] = folded;
    }
  }
  return cls;
}

function isHan(code: number): boolean {
  let state = HAN_STATE[code]!;
  if (state === 0) {
    state = isCjkUnified(code) || HAN.test(String.fromCharCode(code)) ? 2 : 1;
    HAN_STATE[code] = state;
  }
  return state === 2;
}

/** True for characters whose NFKC or case depends on their neighbours (marks, jamo, Σ, surrogates). */
export function interactsWithNeighbours(code: number): boolean {
  return (CLASS[code] || classify(code)) === WHOLE_STRING && INTERACTS.test(String.fromCharCode(code));
}

/**
 * Characters kept as they are go into the output as slices of s (from `copied` to i), not one
 * by one: a name with nothing to fold is returned without building anything.
 */
export function normalizeByTable(s: string): string | undefined {
  let out = '';
  let copied = 0;
  // Last code unit written (or about to be, in the uncopied run); -1 before any.
  let last = -1;
  let changed = false;
  let pending = '';
  let pendingChanged = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const cls = CLASS[code] || classify(code);
    if (cls === KEEP && pending === '') {
      last = code;
      continue;
    }
    if (cls === WHOLE_STRING) return undefined;
    if (copied < i) out += s.slice(copied, i);
    copied = i + 1;
    if (cls === KEEP || cls === MAPPED) {
      const piece = cls === KEEP ? '' : MAPPED_TO[code]!;
      if (pending) {
        // A run of spaces or dots between two Chinese characters is an evasion, not a word break.
        if (last !== -1 && isHan(last) && isHan(cls === KEEP ? code : piece.charCodeAt(0))) changed = true;
        else {
          out += pending;
          if (pendingChanged) changed = true;
        }
        pending = '';
        pendingChanged = false;
      }
      if (cls === KEEP) {
        // Starts a new uncopied run.
        copied = i;
        last = code;
      } else {
        out += piece;
        last = piece.charCodeAt(piece.length - 1);
        changed = true;
      }
    } else if (cls === DROP) changed = true;
    else if (cls === SPACE) {
      if (pending.endsWith(' ')) pendingChanged = true;
      else {
        if (code !== 0x20) pendingChanged = true;
        pending += ' ';
      }
    } else {
      const folded = MAPPED_TO[code];
      if (folded === undefined) pending += s[i]!;
      else {
        pending += folded;
        pendingChanged = true;
      }
    }
  }
  if (copied < s.length) out += s.slice(copied);
  if (pending) {
    out += pending;
    if (pendingChanged) changed = true;
  }
  return changed ? out : s;
}
