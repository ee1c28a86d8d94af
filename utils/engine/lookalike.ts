import type { OfficialAccount } from './officials';
import { lookalikeKey } from './skeleton';

export interface LookalikeMatch {
  official: OfficialAccount;
  exact: boolean;
}

const MIN_HANDLE_KEY = 5;

/**
 * How long a key must be before one edit still counts as "near". Short names sit one edit from
 * ordinary words (BBC/BBQ, CNN/CNY); four Chinese characters already carry a name (人民日报/人民曰报).
 */
function nearAllowed(key: string): boolean {
  const length = key.length;
  if (length >= 6) return true;
  if (length < 4) return false;
  // Chinese, Japanese and Korean characters (U+2E80 on) carry a name in fewer characters.
  for (let i = 0; i < length; i++) if (key.charCodeAt(i) >= 0x2e80) return true;
  return false;
}

const HAS_SURROGATE = /[\ud800-\udfff]/;

function deletions(key: string): string[] {
  const out: string[] = [];
  if (!HAS_SURROGATE.test(key)) {
    for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
    return out;
  }
  const chars = [...key];
  for (let i = 0; i < chars.length; i++) out.push(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return out;
}

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
class EdgeFilter {
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

function add(map: Map<string, OfficialAccount[]>, key: string, o: OfficialAccount): void {
  const list = map.get(key);
  if (list) list.push(o);
  else map.set(key, [o]);
}

/** Exact and one-edit (symmetric delete) lookup of folded names or handles. */
class KeyIndex {
  private readonly exact = new Map<string, OfficialAccount[]>();
  private readonly deleted = new Map<string, OfficialAccount[]>();
  private readonly keyOf = new Map<OfficialAccount, string>();
  private readonly edges = new EdgeFilter();

  add(key: string, o: OfficialAccount): void {
    if (key.length < 2) return;
    this.keyOf.set(o, key);
    add(this.exact, key, o);
    if (!nearAllowed(key)) return;
    this.edges.add(key);
    for (const d of deletions(key)) add(this.deleted, d, o);
  }

  find(key: string): { list: OfficialAccount[]; exact: boolean } | undefined {
    const exact = this.exact.get(key);
    if (exact) return { list: exact, exact: true };
    if (!nearAllowed(key)) return undefined;
    // Candidates share a one-deletion form with key; the check keeps only true one-edit pairs
    // (中国空军 and 中国军网 share 中国军 but are two edits apart).
    if (!this.edges.mayBeNear(key)) return undefined;
    const chars = [...key];
    const near = (list: OfficialAccount[] | undefined) =>
      list?.filter((o) => withinOneEdit(chars, [...(this.keyOf.get(o) ?? '')])) ?? [];
    let found = near(this.deleted.get(key));
    for (const d of deletions(key)) {
      if (found.length > 0) break;
      found = [...near(this.exact.get(d)), ...near(this.deleted.get(d))];
    }
    return found.length > 0 ? { list: found, exact: false } : undefined;
  }
}

export class LookalikeIndex {
  private readonly names = new KeyIndex();
  private readonly handles = new KeyIndex();

  constructor(officials: readonly OfficialAccount[]) {
    for (const o of officials) {
      this.names.add(lookalikeKey(o.name), o);
      // Handles under five characters (AP, CNN, WHO, ABC) are everyday words and initials
      // elsewhere; the display name still catches a copied short name.
      const handleKey = o.handle ? lookalikeKey(o.handle) : '';
      if (handleKey.length >= MIN_HANDLE_KEY) this.handles.add(handleKey, o);
    }
  }

  /** The official account a name (or handle) is equal or near to, preferring the same platform. */
  match(field: 'displayName' | 'handle', key: string, platform: string): LookalikeMatch | undefined {
    if (!key) return undefined;
    const found = (field === 'displayName' ? this.names : this.handles).find(key);
    if (!found) return undefined;
    const official = found.list.find((o) => o.platform === platform) ?? found.list[0]!;
    return { official, exact: found.exact };
  }
}

/** The account is the official one itself: same platform and the same handle or numeric id. */
export function isSameAccount(o: OfficialAccount, platform: string, handle: string | undefined, id: string | undefined): boolean {
  if (o.platform !== platform) return false;
  if (o.id && id && o.id === id) return true;
  return !!(o.handle && handle && o.handle.toLowerCase() === handle.replace(/^@/, '').toLowerCase());
}

/** How a flag names the account it resembles. */
export function describeOfficial(o: OfficialAccount): string {
  return `${o.name} (${o.platform}${o.handle ? ` @${o.handle}` : ''})`.slice(0, 200);
}
