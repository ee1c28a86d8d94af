import type { Verdict } from '../schemas/verdict';

// Per slot: displayName, handle, bio, badge kind, badge label, verdict.
const STRIDE = 6;

/**
 * The engine's verdict cache: per account key, the fields the verdict was computed from and the
 * verdict, in two generations like GenerationalLru (reference-cache.ts, the cache it replaced). Entries live in one flat array,
 * one half per generation, and the maps hold slot numbers (small integers, no heap object): an
 * entry object per account was what the young-generation GC spent its time copying on a feed
 * of new accounts. Dropping the old generation only hands its half of the slots to the young.
 */
export class VerdictCache {
  private young = new Map<string, number>();
  private old = new Map<string, number>();
  /** The young generation's slots are youngBase .. youngBase + half - 1. */
  private youngBase = 0;
  private readonly half: number;
  private readonly slots: unknown[];

  constructor(capacity: number) {
    this.half = Math.max(1, Math.ceil(capacity / 2));
    // Filled, not sparse: a holey or dictionary-mode array would cost more on every read.
    this.slots = new Array(this.half * 2 * STRIDE).fill(undefined);
  }

  /** The verdict cached for key if it was computed from these same field values. */
  get(key: string, name: unknown, handle: unknown, bio: unknown, kind: unknown, label: unknown): Verdict | undefined {
    const young = this.young.get(key);
    const slot = young ?? this.old.get(key);
    if (slot === undefined) return undefined;
    const s = this.slots;
    const at = slot * STRIDE;
    if (s[at] !== name || s[at + 1] !== handle || s[at + 2] !== bio || s[at + 3] !== kind || s[at + 4] !== label) {
      return undefined;
    }
    const verdict = s[at + 5] as Verdict;
    if (young === undefined) {
      // Found in the old generation and still in use: promote it, so the next switch keeps it.
      this.old.delete(key);
      this.set(key, name, handle, bio, kind, label, verdict);
    }
    return verdict;
  }

  set(key: string, name: unknown, handle: unknown, bio: unknown, kind: unknown, label: unknown, verdict: Verdict): void {
    let slot = this.young.get(key);
    if (slot === undefined) {
      if (this.young.size >= this.half) {
        this.old = this.young;
        this.young = new Map();
        this.youngBase = this.half - this.youngBase;
      }
      // Keys are only ever added to the young map, so its size is the next free slot.
      slot = this.youngBase + this.young.size;
      this.young.set(key, slot);
    }
    const at = slot * STRIDE;
    const s = this.slots;
    s[at] = name;
    s[at + 1] = handle;
    s[at + 2] = bio;
    s[at + 3] = kind;
    s[at + 4] = label;
    s[at + 5] = verdict;
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
    this.youngBase = 0;
    // Let go of the accounts' strings and the verdicts now rather than when overwritten.
    this.slots.fill(undefined);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
