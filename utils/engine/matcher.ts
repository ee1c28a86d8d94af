import { type Automaton, buildAutomaton } from './automaton';

// Own copies, not automaton.ts's: an imported binding read per character (as tsx runs the
// modules unbundled) made scan a tenth slower.
const ROOT = 0;

function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** The transition from a state other than the root on a code unit, or -1 (see Automaton.firstChild). */
function step(firstChild: Int32Array, childCode: Uint16Array, childTarget: Int32Array, state: number, code: number): number {
  let lo = firstChild[state]!;
  let hi = firstChild[state + 1]!;
  while (hi - lo > 8) {
    const mid = (lo + hi) >>> 1;
    if (childCode[mid]! <= code) lo = mid;
    else hi = mid;
  }
  for (; lo < hi; lo++) if (childCode[lo] === code) return childTarget[lo]!;
  return -1;
}

/**
 * Aho-Corasick over UTF-16 code units: every pattern of every rule pack is found in one pass
 * over a field, whatever the number of patterns. Patterns must already be in match form.
 */
export class Matcher<T> {
  private readonly automaton: Automaton<T>;

  constructor(entries: readonly { text: string; payload: T; prefix?: boolean }[]) {
    this.automaton = buildAutomaton(entries);
  }

  /** Calls onHit for every occurrence of every pattern that respects its word boundaries. */
  scan(text: string, onHit: (payload: T, start: number, end: number) => void): void {
    const { rootNext, startsPattern, wordFail, outputs, firstChild, childCode, childTarget } = this.automaton;
    const length = text.length;
    let state = ROOT;
    let wordBefore = false;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      // A pattern that starts with a letter or digit must not start inside a word, so the scan
      // starts none there, and fails past states that did (wordFail): in English text only the
      // words' first letters walk the trie. Every hit the boundary checks keep is still reached.
      const word = isWordCode(code);
      const midWord = word && wordBefore;
      wordBefore = word;
      if (state === ROOT) {
        // Most characters start no pattern: one bit test and on to the next.
        if (midWord || (startsPattern[code >>> 5]! & (1 << (code & 31))) === 0) continue;
        state = rootNext[code]!;
      } else {
        let to = step(firstChild, childCode, childTarget, state, code);
        while (to === -1) {
          state = wordFail[state]!;
          to = state !== ROOT ? step(firstChild, childCode, childTarget, state, code) : midWord ? ROOT : rootNext[code]!;
          if (state === ROOT) break;
        }
        state = to;
      }
      const found = outputs[state];
      if (found === undefined) continue;
      for (const p of found) {
        const start = i + 1 - p.length;
        if (p.leftBoundary && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
        if (p.rightBoundary && i + 1 < length && isWordCode(text.charCodeAt(i + 1))) continue;
        onHit(p.payload, start, i + 1);
      }
    }
  }
}
