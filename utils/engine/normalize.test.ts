import { describe, expect, it } from 'vitest';
import { BOUNDS, cutToBound, normalizeForMatch, normalizeWhole } from './normalize';
import { lookalikeKey, lookalikeKeySlow, skeleton } from './skeleton';
import { toSimplified, tradToSimpTable } from './t2s';

describe('normalizeForMatch', () => {
  it('applies NFKC: full-width letters become ASCII, compatibility ideographs become unified', () => {
    expect(normalizeForMatch('ＣＣＴＶ新闻')).toBe('cctv新闻');
    expect(normalizeForMatch('ＰＬＡ　Ｎａｖｙ')).toBe('pla navy');
    expect(normalizeForMatch('⼈民')).toBe('人民'); // U+2F08 KANGXI RADICAL MAN
  });

  it('removes zero-width characters, joiners, bidi controls, variation selectors and tag characters', () => {
    expect(normalizeForMatch('人民\u200b日\u200d报')).toBe('人民日报');
    expect(normalizeForMatch('\u202e警察\u202c\u2066')).toBe('警察');
    expect(normalizeForMatch('新闻\ufe0f\u{e0100}')).toBe('新闻');
    expect(normalizeForMatch('army\u{e0041}\u{e007f}')).toBe('army');
    expect(normalizeForMatch('po\u00adlice')).toBe('police'); // soft hyphen
  });

  it('folds case and collapses controls and runs of spaces', () => {
    expect(normalizeForMatch('BREAKING  News')).toBe('breaking news');
    expect(normalizeForMatch('Army\t\nCommand')).toBe('army command');
  });

  it('maps traditional to simplified Chinese with opencc-js data (新華社 meets 新华社)', () => {
    expect(normalizeForMatch('新華社')).toBe(normalizeForMatch('新华社'));
    expect(normalizeForMatch('國家稅務總局')).toBe('国家税务总局');
    expect(toSimplified('什么')).toBe('什么'); // simplified text is left alone
    expect(tradToSimpTable().size).toBeGreaterThan(2500);
  });

  it('maps Cyrillic and Greek letters that look Latin, so "СCTV News" reads as cctv news', () => {
    expect(normalizeForMatch('СCTV News')).toBe('cctv news');
    expect(normalizeForMatch('Rеuters')).toBe('reuters');
  });

  it('folds a capital homoglyph as the capital it imitates, before lower case loses it (reviewer #6)', () => {
    // Cyrillic А М, Greek Α Μ Υ Ι: their lower case (м, μ) has no Latin prototype, or another (υ → u).
    for (const [raw, folded] of [
      ['RED АRМY COMMAND', 'red army command'],
      ['ΑRΜΥ COMMAND', 'army command'],
      ['Strategic Мissile Fоrce', 'strategic missile force'],
      ['ΜΙSSΙLΕ ТНЕ', 'missile the'],
    ]) {
      expect(normalizeForMatch(raw!), raw).toBe(folded);
      expect(normalizeWhole(raw!), raw).toBe(folded);
    }
    // Lower-case letters keep their own prototype.
    expect(normalizeForMatch('υ')).toBe('u');
  });

  it('removes symbols, emoji, dashes, 、 and marks slipped between or onto Chinese characters (reviewer #7)', () => {
    for (const raw of ['公🚓安局', '公★安★局', '公•安•局', '公—安—局', '公、安、局', '公⠀安⠀局', '公👮\u200d♂️安局', '公́安́局́']) {
      expect(normalizeForMatch(raw), raw).toBe('公安局');
      expect(normalizeWhole(raw), raw).toBe('公安局');
    }
    expect(normalizeForMatch('央🔴视🔴主🔴播')).toBe('央视主播');
    // Latin words and a symbol beside one Chinese character keep their places.
    expect(normalizeForMatch('Army — Navy ★ news')).toBe('army — navy ★ news');
    expect(normalizeForMatch('好👍 café')).toBe('好👍 café');
  });

  it('removes separators slipped between Chinese characters but keeps real word breaks', () => {
    expect(normalizeForMatch('新 华 社')).toBe('新华社');
    expect(normalizeForMatch('新·华·社')).toBe('新华社');
    expect(normalizeForMatch('bbc news')).toBe('bbc news');
  });

  it('replaces lone surrogates instead of throwing', () => {
    expect(normalizeForMatch('\ud800警察\udfff')).toBe('\ufffd警察\ufffd');
  });

  it('cuts input to the stated bound without splitting a surrogate pair', () => {
    expect(normalizeForMatch('a'.repeat(BOUNDS.bio + 500)).length).toBe(BOUNDS.bio);
    const cut = cutToBound(`${'a'.repeat(9)}😀`, 10);
    expect(cut).toBe('a'.repeat(9));
  });

  it('table path and whole-string path agree on random mixed strings', () => {
    const pool = [
      ...'aZ 09.-_·・新華社人民日報ＣＣＴＶСсΣσé\u0301\u200b\u200d\u202e\ufe0f\u3000\t한\u1100\u1161ßﬁİı⼈々〇★、—，．⠀!ΜΥМ',
      '😀',
      '\ud800',
    ];
    let seed = 42;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 5000; n++) {
      let s = 'x';
      for (let i = 0; i < 1 + (n % 12); i++) s += pool[Math.floor(rnd() * pool.length)];
      expect(normalizeForMatch(s), JSON.stringify(s)).toBe(normalizeWhole(s));
    }
  });
});

describe('skeleton (UTS #39)', () => {
  it('maps confusable letters to their prototypes', () => {
    expect(skeleton('СCTV')).toBe(skeleton('CCTV'));
    expect(skeleton('PayPaI')).toBe('PayPal');
    expect(skeleton('m')).toBe('rn');
  });

  it('gives one lookalike key for copies that differ only in script, width, case or invisibles', () => {
    const key = lookalikeKey('CCTV News');
    for (const copy of ['СCTV News', 'ＣＣＴＶ ＮＥＷＳ', 'C\u200dCTV news', 'cctv_news']) expect(lookalikeKey(copy)).toBe(key);
    expect(lookalikeKey('人民日報')).toBe(lookalikeKey('人民日报'));
  });
});

describe('lookalikeKey', () => {
  it('the character-by-character path agrees with the reference on random mixed strings', () => {
    const pool = [
      ...'aZmI1l0 .-_新華社人民日報ＣＣＴＶСсΣσé\u0301\u200b\u200d\u202e\ufe0f\u3000한\u1100\u1161ßﬁİı⼈々〇㈱',
      '😀',
      '\ud800',
    ];
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 5000; n++) {
      let s = '';
      for (let i = 0; i < 1 + (n % 12); i++) s += pool[Math.floor(rnd() * pool.length)];
      expect(lookalikeKey(s), JSON.stringify(s)).toBe(lookalikeKeySlow(s));
    }
  });
});

describe('handle-shaped names', () => {
  it('reads camelCase and snake_case as words, so a claim written as a handle is still read', () => {
    expect(normalizeForMatch('MinistryOfDefence_Official')).toBe('ministry of defence official');
    expect(normalizeForMatch('@MinistryOfDefenseNews')).toBe('@ministry of defense news');
    expect(normalizeForMatch('DODnewsdesk')).toBe('dodnewsdesk');
    expect(normalizeWhole('police__dept')).toBe('police dept');
  });
});
