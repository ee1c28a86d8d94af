// One-edit comparison for lookalike names (see lookalike.ts).

/** True when a and b differ by one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let ja = a.length - 1;
  let jb = b.length - 1;
  while (ja >= i && jb >= i && a[ja] === b[jb]) {
    ja--;
    jb--;
  }
  const left = ja - i + 1;
  const right = jb - i + 1;
  if (left <= 1 && right <= 1) return true;
  return left === 2 && right === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}

/**
 * One edit (insertion, deletion, substitution, adjacent swap) touches at most two neighbouring
 * positions, so it leaves the first k characters, the last k, or the first-and-last pair as
 * they were. Keys that share none of these with any official key skip the deletion lookups,
 * which is nearly every account. k is 3 for keys of six or more, else 2; officials store both.
 */
export class EdgeFilter {
  // Edges as numbers (up to three UTF-16 units in 48 bits) so the check allocates no strings.
  private readonly prefixes = [new Set<number>(), new Set<number>()];
  private readonly suffixes = [new Set<number>(), new Set<number>()];
  private readonly firstLast = new Set<number>();

  add(key: string): void {
    const n = key.length;
    for (const k of [2, 3]) {
      if (n < k + 2) continue;
      this.prefixes[k - 2]!.add(pack(key, 0, k));
      this.suffixes[k - 2]!.add(pack(key, n - k, k));
    }
    this.firstLast.add(key.charCodeAt(0) * 0x10000 + key.charCodeAt(n - 1));
  }

  mayBeNear(key: string): boolean {
    const n = key.length;
    const k = n >= 6 ? 3 : 2;
    return (
      this.prefixes[k - 2]!.has(pack(key, 0, k)) ||
      this.suffixes[k - 2]!.has(pack(key, n - k, k)) ||
      this.firstLast.has(key.charCodeAt(0) * 0x10000 + key.charCodeAt(n - 1))
    );
  }
}

function pack(s: string, from: number, count: number): number {
  let h = 0;
  for (let i = 0; i < count; i++) h = h * 0x10000 + s.charCodeAt(from + i);
  return h;
}

const SURROGATE = /[\ud800-\udfff]/;
const NONE: readonly string[] = [];

/** withinOneEdit over UTF-16 units: the same answer for strings without surrogates. */
function withinOneEditUnits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let ja = a.length - 1;
  let jb = b.length - 1;
  while (ja >= i && jb >= i && a.charCodeAt(ja) === b.charCodeAt(jb)) {
    ja--;
    jb--;
  }
  const left = ja - i + 1;
  const right = jb - i + 1;
  if (left <= 1 && right <= 1) return true;
  return left === 2 && right === 2 && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i);
}

/**
 * Whether any stored key is one edit from a key of three or more characters, by comparing the
 * stored keys of nearby length directly. It answers yes to everything the symmetric-delete
 * lookup could find, without building a string, so a no spares that lookup. One edit keeps
 * the first or the last character of such a key, which turns most stored keys away at once.
 */
export class NearScan {
  private readonly byLength: string[][] = [];
  private unsure = false;

  add(key: string): void {
    if (SURROGATE.test(key)) this.unsure = true;
    const list = this.byLength[key.length];
    if (!list) this.byLength[key.length] = [key];
    else if (!list.includes(key)) list.push(key);
  }

  any(key: string): boolean {
    // Units and characters differ with surrogates, and the reasoning above counts characters.
    if (this.unsure || key.length < 3 || SURROGATE.test(key)) return true;
    const first = key.charCodeAt(0);
    const last = key.charCodeAt(key.length - 1);
    for (let n = key.length - 1; n <= key.length + 1; n++) {
      for (const k of this.byLength[n] ?? NONE) {
        if ((k.charCodeAt(0) === first || k.charCodeAt(n - 1) === last) && withinOneEditUnits(key, k)) return true;
      }
    }
    return false;
  }
}
