import ALPHABET from './alphabet.json';

// Small on purpose: the content script imports it to decide, per custom keyword, whether its
// slim engine answers like the full one.
const COVERED = new Set<number>();
for (const ch of ALPHABET as string) COVERED.add(ch.codePointAt(0)!);

/**
 * Whether a custom keyword, already in match form (normalizeForMatch, trimmed), consists only of
 * characters the slim tables were computed for (the alphabet, plus all of ASCII). Only then does
 * the content script's slim engine find it exactly where the full engine would: text that
 * differs between the two engines differs only in characters outside the alphabet. Otherwise the
 * content script asks the background's full engine.
 */
export function coveredBySlimTables(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const cp = text.codePointAt(i)!;
    if (!COVERED.has(cp)) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}
