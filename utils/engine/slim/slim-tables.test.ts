import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../schemas/settings';
import type { Verdict } from '../../schemas/verdict';
import * as fullCharFold from '../char-fold';
import { loadCorpus } from '../corpus/load';
import * as fullEngine from '../engine';
import * as fullNormalize from '../normalize';
import * as fullSkeleton from '../skeleton';
import * as fullT2s from '../t2s';
import { droppedChars, generateAccounts, type KeyedAccount, officialVariants } from './accounts';
import SLIM_CONFUSABLES from './confusables.json';
import { coveredBySlimTables } from './cover';
import { FULL_RAW, foldDomains } from './domain';
import { equivalent } from './equivalence';
import { computeSlimFiles, readCommitted } from './files';
import HK from './t2s-hk-variants-rev';
import TS from './t2s-ts-characters';
import TW from './t2s-tw-variants-rev';
import { buildTables } from './tables';
import { labelOnlyDiffs } from './verdict-diff';

const full = { engine: fullEngine, normalize: fullNormalize, skeleton: fullSkeleton, charFold: fullCharFold, t2s: fullT2s };
type Modules = typeof full;
const SLIM_RAW = {
  confusables: SLIM_CONFUSABLES as Record<string, string>,
  tsCharacters: TS,
  twVariantsRev: TW,
  hkVariantsRev: HK,
};

/** A second copy of the engine whose data modules are the slim files, as the content script's build has it. */
async function loadSlim(): Promise<Modules> {
  vi.resetModules();
  vi.doMock('unhomoglyph/data.json', () => ({ default: SLIM_CONFUSABLES }));
  vi.doMock('opencc-js/dict/TSCharacters', () => ({ default: TS }));
  vi.doMock('opencc-js/dict/TWVariantsRev', () => ({ default: TW }));
  vi.doMock('opencc-js/dict/HKVariantsRev', () => ({ default: HK }));
  const [engine, normalize, skeleton, charFold, t2s] = await Promise.all([
    import('../engine'),
    import('../normalize'),
    import('../skeleton'),
    import('../char-fold'),
    import('../t2s'),
  ]);
  return { engine, normalize, skeleton, charFold, t2s };
}

// skeleton.ts foldCharSlow, from the module's exported steps: the fold of one NFKC-stable code point.
const stableFold = (m: Modules, ch: string) =>
  m.skeleton
    .skeleton(m.skeleton.skeleton(m.t2s.toSimplified(ch)).toLowerCase())
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

let slim: Modules;
let alphabet: ReadonlySet<number>;
let generated: ReturnType<typeof computeSlimFiles>;

beforeAll(async () => {
  generated = computeSlimFiles();
  alphabet = generated.alphabet;
  slim = await loadSlim();
}, 60_000);

