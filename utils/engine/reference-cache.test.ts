import { describe, expect, it } from 'vitest';
import { GenerationalLru } from './reference-cache';

describe('GenerationalLru', () => {
  it('stays within its capacity, drops keys not used for a while, keeps keys in use', () => {
    const lru = new GenerationalLru<number>(100);
    lru.set('hot', -1);
    for (let i = 0; i < 1000; i++) {
      lru.set(`k${i}`, i);
      expect(lru.get('hot')).toBe(-1); // used on every round, so never evicted
      expect(lru.size).toBeLessThanOrEqual(100);
    }
    expect(lru.get('k0')).toBeUndefined();
    expect(lru.get('k999')).toBe(999);
  });

  it('clear forgets everything', () => {
    const lru = new GenerationalLru<number>(10);
    lru.set('a', 1);
    lru.clear();
    expect(lru.get('a')).toBeUndefined();
  });
});
