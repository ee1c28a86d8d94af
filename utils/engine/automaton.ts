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
  // the flat arrays made from it at the end).
  const next = new Map<number, number>();
  const children: number[][] = [[]];
  const texts = [''];
  const fail: number[] = [ROOT];
  const outputs: (CompiledPattern<T>[] | undefined)[] = [undefined];

  const child = (state: number, code: number): number => {
    const existing = next.get(state * 0x10000 + code);
    if (existing !== undefined) return existing;
    const created = children.length;
    children.push([]);
    texts.push(texts[state] + String.fromCharCode(code));
    fail.push(ROOT);
    outputs.push(undefined);
    next.set(state * 0x10000 + code, created);
    children[state]!.push(code);
    if (state === ROOT) {
      rootNext[code] = created;
      startsPattern[code >>> 5]! |= 1 << (code & 31);
    }
    return created;
  };

  for (const { text, payload, prefix } of entries) {
    if (text.length === 0) continue;
    let state = ROOT;
    for (let i = 0; i < text.length; i++) state = child(state, text.charCodeAt(i));
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

  const queue: number[] = children[ROOT]!.map((code) => next.get(code)!);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const code of children[state]!) {
      const target = next.get(state * 0x10000 + code)!;
      let f = fail[state]!;
      while (f !== ROOT && !next.has(f * 0x10000 + code)) f = fail[f]!;
      const viaFail = next.get(f * 0x10000 + code);
      fail[target] = viaFail !== undefined && viaFail !== target ? viaFail : ROOT;
      const inherited = outputs[fail[target]!];
      if (inherited) outputs[target] = [...(outputs[target] ?? []), ...inherited];
      queue.push(target);
    }
  }

  const wordFail = Int32Array.from(fail, (f, s) => {
    const text = texts[s]!;
    for (; f !== ROOT; f = fail[f]!) {
      const at = text.length - texts[f]!.length;
      if (!isWordCode(text.charCodeAt(at)) || !isWordCode(text.charCodeAt(at - 1))) break;
    }
    return f;
  });

  const states = children.length;
  const firstChild = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) firstChild[s + 1] = firstChild[s]! + children[s]!.length;
  const childCode = new Uint16Array(firstChild[states]!);
  const childTarget = new Int32Array(firstChild[states]!);
  for (let s = 0; s < states; s++) {
    let at = firstChild[s]!;
    for (const code of [...children[s]!].sort((a, b) => a - b)) {
      childCode[at] = code;
      childTarget[at++] = next.get(s * 0x10000 + code)!;
    }
  }
  return { rootNext, startsPattern, firstChild, childCode, childTarget, wordFail, outputs };
}
