import { describe, expect, it } from 'vitest';
import type { AccountInput } from '../schemas/account';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { Verdict } from '../schemas/verdict';
import { createEngine } from './engine';
import { account, strictEngine, verdictOf } from './test-helpers';

describe('hostile and malformed input', () => {
  // Bounded work shown by what is read, not by a clock (timed tests flake on a loaded machine).
  it('reads a 10 MB bio only up to its bound: a claim before it counts, one after it is never reached', () => {
    const filler = 'x'.repeat(10 * 1024 * 1024);
    const early = verdictOf(account('Lin', { bio: `${'稳赚不赔 '.repeat(10)}${filler}` }));
    expect(early.flags.map((f) => f.category)).toEqual(['unqualified-advice']);
    expect(verdictOf(account('Lin', { bio: `${filler}${'稳赚不赔 '.repeat(10)}` })).flags).toEqual([]);
  });

  it('lone surrogates, control characters and NULs give a verdict', () => {
    expect(verdictOf(account('\ud800中国红军\u0000司令部\udc00', { bio: '\u0007\u001b[31m' })).flags[0]?.category).toBe(
      'military',
    );
    expect(verdictOf(account('\udfff'.repeat(500), { handle: '\u0000', bio: '\ud83d' })).flags).toEqual([]);
  });

  it('missing and mistyped fields give a verdict, not an exception', () => {
    const engine = strictEngine();
    const weird = [
      { platform: 'weibo', verification: { kind: 'none' } },
      { platform: 'weibo', displayName: 42, handle: {}, bio: [], verification: null },
      { platform: 'weibo', displayName: '司令部', verification: { kind: 'bogus', label: 7 } },
      { displayName: '司令部' },
    ] as unknown as AccountInput[];
    for (const a of weird) expect(Verdict.safeParse(engine.evaluate(a, DEFAULT_SETTINGS)).success).toBe(true);
    expect(engine.evaluate(weird[2]!, DEFAULT_SETTINGS).flags[0]?.category).toBe('military');
    expect(engine.evaluate(null as unknown as AccountInput, DEFAULT_SETTINGS).flags).toEqual([]);
  });

  it('an internal failure is reported to onError and still yields an empty verdict', () => {
    const errors: unknown[] = [];
    const engine = createEngine({ onError: (e) => errors.push(e) });
    const poisoned = {
      platform: 'weibo',
      get displayName(): string {
        throw new Error('getter exploded');
      },
      verification: { kind: 'none' },
    } as unknown as AccountInput;
    expect(engine.evaluate(poisoned, DEFAULT_SETTINGS).flags).toEqual([]);
    expect(errors).toHaveLength(1);
  });

  it('verdicts respect the schema limits: at most 20 reasons, match and args at most 200 characters', () => {
    const everything = `${'司令部 公安局 新华社 医生 律师 荐股 '.repeat(5)}${'军'.repeat(500)}`;
    const v = verdictOf(
      account(everything, { bio: `${everything} 粉丝 历史 学生 日常 老兵 游戏 恶搞 not a fan`, handle: 'x'.repeat(400) }),
    );
    for (const f of v.flags) {
      expect(f.reasons.length).toBeLessThanOrEqual(20);
      for (const r of f.reasons) expect((r.match ?? '').length).toBeLessThanOrEqual(200);
    }
  });
});
