import CONFUSABLES from 'unhomoglyph/data.json';

/**
 * Unicode's UTS #39 confusables.txt, version 13.0.0, as shipped by the npm package
 * unhomoglyph 1.0.6 (nodeca; its data.json is the whole file converted, 6,311 source
 * characters). Nothing here is typed in by hand.
 */
export const CONFUSABLES_SOURCE = 'Unicode confusables.txt 13.0.0 via unhomoglyph@1.0.6';

export interface PrototypeTables {
  /** Source code point → prototype string. */
  prototype: ReadonlyMap<number, string>;
  /** Dense copy of the ASCII part, because names and handles are mostly ASCII. */
  ascii: readonly (string | undefined)[];
  /**
   * Non-ASCII letters whose prototype is plain lower-case ASCII (Cyrillic с, Greek ο, ı …), used
   * in the match form so "Nеws" with a Cyrillic е still meets the rule for "news". Chinese and
   * Japanese blocks are left out: their prototypes are never ASCII words a rule would use.
   */
  latinLookalike: ReadonlyMap<number, string>;
  /**
   * Capital letters whose prototype is ASCII (Cyrillic М, Т, Н; Greek Μ, Υ), folded before lower
   * case: their own lower case (м, т, н, μ) has no Latin prototype, or another one (υ → u, not
   * y), so "RED АRМY" would not meet "red army" (reviewer #6). Spec: folding includes the UTS #39
   * skeleton. The value is in match form (lower case), with the I-like capitals' prototype "l"
   * read as the "I" they imitate (Greek Ι, Cyrillic І), as ASCII "I" lower-cases to "i".
   */
  capitalLookalike: ReadonlyMap<number, string>;
}

/** A capital's lookalike in match form, or undefined (see capitalLookalike). */
export function capitalFold(ch: string, proto: string): string | undefined {
  if (ch.toLowerCase() === ch || !/^[A-Za-z0-9]+$/.test(proto)) return undefined;
  return proto.replaceAll('l', 'I').toLowerCase();
}

function buildTables(): PrototypeTables {
  const prototype = new Map<number, string>();
  const latinLookalike = new Map<number, string>();
  const capitalLookalike = new Map<number, string>();
  const data = CONFUSABLES as Record<string, string>;
  // One pass over the keys (two Map walks cost twice as much in a content script's cold start).
  const keys = Object.keys(data);
  for (let i = 0; i < keys.length; i++) {
    const from = keys[i]!;
    const cp = from.codePointAt(0)!;
    if (from.length !== (cp > 0xffff ? 2 : 1)) continue;
    const proto = data[from]!;
    prototype.set(cp, proto);
    if (cp < 0x80 || cp >= 0x2e80) continue;
    const lower = proto.toLowerCase();
    if (/^[a-z0-9]+$/.test(lower)) latinLookalike.set(cp, lower);
    const capital = capitalFold(from, proto);
    if (capital !== undefined) capitalLookalike.set(cp, capital);
  }
  return {
    prototype,
    ascii: Array.from({ length: 128 }, (_, cp) => prototype.get(cp)),
    latinLookalike,
    capitalLookalike,
  };
}

let tables: PrototypeTables | undefined;

/**
 * Built on first use, not at load: in a content script the loops over the table were about a
 * sixth of the script's own evaluation, which is one task the page cannot split (bench:page);
 * the first use is the engine's compile, a task of its own.
 */
export function prototypeTables(): PrototypeTables {
  tables ??= buildTables();
  return tables;
}
