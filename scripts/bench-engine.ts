// npm run bench:engine: evaluations per second on 100,000 generated accounts, cold (every key
// new, so every verdict is computed) and warm (repeated keys, answered from the cache).
// The last line printed is one JSON object: {"coldPerSec","warmPerSec","p99Micros","heapMB"}.
import { availableParallelism, loadavg } from 'node:os';
import { createEngine, type EngineAccount } from '../utils/engine';
import { seededRandom } from '../utils/engine/seeded-random';
import type { VerificationKind } from '../utils/schemas/account';
import { DEFAULT_SETTINGS } from '../utils/schemas/settings';

const COUNT = 100_000;
const WARM_DISTINCT = 5_000;

const ZH_NAMES = ['小王', '阿杰', '老李', '小美', '大刘', '晓明', '思思', '阿强', '婷婷', '建国', '海军', '红梅', '志强', '丽丽'];
const ZH_TAILS = ['的日常', '生活记录', '爱美食', '去旅行', '读书笔记', '摄影', '健身打卡', '和猫', '搞笑视频', '听音乐', '', ''];
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
  '历史',
  '記者',
  '新華社',
];
const ZH_BIOS = [
  '分享生活点滴',
  '喜欢拍照和旅行',
  '三甲医院主任医师 在线问诊',
  '每天推荐牛股 加微信',
  '军迷一枚 模型爱好者',
  '本地新闻第一时间',
  '普通上班族',
  '考研党 加油',
  '',
];
const EN_FIRST = ['Alex', 'Sam', 'Jamie', 'Chris', 'Taylor', 'Jordan', 'Morgan', 'Casey', 'Riley', 'Drew'];
const EN_LAST = ['Smith', 'Lee', 'Garcia', 'Chen', 'Khan', 'Brown', 'Nguyen', 'Silva', 'Kim', 'Jones'];
const EN_TRIGGERS = ['News', 'Army', 'Police', 'Dr.', 'Lawyer', 'Reuters', 'Ministry of Health', 'fan', 'history', 'Navy vet'];
const EN_BIOS = [
  'Coffee, code and cats',
  'Forex signals, guaranteed returns. DM me',
  'Dad. Runner. Reader.',
  'Breaking news 24/7',
  'Parody account',
  'Photographer based in Lisbon',
  '',
];
const COPIES = ['人民日报', '人民曰报', '央视新闻', 'Reuters', 'Rеuters', 'CGTN', '东部战区', 'BBC Breaking News', '平安北京'];
const KINDS: VerificationKind[] = [
  'none',
  'none',
  'none',
  'none',
  'paid',
  'personal',
  'organization',
  'government',
  'media',
  'unknown',
];
const PLATFORMS = ['weibo', 'douyin', 'x', 'bilibili', 'youtube', 'wechat'] as const;

function generate(count: number, seed: number, keyPrefix: string): EngineAccount[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: EngineAccount[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rnd();
    const chinese = roll < 0.55;
    let displayName: string;
    if (roll > 0.95) displayName = pick(COPIES);
    else if (chinese) displayName = pick(ZH_NAMES) + (rnd() < 0.25 ? pick(ZH_TRIGGERS) : '') + pick(ZH_TAILS);
    else displayName = `${pick(EN_FIRST)} ${pick(EN_LAST)}${rnd() < 0.25 ? ` ${pick(EN_TRIGGERS)}` : ''}`;
    out.push({
      key: `${keyPrefix}:${i}`,
      platform: pick(PLATFORMS),
      handle: `${chinese ? 'user' : pick(EN_FIRST).toLowerCase()}_${Math.floor(rnd() * 1e7)}`,
      displayName,
      bio: chinese ? pick(ZH_BIOS) : pick(EN_BIOS),
      verification: { kind: pick(KINDS), ...(rnd() < 0.2 ? { label: chinese ? '某某科技有限公司' : 'Physician' } : {}) },
    });
  }
  // Accounts reach the engine through messaging (structured clone) or JSON: flat strings, not
  // the concatenation ropes built above.
  return JSON.parse(JSON.stringify(out)) as EngineAccount[];
}

function run(accounts: readonly EngineAccount[], evaluate: (a: EngineAccount) => unknown): number {
  const start = process.hrtime.bigint();
  for (const a of accounts) evaluate(a);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const engine = createEngine();
const evaluate = (a: EngineAccount) => engine.evaluate(a, DEFAULT_SETTINGS);
run(generate(20_000, 7, 'jit'), evaluate); // let the JIT settle before measuring

// Best of three runs: this machine is shared, and a busy neighbour only ever makes a run slower.
const ROUNDS = 3;
let coldSeconds = Number.POSITIVE_INFINITY;
let coldCpu = Number.POSITIVE_INFINITY;
for (let round = 0; round < ROUNDS; round++) {
  const cold = generate(COUNT, 10 + round, `cold${round}`);
  const cpu = process.cpuUsage();
  coldSeconds = Math.min(coldSeconds, run(cold, evaluate));
  const used = process.cpuUsage(cpu);
  coldCpu = Math.min(coldCpu, (used.user + used.system) / 1e6);
}

const distinct = generate(WARM_DISTINCT, 2, 'warm');
run(distinct, evaluate);
const warm = Array.from({ length: COUNT }, (_, i) => distinct[i % WARM_DISTINCT]!);
let warmSeconds = Number.POSITIVE_INFINITY;
for (let round = 0; round < ROUNDS; round++) warmSeconds = Math.min(warmSeconds, run(warm, evaluate));

// Latency of single cold evaluations, timed one by one on further new keys.
const timed = generate(COUNT, 3, 'timed');
const micros = new Float64Array(timed.length);
timed.forEach((a, i) => {
  const t = process.hrtime.bigint();
  evaluate(a);
  micros[i] = Number(process.hrtime.bigint() - t) / 1000;
});
micros.sort();

const result = {
  coldPerSec: Math.round(COUNT / coldSeconds),
  warmPerSec: Math.round(COUNT / warmSeconds),
  p99Micros: Math.round(micros[Math.floor(micros.length * 0.99)]! * 10) / 10,
  heapMB: Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10,
};
console.log(
  `cold: ${COUNT} new keys in ${(coldSeconds * 1000).toFixed(0)} ms wall (best of ${ROUNDS}); ${Math.round(COUNT / coldCpu)} per CPU-second`,
);
console.log(`warm: ${COUNT} evaluations over ${WARM_DISTINCT} keys in ${(warmSeconds * 1000).toFixed(0)} ms (best of ${ROUNDS})`);
console.log(
  `load average while running: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores`,
);
console.log(JSON.stringify(result));
