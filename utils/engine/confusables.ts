import CONFUSABLES from 'unhomoglyph/data.json';

/**
 * Unicode's UTS #39 confusables.txt, version 13.0.0, as shipped by the npm package
 * unhomoglyph 1.0.6 (nodeca; its data.json is the whole file converted, 6,311 source
 * characters). Nothing here is typed in by hand.
 */
export const CONFUSABLES_SOURCE = 'Unicode confusables.txt 13.0.0 via unhomoglyph@1.0.6';

/** Source code point → prototype string. */
export const PROTOTYPE = new Map<number, string>();
for (const [from, to] of Object.entries(CONFUSABLES as Record<string, string>)) {
  const cp = from.codePointAt(0)!;
  if (from.length === String.fromCodePoint(cp).length) PROTOTYPE.set(cp, to);
}

/** Dense copy of the ASCII part, because names and handles are mostly ASCII. */
export const ASCII_PROTOTYPE: (string | undefined)[] = Array.from({ length: 128 }, (_, cp) => PROTOTYPE.get(cp));

/**
 * Non-ASCII letters whose prototype is plain lower-case ASCII (Cyrillic с, Greek ο, ı …), used
 * in the match form so "Nеws" with a Cyrillic е still meets the rule for "news". Chinese and
 * Japanese blocks are left out: their prototypes are never ASCII words a rule would use.
 */
export const LATIN_LOOKALIKE = new Map<number, string>();
for (const [cp, proto] of PROTOTYPE) {
  if (cp < 0x80 || cp >= 0x2e80) continue;
  const lower = proto.toLowerCase();
  if (/^[a-z0-9]+$/.test(lower)) LATIN_LOOKALIKE.set(cp, lower);
}
