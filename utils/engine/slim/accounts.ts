// Test-only: accounts for comparing the full and the slim engine (slim-tables.test.ts).
import type { VerificationKind } from '../../schemas/account';
import type { EngineAccount } from '../engine';
import { OFFICIAL_ACCOUNTS } from '../officials';
import { seededRandom } from '../seeded-random';
import type { BuiltTables } from './tables';

// The vocabulary of scripts/bench-engine.ts, with traditional and Cyrillic spellings added.
const ZH_NAMES = ['小王', '阿杰', '老李', '小美', '大刘', '晓明', '思思', '阿强', '婷婷', '建国', '海军', '红梅'];
const ZH_TRIGGERS = [
  '新闻',
  '医生',
  '律师',
  '公安局',
  '部队',
  '司令部',
  '理财',
  '荐股',
  '央视',
  '战区',
  '粉丝',
  '記者',
  '新華社',
  '軍區',
];
const ZH_BIOS = [
  '分享生活点滴',
  '三甲医院主任医师 在线问诊',
  '每天推荐牛股 加微信',
  '军迷一枚 模型爱好者',
  '本地新聞第一時間',
  '非官方 粉絲站',
  '',
];
const EN_NAMES = ['Alex Smith', 'Sam Lee', 'Jamie Garcia', 'Chris Chen', 'Taylor Khan', 'Jordan Brown'];
const EN_TRIGGERS = ['News', 'Army', 'Police', 'Dr.', 'Lawyer', 'Reuters', 'Ministry of Health', 'Nаvy vet', 'Pоlice', 'fan'];
const EN_BIOS = ['Forex signals, guaranteed returns. DM me', 'Breaking news 24/7', 'Parody account', 'Dad. Runner.', ''];
const LABELS = ['某某科技有限公司', '某某科技有限公司', '北京市公安局', '新華社', '執業醫師', 'Physician', '人民日報社', '醫院'];
const KINDS: VerificationKind[] = ['none', 'none', 'paid', 'personal', 'organization', 'government', 'media', 'unknown'];
const PLATFORMS = ['weibo', 'douyin', 'x', 'bilibili', 'youtube', 'wechat'] as const;

/** Characters whose entry the slim tables left out: the ones whose folds differ between the engines. */
export function droppedChars(full: BuiltTables, slim: BuiltTables): string[] {
  const out: string[] = [];
  for (const [map, kept] of [
    [full.t2s, slim.t2s],
    [full.prototype, slim.prototype],
  ] as const) {
    for (const cp of map.keys()) if (!kept.has(cp) && cp >= 0x80) out.push(String.fromCodePoint(cp));
  }
  return out;
}

/** For each character, its sources in the full tables (traditional forms, confusables). */
function variantsOf(full: BuiltTables): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const map of [full.t2s, full.prototype]) {
    for (const [cp, to] of map) {
      for (const target of new Set([to, to.toLowerCase()])) {
        const list = out.get(target) ?? [];
        list.push(String.fromCodePoint(cp));
        out.set(target, list);
      }
    }
  }
  return out;
}

/** Official names and handles with one character replaced by each of its variants, or by or with a dropped character. */
export function officialVariants(full: BuiltTables, dropped: readonly string[], seed: number): string[] {
  const rnd = seededRandom(seed);
  const variants = variantsOf(full);
  const out: string[] = [];
  for (const o of OFFICIAL_ACCOUNTS) {
    for (const name of [o.name, o.handle ?? '']) {
      const chars = [...name];
      chars.forEach((ch, i) => {
        const swap = (v: string) => out.push([...chars.slice(0, i), v, ...chars.slice(i + 1)].join(''));
        for (const v of [...(variants.get(ch) ?? []), ...(variants.get(ch.toLowerCase()) ?? [])]) swap(v);
        const d = dropped[Math.floor(rnd() * dropped.length)]!;
        swap(d);
        out.push([...chars.slice(0, i), d, ...chars.slice(i)].join(''));
      });
    }
  }
  return out;
}

export type KeyedAccount = EngineAccount & { key: string };

export function generateAccounts(
  count: number,
  names: readonly string[],
  dropped: readonly string[],
  seed: number,
): KeyedAccount[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // A dropped character somewhere in the text: it must change nothing.
  const salt = (s: string) => {
    if (rnd() < 0.6 || !s) return s;
    const at = Math.floor(rnd() * (s.length + 1));
    return s.slice(0, at) + pick(dropped) + s.slice(at);
  };
  const out: KeyedAccount[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rnd();
    const chinese = roll < 0.5;
    let displayName: string;
    if (roll > 0.5 && roll < 0.8) displayName = pick(names);
    else if (chinese) displayName = pick(ZH_NAMES) + (rnd() < 0.5 ? pick(ZH_TRIGGERS) : '');
    else displayName = `${pick(EN_NAMES)}${rnd() < 0.5 ? ` ${pick(EN_TRIGGERS)}` : ''}`;
    const handle = rnd() < 0.2 ? pick(names) : `${chinese ? 'user' : 'fan'}_${Math.floor(rnd() * 1e7)}`;
    out.push({
      key: `slim:${seed}:${i}`,
      platform: pick(PLATFORMS),
      handle: salt(handle),
      displayName: salt(displayName),
      bio: salt(chinese ? pick(ZH_BIOS) : pick(EN_BIOS)),
      verification: { kind: pick(KINDS), ...(rnd() < 0.3 ? { label: salt(pick(LABELS)) } : {}) },
    });
  }
  return out;
}
