import type { Settings } from '../../schemas/settings';
import { normalizeForMatch } from '../normalize';
import ALPHABET from './alphabet.json';

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

/**
 * Whether a tab's slim engine judges exactly as the full one under these custom keywords; the
 * background decides it for every tab (PageSettings.judgeHere), so no site script carries the
 * alphabet. Decided on the full tables' match form: a character's full and slim folds are equal,
 * or both outside the alphabet (slim-tables.test.ts), so either form is covered exactly when the
 * other is, and then they are the same string.
 */
export function slimEngineCovers(customKeywords: Settings['customKeywords']): boolean {
  return Object.values(customKeywords).every((words) =>
    words.every((word) => coveredBySlimTables(normalizeForMatch(word).trim())),
  );
}
