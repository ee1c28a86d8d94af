import { prototypeTables } from './confusables';
import { tradToSimpTable } from './t2s';

/** One table for the per-character folds of the match form: traditional → simplified, Latin lookalikes → ASCII. */
let charFold: Map<number, string> | undefined;
const charFoldTable = (): Map<number, string> =>
  (charFold ??= new Map<number, string>([...prototypeTables().latinLookalike, ...tradToSimpTable()]));

/** Applies the fold table to every character of s (already NFKC and lower-cased). */
export function foldChars(s: string): string {
  let table: Map<number, string> | undefined;
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp < 0x80) {
      out += s[i];
      continue;
    }
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      cp = s.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
    }
    table ??= charFoldTable();
    const folded = table.get(cp);
    if (folded !== undefined) {
      out += folded;
      changed = true;
    } else out += width === 2 ? s.slice(i, i + 2) : s[i];
    i += width - 1;
  }
  return changed ? out : s;
}

/**
 * Folds capital homoglyphs (Cyrillic М, Greek Υ) to their Latin letter, on NFKC text before it
 * is lower-cased: lower case would lose what they imitate (confusables.ts capitalLookalike).
 */
export function foldCapitals(s: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.charCodeAt(i);
    if (cp < 0x80) continue;
    const folded = prototypeTables().capitalLookalike.get(cp);
    if (folded === undefined) continue;
    out += s.slice(copied, i) + folded;
    copied = i + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}