describe('slim tables for the content script', () => {
  it('are what npm run slim-tables generates from the current rules and official accounts', () => {
    for (const [name, content] of Object.entries(generated.files)) {
      expect(readCommitted(name), `${name} is stale: run npm run slim-tables`).toBe(content);
    }
  });

  it('are loaded by the second engine copy (the mocks took effect)', () => {
    expect(full.t2s.toSimplified('龜')).toBe('龟');
    expect(slim.t2s.toSimplified('龜')).toBe('龜');
    expect(slim.normalize.normalizeForMatch('新聞 Nеws')).toBe('新闻 news');
  });

  it('fold every code point equivalently: the same, or one non-alphabet character of the same class', () => {
    const { starts, match, lookalike } = foldDomains();
    const bad: string[] = [];
    const check = (what: string, cp: number, a: string, b: string) => {
      if (!equivalent(a, b, alphabet)) bad.push(`${what} U+${cp.toString(16)}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    };
    for (const cp of starts) {
      const ch = String.fromCodePoint(cp);
      check('match', cp, full.normalize.normalizeForMatch(ch), slim.normalize.normalizeForMatch(ch));
      check('key', cp, full.skeleton.lookalikeKey(ch), slim.skeleton.lookalikeKey(ch));
    }
    // The per-character steps inside whole strings: foldChars on lower-cased NFKC characters,
    // foldCharSlow on NFKC characters (lookalikeKeyWhole).
    for (const cp of match) {
      const ch = String.fromCodePoint(cp);
      check('foldChars', cp, full.charFold.foldChars(ch), slim.charFold.foldChars(ch));
    }
    for (const cp of lookalike)
      check('foldChar', cp, stableFold(full, String.fromCodePoint(cp)), stableFold(slim, String.fromCodePoint(cp)));
    expect(starts.length).toBeGreaterThan(0xf000);
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it("decide alike whether a custom keyword is covered (the background decides on the full tables' form)", () => {
    const { starts } = foldDomains();
    const bad: string[] = [];
    let covered = 0;
    for (const cp of starts) {
      for (const word of [String.fromCodePoint(cp), `新闻 ${String.fromCodePoint(cp)}x`]) {
        const f = full.normalize.normalizeForMatch(word).trim();
        const s = slim.normalize.normalizeForMatch(word).trim();
        const fullSays = coveredBySlimTables(f);
        if (fullSays !== coveredBySlimTables(s) || (fullSays && f !== s))
          bad.push(`U+${cp.toString(16)} ${JSON.stringify([f, s])}`);
        if (fullSays) covered++;
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
    expect(covered).toBeGreaterThan(1000);
  });
});

function compareVerdicts(f: Verdict, s: Verdict, what: string): number {
  const result = labelOnlyDiffs(f, s, alphabet);
  if (result === undefined) expect(s, what).toEqual(f);
  return result ?? 0;
}

const PLATFORMS = ['weibo', 'douyin', 'x', 'bilibili', 'youtube', 'wechat'] as const;

function keywordSettings(seed: number): Settings {
  const chars = [...alphabet].map((cp) => String.fromCodePoint(cp)).filter((c) => /\p{Script=Han}/u.test(c));
  const words = ['news', 'army', 'dr', '新聞', '軍', '醫生'];
  for (let i = 0; i < 12; i++)
    words.push(chars[(seed * 31 + i * 97) % chars.length]! + chars[(seed * 17 + i * 53) % chars.length]!);
  const covered = words.filter((w) => coveredBySlimTables(slim.normalize.normalizeForMatch(w).trim()));
  expect(covered).toEqual(words);
  const [a, b, c, d] = [0, 1, 2, 3].map((k) => covered.filter((_, i) => i % 4 === k));
  return {
    ...DEFAULT_SETTINGS,
    revision: seed,
    sensitivity: 'high',
    customKeywords: { military: a!, 'public-institution': b!, 'news-media': c!, 'unqualified-advice': d! },
  };
}

describe('the slim engine against the full engine', () => {
  it('gives the same verdicts on the labelled corpus and on generated, traditional and confusable accounts', {
    timeout: 90_000,
  }, () => {
    const fullTables = buildTables(FULL_RAW);
    const dropped = droppedChars(fullTables, buildTables(SLIM_RAW));
    // Every 16th of the ~120,000 one-character variants keeps the test within seconds.
    const variants = officialVariants(fullTables, dropped, 5).filter((_, i) => i % 16 === 0);
    const accounts: KeyedAccount[] = [
      ...loadCorpus().map((e, i) => ({ ...e.account, key: `corpus:${i}` })),
      ...generateAccounts(12_000, variants, dropped, 11),
      ...variants.map((name, i) => ({
        key: `variant:${i}`,
        platform: PLATFORMS[i % 6]!,
        displayName: name,
        handle: name,
        verification: { kind: 'none' as const },
      })),
    ];
    const fullOne = full.engine.createEngine({
      onError: (e) => {
        throw e;
      },
    });
    const slimOne = slim.engine.createEngine({
      onError: (e) => {
        throw e;
      },
    });
    let flagged = 0;
    let labelDiffs = 0;
    // Default settings, and high sensitivity (more flags to compare) with custom keywords.
    for (const settings of [DEFAULT_SETTINGS, keywordSettings(2)]) {
      for (const a of accounts) {
        const f = fullOne.evaluate(a, settings);
        labelDiffs += compareVerdicts(f, slimOne.evaluate(a, settings), a.key);
        if (f.flags.length > 0) flagged++;
      }
    }
    console.log(
      `${accounts.length} accounts × 2 settings: ${flagged} flagged verdicts, ${labelDiffs} label strings equivalent but not equal`,
    );
    expect(accounts.length).toBeGreaterThan(19_000);
    expect(flagged).toBeGreaterThan(5_000);
  });
});
