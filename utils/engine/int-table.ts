/**
 * A fixed-size open-addressing hash table from non-negative int32 keys to int32 values, for
 * the matcher's transitions: no boxing, no string hashing, one typed-array probe in the common
 * case. Built once; grows by rebuilding while patterns are added.
 */
export class IntTable {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private shift: number;
  private count = 0;

  constructor(capacity = 1024) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
  }

  private slot(key: number): number {
    // Fibonacci hashing takes the product's high bits: the low bits of a key (state * 65536 +
    // code unit) are just the code unit and would pile every state's 'x' into one run.
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      i &= this.mask;
      const k = this.keys[i]!;
      if (k === key || k === -1) return i;
      i++;
    }
  }

  /** The value for key, or -1. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i]! : -1;
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const i = this.slot(key);
    if (this.keys[i] !== key) this.count++;
    this.keys[i] = key;
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    const size = (this.mask + 1) * 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i]!, values[i]!);
  }
}
