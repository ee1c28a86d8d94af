import type { Payload } from './compile';
import { heedsCounter } from './decide';
import type { MatchField } from './rules/schema';

// One scratch buffer for every scan: evaluate is synchronous and not re-entrant, and most
// accounts match nothing, so scanning allocates nothing.
// Written by index with a separate count: setting an array's length to 0 frees its storage.
export const starts: number[] = [];
export const ends: number[] = [];
export const payloads: Payload[] = [];
let hitCount = 0;
export const collect = (payload: Payload, start: number, end: number) => {
  payloads[hitCount] = payload;
  starts[hitCount] = start;
  ends[hitCount] = end;
  hitCount++;
};

export const resetHits = (): void => {
  hitCount = 0;
};
export const hitTotal = (): number => hitCount;

/** Hit outer's span holds hit inner's whole and more: a longer phrase of which inner is a part. */
const holds = (outer: number, inner: number): boolean =>
  starts[outer]! <= starts[inner]! &&
  ends[outer]! >= ends[inner]! &&
  ends[outer]! - starts[outer]! > ends[inner]! - starts[inner]!;

/**
 * "警察" inside "武装警察", "新闻" inside "新闻主播": of two nested claims on the same
 * characters only one speaks for them, the heavier (the longer on a tie), so 央视 inside
 * 央视主播 keeps its own weight (reviewer #9). A rule that does not read this field has no say.
 */
export function outweighedByNestedClaim(i: number, n: number, field: MatchField): boolean {
  const length = ends[i]! - starts[i]!;
  let weight = -1;
  for (let j = 0; j < n; j++) {
    const p = payloads[j]!;
    if (j === i || p.kind !== 'rule' || !p.rule.fields.includes(field)) continue;
    const other = ends[j]! - starts[j]!;
    // Nested one way or the other; claims on the same span (neither holds the other) both stand.
    if (!holds(i, j) && !holds(j, i)) continue;
    if (weight < 0) weight = weightIn(payloads[i] as RulePayload, field);
    const otherWeight = weightIn(p, field);
    if (otherWeight > weight || (otherWeight === weight && other > length)) return true;
  }
  return false;
}

/**
 * A marker made of the claim's own characters (战队 in 特战队) is no disclaimer: true when counter
 * hit i lies inside a claim. One that holds a claim whole (看新闻, 新闻系, "army wife") disclaims
 * that claim only (claimHeldByCounter), not the account's other claims: 火箭军看新闻 still
 * claims 火箭军 (spec: fan and student markers "must lower or cancel a claim"). One that only
 * shares an end with a claim is a marker of its own: 军迷 in 火箭军迷, 警嫂 in 交警嫂.
 */
export function overlapsClaim(i: number, n: number, field: MatchField): boolean {
  for (let j = 0; j < n; j++) {
    const p = payloads[j]!;
    if (p.kind !== 'rule' || !p.rule.fields.includes(field)) continue;
    const inside = starts[j]! <= starts[i]! && ends[i]! <= ends[j]!;
    if (inside || holds(i, j)) return true;
  }
  return false;
}

/**
 * Claim hit j lies inside a longer counter-signal (新闻 in 看新闻) of a group its rule heeds (a
 * rule's `counters`, as decide.ts applies them): that marker says it is no claim.
 */
export function claimHeldByCounter(j: number, n: number): boolean {
  const heeds = (payloads[j] as RulePayload).rule.counters;
  for (let i = 0; i < n; i++) {
    const p = payloads[i]!;
    if (p.kind !== 'counter' || !heedsCounter(heeds, p.group)) continue;
    if (holds(i, j)) return true;
  }
  return false;
}

type RulePayload = Extract<Payload, { kind: 'rule' }>;

export const weightIn = ({ rule }: RulePayload, field: MatchField): number =>
  field === 'bio' ? (rule.bioWeight ?? rule.weight * 0.6) : rule.weight;
