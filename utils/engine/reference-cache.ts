// Test-only: the engine's former verdict cache, kept as the reference VerdictCache
// (verdict-cache.ts) is compared with in scan-and-cache.test.ts. Nothing that ships imports it.

/**
 * A bounded cache with least-recently-used eviction approximated by two generations: hits in
 * the young map cost one Map.get; hits in the old map are promoted; when the young map is full
 * the old one is dropped whole. Exact LRU would reorder the Map on every hit, which costs more
 * than the lookups the warm path is made of.
 */
export class GenerationalLru<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.set(key, aged);
    }
    return aged;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.capacity / 2 && !this.young.has(key)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
