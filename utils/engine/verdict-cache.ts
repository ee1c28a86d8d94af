import type { Verdict } from '../schemas/verdict';

// Per slot: key, displayName, handle, bio, badge kind, badge label, verdict.
const STRIDE = 7;

/**
 * The engine's verdict cache: per account key, the fields the verdict was computed from and the
 * verdict, in two generations like GenerationalLru (reference-cache.ts, the cache it replaced).
 * Entries live in one flat array, one half per generation (no object per entry: the young GC
 * spent its time copying those on a feed of new accounts). Each generation finds its slots by
 * an open-addressing table of (hash, slot + 1) pairs in an Int32Array: a new key costs a probe
 * or two per table, where the Maps this replaces took four lookups, each a processor-cache miss
 * once they held thousands of keys.
 */
export class VerdictCache {
  private young: Int32Array;
  private old: Int32Array;
  private youngCount = 0;
  private oldCount = 0;
  /** The young generation's slots are youngBase .. youngBase + half - 1. */
  private youngBase = 0;
  private readonly half: number;
  private readonly mask: number;
  private readonly slots: unknown[];
  // Seeded per cache: keys come from pages, which must not be able to pile them into one chain.
  private readonly seed = (Math.random() * 0x100000000) | 0;

  constructor(capacity: number) {
    this.half = Math.max(1, Math.ceil(capacity / 2));
    // At most two thirds full: probes stay short and a table stays within 128 KB at 20,000 entries.
    let cells = 16;
    while (cells < this.half * 1.5) cells *= 2;
    this.mask = cells - 1;
    this.young = new Int32Array(cells * 2);
    this.old = new Int32Array(cells * 2);
    // Filled, not sparse: a holey or dictionary-mode array would cost more on every read.
    this.slots = new Array(this.half * 2 * STRIDE).fill(undefined);
  }

  private hash(key: string): number {
    let h = this.seed;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h ^ (h >>> 16);
  }

  /** The cell of table that holds key, or else the empty cell where it would go. */
  private find(table: Int32Array, key: string, hash: number): number {
    for (let cell = hash & this.mask; ; cell = (cell + 1) & this.mask) {
      const slot = table[cell * 2 + 1]!;
      if (slot === 0 || (table[cell * 2] === hash && this.slots[(slot - 1) * STRIDE] === key)) return cell;
    }
  }

  /** The verdict cached for key if it was computed from these same field values. */
  get(key: string, name: unknown, handle: unknown, bio: unknown, kind: unknown, label: unknown): Verdict | undefined {
    const hash = this.hash(key);
    let table = this.young;
    let cell = this.find(table, key, hash);
    if (table[cell * 2 + 1] === 0) {
      table = this.old;
      cell = this.find(table, key, hash);
      if (table[cell * 2 + 1] === 0) return undefined;
    }
    const s = this.slots;
    const at = (table[cell * 2 + 1]! - 1) * STRIDE;
    if (s[at + 1] !== name || s[at + 2] !== handle || s[at + 3] !== bio || s[at + 4] !== kind || s[at + 5] !== label) {
      return undefined;
    }
    const verdict = s[at + 6] as Verdict;
    // Found in the old generation and still in use: promote it, so the next switch keeps it.
    // (Its old entry stays, unreachable behind the young one, until the old table is dropped.)
    if (table === this.old) this.set(key, name, handle, bio, kind, label, verdict);
    return verdict;
  }

  set(key: string, name: unknown, handle: unknown, bio: unknown, kind: unknown, label: unknown, verdict: Verdict): void {
    const hash = this.hash(key);
    let cell = this.find(this.young, key, hash);
    let slot = this.young[cell * 2 + 1]! - 1;
    if (slot < 0) {
      if (this.youngCount >= this.half) {
        const dropped = this.old.fill(0);
        this.old = this.young;
        this.young = dropped;
        this.oldCount = this.youngCount;
        this.youngCount = 0;
        this.youngBase = this.half - this.youngBase;
        cell = hash & this.mask;
      }
      slot = this.youngBase + this.youngCount++;
      this.young[cell * 2] = hash;
      this.young[cell * 2 + 1] = slot + 1;
    }
    const at = slot * STRIDE;
    const s = this.slots;
    s[at] = key;
    s[at + 1] = name;
    s[at + 2] = handle;
    s[at + 3] = bio;
    s[at + 4] = kind;
    s[at + 5] = label;
    s[at + 6] = verdict;
  }

  clear(): void {
    this.young.fill(0);
    this.old.fill(0);
    this.youngCount = 0;
    this.oldCount = 0;
    this.youngBase = 0;
    // Let go of the accounts' strings and the verdicts now rather than when overwritten.
    this.slots.fill(undefined);
  }

  get size(): number {
    return this.youngCount + this.oldCount;
  }
}
