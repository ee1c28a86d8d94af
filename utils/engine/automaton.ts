const ROOT = 0;

function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

export interface CompiledPattern<T> {
  length: number;
  payload: T;
  /** An ASCII letter or digit at that edge must not touch another one. */
  leftBoundary: boolean;
  rightBoundary: boolean;
}

/** What Matcher.scan reads: the Aho-Corasick automaton of the patterns, in flat arrays. */
export interface Automaton<T> {
  /** Root transitions for every code unit, so the common case (no pattern starts here) is one array read. */
  rootNext: Int32Array;
  /**
   * One bit per code unit that starts some pattern: 8 KB stays in cache where the 256 KB
   * rootNext table would not, and nearly every character of a name or bio is a miss.
   */
  startsPattern: Uint32Array;
  /**
   * Each state's children as a run of sorted code units (firstChild[s] to firstChild[s + 1]).
   * Three quarters of the states have one child, so a step is usually one comparison in a few
   * kilobytes, where a hash probe lands anywhere in 64 KB.
   */
  firstChild: Int32Array;
  childCode: Uint16Array;
  childTarget: Int32Array;
  /**
   * The failure link, past suffixes that start with a letter or digit right after another: those
   * extend only to hits the left-boundary check drops (see scan).
   */
  wordFail: Int32Array;
  /** The patterns that end at each state, its suffixes' included. */
  outputs: (CompiledPattern<T>[] | undefined)[];
}

export function buildAutomaton<T>(entries: readonly { text: string; payload: T; prefix?: boolean }[]): Automaton<T> {
  const rootNext = new Int32Array(0x10000);
  const startsPattern = new Uint32Array(0x10000 / 32);
  // While building, all transitions in one map keyed state * 65536 + code unit (scan reads
  // the flat arrays made from it at the end). A state is its path from the root: its parent and
  // the code unit that led to it, no string per state (this runs in every tab, before its first scan).
  const next = new Map<number, number>();
  const parent: number[] = [ROOT];
  const unit: number[] = [0];
  const depth: number[] = [0];
  const outputs: (CompiledPattern<T>[] | undefined)[] = [undefined];

  for (const { text, payload, prefix } of entries) {
    if (text.length === 0) continue;
    let state = ROOT;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const existing = next.get(state * 0x10000 + code);
      if (existing !== undefined) {
        state = existing;
        continue;
      }
      const created = parent.length;
      parent.push(state);
      unit.push(code);
      depth.push(i + 1);
      outputs.push(undefined);
      next.set(state * 0x10000 + code, created);
      if (state === ROOT) {
        rootNext[code] = created;
        startsPattern[code >>> 5]! |= 1 << (code & 31);
      }
      state = created;
    }
    const compiled: CompiledPattern<T> = {
      length: text.length,
      payload,
      leftBoundary: isWordCode(text.charCodeAt(0)),
      rightBoundary: !prefix && isWordCode(text.charCodeAt(text.length - 1)),
    };
    const existing = outputs[state];
    if (existing) existing.push(compiled);
    else outputs[state] = [compiled];
  }

  // Each state's children as a run of code units sorted within the run (what scan reads).
  const states = parent.length;
  const firstChild = new Int32Array(states + 1);
  for (let s = 1; s < states; s++) firstChild[parent[s]! + 1]!++;
  for (let s = 0; s < states; s++) firstChild[s + 1]! += firstChild[s]!;
  const childCode = new Uint16Array(states - 1);
  const childTarget = new Int32Array(states - 1);
  const filled = firstChild.slice(0, states);
  for (let s = 1; s < states; s++) {
    const p = parent[s]!;
    let at = filled[p]!++;
    // Insertion sort: three quarters of the states have one child.
    while (at > firstChild[p]! && childCode[at - 1]! > unit[s]!) {
      childCode[at] = childCode[at - 1]!;
      childTarget[at] = childTarget[at - 1]!;
      at--;
    }
    childCode[at] = unit[s]!;
    childTarget[at] = s;
  }

  // Failure links in breadth-first order, so a state's fail target is done before the state.
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let c = firstChild[ROOT]!; c < firstChild[ROOT + 1]!; c++) queue[tail++] = childTarget[c]!;
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    for (let c = firstChild[state]!; c < firstChild[state + 1]!; c++) {
      const code = childCode[c]!;
      const target = childTarget[c]!;
      let f = fail[state]!;
      while (f !== ROOT && !next.has(f * 0x10000 + code)) f = fail[f]!;
      const viaFail = next.get(f * 0x10000 + code);
      fail[target] = viaFail !== undefined && viaFail !== target ? viaFail : ROOT;
      // Shared, not copied, when the state has no output of its own: nothing changes them after this.
      const inherited = outputs[fail[target]!];
      if (inherited) outputs[target] = outputs[target]?.concat(inherited) ?? inherited;
      queue[tail++] = target;
    }
  }

  // The code unit at position `at` of state s's path.
  const unitAt = (s: number, at: number): number => {
    for (let up = depth[s]! - 1 - at; up > 0; up--) s = parent[s]!;
    return unit[s]!;
  };
  const wordFail = new Int32Array(states);
  for (let s = 1; s < states; s++) {
    let f = fail[s]!;
    for (; f !== ROOT; f = fail[f]!) {
      const at = depth[s]! - depth[f]!;
      if (!isWordCode(unitAt(s, at)) || !isWordCode(unitAt(s, at - 1))) break;
    }
    wordFail[s] = f;
  }
  return { rootNext, startsPattern, firstChild, childCode, childTarget, wordFail, outputs };
}
