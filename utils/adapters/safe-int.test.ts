import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { safeInt } from './safe-int';

describe('safeInt', () => {
  it('takes what z.int() takes and nothing else', () => {
    const values = [0, 7, -3, Number.MAX_SAFE_INTEGER, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, '5', null, 1e21];
    expect(values.map((v) => safeInt().safeParse(v).success)).toEqual(values.map((v) => z.int().safeParse(v).success));
    expect(values.filter((v) => safeInt().safeParse(v).success)).toEqual([0, 7, -3, Number.MAX_SAFE_INTEGER]);
  });
});
