import { IntTable } from './int-table';

/**
 * Aho-Corasick over UTF-16 code units: every pattern of every rule pack is found in one pass
 * over a field, whatever the number of patterns. Patterns must already be in match form.
 */
export interface Hit<T> {
  payload: T;
  start: number;
  end: number;
}

const ROOT = 0;

function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

interface CompiledPattern<T> {
  length: number;
  payload: T;
  /** An ASCII letter or digit at that edge must not touch another one. */
  leftBoundary: boolean;
  rightBoundary: boolean;
}

/** The transition from a state other than the root on a code unit, or -1 (see Matcher.firstChild). */
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

export class Matcher<T> {
  // Root transitions for every code unit, so the common case (no pattern starts here) is one array read.
  private readonly rootNext = new Int32Array(0x10000);
  // One bit per code unit that starts some pattern: 8 KB stays in cache where the 256 KB
  // rootNext table would not, and nearly every character of a name or bio is a miss.
  private readonly startsPattern = new Uint32Array(0x10000 / 32);
  // All transitions in one map keyed state * 65536 + code unit: small integers hash fastest.
  private readonly next = new IntTable();
  private readonly children: number[][] = [[]];
  private readonly fail: number[] = [ROOT];
  private readonly outputs: (CompiledPattern<T>[] | undefined)[] = [undefined];
  // What scan reads instead of `next`: each state's children as a run of sorted code units
  // (firstChild[s] to firstChild[s + 1]). Three quarters of the states have one child, so a
  // step is usually one comparison in a few kilobytes, where a hash probe lands anywhere in 64 KB.
  private readonly firstChild: Int32Array;
  private readonly childCode: Uint16Array;
  private readonly childTarget: Int32Array;

  constructor(entries: readonly { text: string; payload: T; prefix?: boolean }[]) {
    for (const { text, payload, prefix } of entries) {
      if (text.length === 0) continue;
      let state = ROOT;
      for (let i = 0; i < text.length; i++) state = this.child(state, text.charCodeAt(i));
      const compiled: CompiledPattern<T> = {
        length: text.length,
        payload,
        leftBoundary: isWordCode(text.charCodeAt(0)),
        rightBoundary: !prefix && isWordCode(text.charCodeAt(text.length - 1)),
      };
      const existing = this.outputs[state];
      if (existing) existing.push(compiled);
      else this.outputs[state] = [compiled];
    }
    this.linkFailures();
    const states = this.children.length;
    this.firstChild = new Int32Array(states + 1);
    for (let s = 0; s < states; s++) this.firstChild[s + 1] = this.firstChild[s]! + this.children[s]!.length;
    this.childCode = new Uint16Array(this.firstChild[states]!);
    this.childTarget = new Int32Array(this.firstChild[states]!);
    for (let s = 0; s < states; s++) {
      let at = this.firstChild[s]!;
      for (const code of [...this.children[s]!].sort((a, b) => a - b)) {
        this.childCode[at] = code;
        this.childTarget[at++] = this.next.get(s * 0x10000 + code);
      }
    }
  }

  private child(state: number, code: number): number {
    const existing = this.next.get(state * 0x10000 + code);
    if (existing !== -1) return existing;
    const created = this.children.length;
    // Transition keys are state * 65536 + code unit and must stay within int32.
    if (created >= 0x7fff) throw new Error('rule patterns exceed the matcher state limit');
    this.children.push([]);
    this.fail.push(ROOT);
    this.outputs.push(undefined);
    this.next.set(state * 0x10000 + code, created);
    this.children[state]!.push(code);
    if (state === ROOT) {
      this.rootNext[code] = created;
      this.startsPattern[code >>> 5]! |= 1 << (code & 31);
    }
    return created;
  }

  private linkFailures(): void {
    const queue: number[] = this.children[ROOT]!.map((code) => this.next.get(code));
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const code of this.children[state]!) {
        const target = this.next.get(state * 0x10000 + code);
        let f = this.fail[state]!;
        while (f !== ROOT && this.next.get(f * 0x10000 + code) === -1) f = this.fail[f]!;
        const viaFail = this.next.get(f * 0x10000 + code);
        this.fail[target] = viaFail !== -1 && viaFail !== target ? viaFail : ROOT;
        const inherited = this.outputs[this.fail[target]!];
        if (inherited) this.outputs[target] = [...(this.outputs[target] ?? []), ...inherited];
        queue.push(target);
      }
    }
  }

  /** Calls onHit for every occurrence of every pattern that respects its word boundaries. */
  scan(text: string, onHit: (payload: T, start: number, end: number) => void): void {
    const { rootNext, startsPattern, fail, outputs, firstChild, childCode, childTarget } = this;
    const length = text.length;
    let state = ROOT;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (state === ROOT) {
        // Most characters start no pattern: one bit test and on to the next.
        if ((startsPattern[code >>> 5]! & (1 << (code & 31))) === 0) continue;
        state = rootNext[code]!;
      } else {
        let to = step(firstChild, childCode, childTarget, state, code);
        while (to === -1) {
          state = fail[state]!;
          to = state === ROOT ? rootNext[code]! : step(firstChild, childCode, childTarget, state, code);
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

  findAll(text: string): Hit<T>[] {
    const hits: Hit<T>[] = [];
    this.scan(text, (payload, start, end) => hits.push({ payload, start, end }));
    return hits;
  }
}
