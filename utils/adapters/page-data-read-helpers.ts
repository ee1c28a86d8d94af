import type { PageDataItem } from './page-data-protocol';

// The MAIN-world page-data readers' shared parts (dependency-free; see page-data-reader.ts).

export type Bag = Record<string, unknown>;
/** Items per answer, at most. */
export const MAX_ITEMS = 1_500;

/** What a reader has already read: elements, and page globals by object identity. */
export class ReadMarks {
  private readonly marks = new WeakSet<object>();
  /**
   * Objects let through in the current answer. Past MAX_ITEMS the rest stay unmarked, for a later
   * request: marked, they would be cut off the answer and never read again.
   */
  granted = 0;
  /** True the first time an object is seen, while the answer has room. */
  first(o: unknown): boolean {
    if (o === null || typeof o !== 'object' || this.granted >= MAX_ITEMS || this.marks.has(o)) return false;
    this.marks.add(o);
    this.granted++;
    return true;
  }
}

export function dig(value: unknown, path: (string | number)[]): Bag | undefined {
  let at: unknown = value;
  for (const step of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Bag)[step];
  }
  return at !== null && typeof at === 'object' ? (at as Bag) : undefined;
}

/** Collects sub-objects named `names` under a page global (Vue refs unwrapped), pruned. */
export function pick(value: unknown, names: string[], source: string, items: PageDataItem[], depth = 0): void {
  if (depth > 14 || value === null || typeof value !== 'object' || items.length >= MAX_ITEMS) return;
  const bag = unwrap(value);
  for (const [name, child] of Object.entries(bag)) {
    const inner = child !== null && typeof child === 'object' ? unwrap(child) : undefined;
    if (inner && names.includes(name) && !Array.isArray(inner)) items.push({ type: 'picked', source, name, value: prune(inner) });
    if (inner) pick(inner, names, source, items, depth + 1);
  }
}

/** Vue 3 refs in Xiaohongshu's state hold the value in `_rawValue`/`_value` (public userscripts). */
function unwrap(value: object): Bag {
  const bag = value as Bag;
  const raw = bag._rawValue ?? bag._value;
  return raw !== null && typeof raw === 'object' ? (raw as Bag) : bag;
}

/** A JSON-safe copy: depth 5, 60 keys, 40 array items, strings ≤ 2,000 chars, ≤ 2,000 values in all. */
export function prune(value: unknown, depth = 0, budget = { left: 2_000 }): Bag {
  const out: Bag = {};
  for (const [key, child] of Object.entries(unwrap(value as object)).slice(0, 60)) {
    if (--budget.left < 0) break;
    out[key] = pruneValue(child, depth + 1, budget);
  }
  return out;
}

function pruneValue(value: unknown, depth: number, budget: { left: number }): unknown {
  if (typeof value === 'string') return value.slice(0, 2_000);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (typeof value !== 'object' || depth > 5 || budget.left <= 0) return undefined;
  if (Array.isArray(value)) return value.slice(0, 40).map((v) => pruneValue(v, depth + 1, budget));
  if (typeof Node !== 'undefined' && value instanceof Node) return undefined;
  return prune(value, depth, budget);
}
