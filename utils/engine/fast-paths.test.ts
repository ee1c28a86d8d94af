import { describe, expect, it } from 'vitest';
import { LookalikeIndex } from './lookalike';
import { normalizeForMatch, normalizeWhole } from './normalize';
import { isPlainHan } from './normalize-fast';
import { OFFICIAL_ACCOUNTS } from './officials';
import { seededRandom } from './seeded-random';
import { lookalikeKey, lookalikeKeySlow } from './skeleton';

// Each fast path is checked against the slower path it stands in for, on strings built to
// reach every branch: confusables, full-width, traditional Chinese, invisibles, lone surrogates.
const POOL = [
  ...'abcxyzAQZ019mwIlrn _.-·新華社人民日报曰報东部戰区军ＣＣＴＶＲеuterѕСсΣσé\u0301\u200b\u200d\u202e\ufe0f\u3000\t한\u1100ßﬁİı⼈々★、—，．⠀!',
  '😀',
  '\ud800',
  '\udc00',
  'News',
  'Army',
  'Of',
];

/** Official names and handles, each also with one character inserted, removed, replaced or swapped. */
function nearOfficials(rnd: () => number): string[] {
  const out: string[] = [];
  for (const o of OFFICIAL_ACCOUNTS) {
    for (const text of [o.name, o.handle ?? '']) {
      if (!text) continue;
      out.push(text);
      const chars = [...text];
      const at = Math.floor(rnd() * chars.length);
      const extra = POOL[Math.floor(rnd() * POOL.length)]!;
      out.push([...chars.slice(0, at), extra, ...chars.slice(at)].join(''));
      out.push([...chars.slice(0, at), ...chars.slice(at + 1)].join(''));
      out.push([...chars.slice(0, at), extra, ...chars.slice(at + 1)].join(''));
      if (at + 1 < chars.length) out.push([...chars.slice(0, at), chars[at + 1], chars[at], ...chars.slice(at + 2)].join(''));
    }
  }
  return out;
}

function randomStrings(rnd: () => number, count: number): string[] {
  return Array.from({ length: count }, (_, n) => {
    let s = '';
    for (let i = 0; i < 1 + (n % 14); i++) s += POOL[Math.floor(rnd() * POOL.length)];
    return s;
  });
}

describe('fast paths agree with the paths they stand in for', () => {
  it('matchRaw (key filter, near scan) finds what match on the built key finds', () => {
    const index = new LookalikeIndex(OFFICIAL_ACCOUNTS);
    const rnd = seededRandom(11);
    const inputs = [...nearOfficials(rnd), ...randomStrings(rnd, 5000)];
    let found = 0;
    for (const raw of inputs) {
      for (const field of ['displayName', 'handle'] as const) {
        for (const platform of ['weibo', 'x']) {
          const expected = index.match(field, lookalikeKey(raw), platform);
          expect(index.matchRaw(field, raw, platform), JSON.stringify([raw, field])).toEqual(expected);
          if (expected) found++;
        }
      }
    }
    expect(found).toBeGreaterThan(500); // the inputs do reach the matching branches
  });

  it('normalizeForMatch (plain scans, slices of kept runs) equals the whole-string path', () => {
    const rnd = seededRandom(5);
    const inputs = [
      ...randomStrings(rnd, 8000),
      'MinistryOfDefence_Official',
      '_lead__trail_',
      'aBc',
      'ABc',
      'abC',
      '三甲医院主任医师 在线问诊',
      '新 華 社',
      '記者小王',
      'Alex Smith Dr.',
      'user_1234567',
      // Two spaces arise only from spaces and underscores side by side (normalize.ts splitWords).
      'a _b',
      'a_ b',
      'A__ B',
      '_ _',
      'x  Y',
    ];
    for (const s of inputs) expect(normalizeForMatch(s), JSON.stringify(s)).toBe(normalizeWhole(s));
  });

  it('on one-edit pairs, an index of one official gives the same answer either way', () => {
    const rnd = seededRandom(3);
    // 杜 looks like 社 and 丨 is stroke-like: short Chinese pairs reach the near branch too (cjk-lookalikes.ts).
    const letters = [...'abcab新华社杜丨'];
    let found = 0;
    for (let n = 0; n < 3000; n++) {
      const a = Array.from({ length: 3 + (n % 5) }, () => letters[Math.floor(rnd() * letters.length)]!);
      const b = [...a];
      const at = Math.floor(rnd() * b.length);
      const r = rnd();
      if (r < 0.3) b.splice(at, 1);
      else if (r < 0.6) b.splice(at, 0, letters[Math.floor(rnd() * letters.length)]!);
      else if (r < 0.8) b[at] = letters[Math.floor(rnd() * letters.length)]!;
      else b.reverse();
      const index = new LookalikeIndex([{ platform: 'x', name: b.join(''), category: 'news-media', source: 'test' }]);
      const expected = index.match('displayName', lookalikeKey(a.join('')), 'x');
      expect(index.matchRaw('displayName', a.join(''), 'x'), JSON.stringify([a, b])).toEqual(expected);
      if (expected) found++;
    }
    // Short Chinese pairs count only look-alike edits now, so fewer pairs match than the 1,000 once asked.
    expect(found).toBeGreaterThan(850);
  });
});

describe('CJK Unified Ideographs (fast paths skip the slow steps for most of them)', () => {
  it('each one of U+4E00-U+9FFF is Han, and normalizes and folds as the reference paths do', () => {
    let plain = 0;
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      const ch = String.fromCharCode(code);
      const at = `U+${code.toString(16)}`;
      if (!/^\p{Script=Han}$/u.test(ch)) expect.fail(`${at} is not Han`);
      // Two of them around a space: the match form drops a space between Han characters.
      const pair = `${ch} ${ch}`;
      if (normalizeForMatch(pair) !== normalizeWhole(pair))
        expect.fail(`${at}: ${normalizeForMatch(pair)} vs ${normalizeWhole(pair)}`);
      if (lookalikeKey(ch) !== lookalikeKeySlow(ch)) expect.fail(`${at}: ${lookalikeKey(ch)} vs ${lookalikeKeySlow(ch)}`);
      if (isPlainHan(code)) plain++;
    }
    expect(plain).toBeGreaterThan(15_000);
    expect(isPlainHan(0x8aaa)).toBe(false); // 說, traditional
  });
});
