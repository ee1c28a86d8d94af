import { prototypeTables } from './confusables';
import { tradToSimpTable } from './t2s';

/** One table for the per-character folds of the match form: traditional → simplified, Latin lookalikes → ASCII. */
let charFold: Map<number, string> | undefined;
const charFoldTable = (): Map<number, string> =>
  (charFold ??= new Map<number, string>([...prototypeTables().latinLookalike, ...tradToSimpTable()]));

/**
 * Replaces every character of s that the table maps, keeping s itself when none is: most names
 * are ASCII, so the table (built on first use) is asked for only at the first non-ASCII one.
 * Characters kept are copied as slices, not one by one.
 */
function foldBy(s: string, table: () => ReadonlyMap<number, string>): string {
  let map: ReadonlyMap<number, string> | undefined;
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp < 0x80) continue;
    // A lone high surrogate stays itself (codePointAt reads no pair).
    if (cp >= 0xd800 && cp <= 0xdbff) cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    map ??= table();
    const folded = map.get(cp);
    if (folded !== undefined) {
      out += s.slice(copied, i) + folded;
      copied = i + width;
    }
    i += width - 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Applies the fold table to every character of s (already NFKC and lower-cased). */
export const foldChars = (s: string): string => foldBy(s, charFoldTable);

/**
 * Folds capital homoglyphs (Cyrillic М, Greek Υ) to their Latin letter, on NFKC text before it
 * is lower-cased: lower case would lose what they imitate (confusables.ts capitalLookalike).
 * Its table has no astral keys (confusables.ts keeps none from U+2E80 up), so reading surrogate
 * pairs as foldChars needs changes nothing for it.
 */
export const foldCapitals = (s: string): string => foldBy(s, () => prototypeTables().capitalLookalike);
