import { cutToBound } from './normalize';
import { unitFold } from './skeleton';

const BUCKET_BITS = 11;
const LONGEST = 31;
const lengthBit = (n: number): number => 1 << Math.min(n, LONGEST);
const nearLengths = (n: number): number => lengthBit(n - 1) | lengthBit(n) | lengthBit(n + 1);
const hash = (a: number, b: number, c: number): number =>
  Math.imul(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ c, 0xc2b2ae35) >>> (32 - BUCKET_BITS);

// The shape of the key readShape last read: evaluate is synchronous, so one scratch copy.
let length = 0;
let cjk = false;
let surrogate = false;
let p0 = 0;
let p1 = 0;
let p2 = 0;
let s0 = 0;
let s1 = 0;
let s2 = 0;

// unitFold(code) where that is one code unit (0: not seen yet, or not one unit; no fold is NUL):
// a typed-array read per character, where the string it came from lay anywhere in the heap.
const UNIT_FOLD = new Uint16Array(0x10000);

/**
 * Reads lookalikeKey(input)'s length and its first and last three units without building it
 * (a string per character). False when the key needs the whole-string path or holds surrogates.
 */
function readShape(input: string): boolean {
  const cut = cutToBound(input, 200);
  length = 0;
  cjk = false;
  surrogate = false;
  for (let i = 0; i < cut.length; i++) {
    const code = cut.charCodeAt(i);
    const unit = UNIT_FOLD[code]!;
    if (unit !== 0) {
      take(unit);
      continue;
    }
    const folded = unitFold(code);
    if (folded === null) return false;
    if (folded.length === 1) UNIT_FOLD[code] = folded.charCodeAt(0);
    for (let j = 0; j < folded.length; j++) take(folded.charCodeAt(j));
  }
  return !surrogate;
}

function take(u: number): void {
  if (u >= 0xd800 && u <= 0xdfff) surrogate = true;
  if (u >= 0x2e80) cjk = true;
  if (length === 0) p0 = u;
  else if (length === 1) p1 = u;
  else if (length === 2) p2 = u;
  s0 = s1;
  s1 = s2;
  s2 = u;
  length++;
}

/**
 * Turns most names away before their lookalike key is built. An equal key has the same first
 * and last unit and length. A key one edit away (the index only looks for those when the key
 * has four or more BMP units: six, or four with Chinese) keeps its first k units, its last k,
 * or its first and last (k = 3 from six units, else 2), since an edit touches at most two
 * neighbouring characters, and its length moves by at most one. Tables keep, per hashed
 * feature, a bit per key length (31 for longer): collisions only let more names through.
 */
export class KeyFilter {
  private readonly firstLast = new Uint32Array(1 << BUCKET_BITS);
  private readonly prefix = [new Uint32Array(1 << BUCKET_BITS), new Uint32Array(1 << BUCKET_BITS)];
  private readonly suffix = [new Uint32Array(1 << BUCKET_BITS), new Uint32Array(1 << BUCKET_BITS)];
  // Surrogates make units and characters differ, and the reasoning above count characters.
  private open = false;

  add(key: string): void {
    const m = key.length;
    if (/[\ud800-\udfff]/.test(key)) this.open = true;
    const bit = lengthBit(m);
    const at = (i: number) => key.charCodeAt(i);
    this.firstLast[hash(at(0), at(m - 1), 0)]! |= bit;
    this.prefix[0]![hash(at(0), at(1), 0)]! |= bit;
    this.suffix[0]![hash(at(m - 2), at(m - 1), 0)]! |= bit;
    if (m < 3) return;
    this.prefix[1]![hash(at(0), at(1), at(2))]! |= bit;
    this.suffix[1]![hash(at(m - 3), at(m - 2), at(m - 1))]! |= bit;
  }

  /** False when lookalikeKey(raw) is neither equal nor one edit from any key added. */
  mayMatch(raw: string): boolean {
    if (this.open || !readShape(raw)) return true;
    if (length < 2) return false;
    const ends = this.firstLast[hash(p0, s2, 0)]!;
    if ((ends & lengthBit(length)) !== 0) return true;
    // lookalike.ts nearAllowed: shorter keys must be equal.
    if (length < 4 || (length < 6 && !cjk)) return false;
    const lengths = nearLengths(length);
    const edges =
      length >= 6
        ? this.prefix[1]![hash(p0, p1, p2)]! | this.suffix[1]![hash(s0, s1, s2)]!
        : this.prefix[0]![hash(p0, p1, 0)]! | this.suffix[0]![hash(s1, s2, 0)]!;
    return ((ends | edges) & lengths) !== 0;
  }
}
