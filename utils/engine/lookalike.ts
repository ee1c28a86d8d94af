import { editLooksAlike, isShortCjk } from './cjk-lookalikes';
import { EdgeFilter, NearScan, withinOneEdit } from './edit-distance';
import { KeyFilter } from './key-filter';
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

function add(map: Map<string, OfficialAccount[]>, key: string, o: OfficialAccount): void {
  const list = map.get(key);
  if (list) list.push(o);
  else map.set(key, [o]);
}

/** Exact and one-edit (symmetric delete) lookup of folded names or handles. */
class KeyIndex {
  private readonly exact = new Map<string, OfficialAccount[]>();
  /**
   * The one-deletion forms, made when a key first gets past the filters in find: most pages never
   * show a name one edit from an official's (bench:page's 2,000 posts: none), and making them
   * was a few ms of every tab's start.
   */
  private deleted?: Map<string, OfficialAccount[]>;
  private readonly keyOf = new Map<OfficialAccount, string>();
  private readonly edges = new EdgeFilter();
  readonly filter = new KeyFilter();
  private readonly nearScan = new NearScan();

  add(key: string, o: OfficialAccount): void {
    if (key.length < 2) return;
    this.filter.add(key);
    this.nearScan.add(key);
    this.keyOf.set(o, key);
    add(this.exact, key, o);
    if (!nearAllowed(key)) return;
    this.edges.add(key);
  }

  find(key: string): { list: OfficialAccount[]; exact: boolean } | undefined {
    const exact = this.exact.get(key);
    if (exact) return { list: exact, exact: true };
    if (!nearAllowed(key)) return undefined;
    // Candidates share a one-deletion form with key; the check keeps only true one-edit pairs
    // (中国空军 and 中国军网 share 中国军 but are two edits apart).
    if (!this.edges.mayBeNear(key) || !this.nearScan.any(key)) return undefined;
    if (!this.deleted) {
      this.deleted = new Map();
      // keyOf keeps the order keys were added in, so lists come out as an eager index made them.
      for (const [o, k] of this.keyOf) if (nearAllowed(k)) for (const d of deletions(k)) add(this.deleted, d, o);
    }
    const deleted = this.deleted;
    const chars = [...key];
    const near = (list: OfficialAccount[] | undefined) => list?.filter((o) => this.isNear(chars, o)) ?? [];
    let found = near(deleted.get(key));
    for (const d of deletions(key)) {
      if (found.length > 0) break;
      found = [...near(this.exact.get(d)), ...near(deleted.get(d))];
    }
    return found.length > 0 ? { list: found, exact: false } : undefined;
  }

  /** One edit from the official's key; for a short Chinese key, an edit that looks like nothing changed. */
  private isNear(chars: readonly string[], o: OfficialAccount): boolean {
    const official = [...(this.keyOf.get(o) ?? '')];
    if (!withinOneEdit(chars, official)) return false;
    return !isShortCjk(official, chars) || editLooksAlike(chars, official);
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

  /** match(field, lookalikeKey(raw), platform), building the key only when some official key may meet it. */
  matchRaw(field: 'displayName' | 'handle', raw: string, platform: string): LookalikeMatch | undefined {
    const index = field === 'displayName' ? this.names : this.handles;
    if (!index.filter.mayMatch(raw)) return undefined;
    return this.match(field, lookalikeKey(raw), platform);
  }

  /** The official account a name (or handle) is equal or near to, preferring the same platform. */
  match(field: 'displayName' | 'handle', key: string, platform: string): LookalikeMatch | undefined {
    if (!key) return undefined;
    const found = (field === 'displayName' ? this.names : this.handles).find(key);
    if (!found) return undefined;
    for (const official of found.list) if (official.platform === platform) return { official, exact: found.exact };
    return { official: found.list[0]!, exact: found.exact };
  }
}

/** The account is the official one itself: same platform and the same handle or numeric id. */
export function isSameAccount(o: OfficialAccount, platform: string, handle: string | undefined, id: string | undefined): boolean {
  if (o.platform !== platform) return false;
  if (o.id && id && o.id === id) return true;
  return !!(o.handle && handle && o.handle.toLowerCase() === handle.replace(/^@/, '').toLowerCase());
}

// Every copied name would build the same description again: officials are few and fixed.
const DESCRIBED = new WeakMap<OfficialAccount, string>();

/** How a flag names the account it resembles. */
export function describeOfficial(o: OfficialAccount): string {
  let described = DESCRIBED.get(o);
  if (described === undefined) {
    described = `${o.name} (${o.platform}${o.handle ? ` @${o.handle}` : ''})`.slice(0, 200);
    DESCRIBED.set(o, described);
  }
  return described;
}
