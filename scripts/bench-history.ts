/**
 * bench:history — the options page's data path over 10,000 reports in fake-indexeddb:
 * load everything, prepare it for filtering and build the first page (open), then each filter
 * and search the page offers. Prints a table, then one JSON line last.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { applyQuery, EMPTY_QUERY, type HistoryQuery, pageOf, toEntries } from '../utils/history/query';
import { weeklyCategoryCounts } from '../utils/history/weekly-chart';
import type { StoredReport } from '../utils/schemas/report';
import { reportsDb } from '../utils/store/db';

const N = 10_000;
const PAGE_SIZE = 50;
const RUNS = 5;
const STATUSES = ['local', 'pending', 'synced', 'rejected'] as const;
const CATEGORIES = ['military', 'public-institution', 'news-media', 'unqualified-advice', 'other'] as const;
const PLATFORMS = ['weibo', 'x', 'douyin', 'zhihu', 'bilibili'] as const;
const NAMES = [
  '中国人民解放军某部',
  'Ｂｒｅａｋｉｎｇ News',
  '张主任医师',
  'City Police',
  '某某日报',
  '执业律师李',
  'Dr. Health Tips',
];

function record(i: number): StoredReport {
  const at = new Date(Date.UTC(2026, 10, 28) - (i % 90) * 86_400_000 - i * 1000).toISOString();
  return {
    report: {
      id: crypto.randomUUID(),
      createdAt: at,
      platform: PLATFORMS[i % PLATFORMS.length]!,
      account: { displayName: `${NAMES[i % NAMES.length]} ${i}`, handle: `user_${i}`, verification: { kind: 'none' } },
      category: CATEGORIES[i % CATEGORIES.length]!,
      note: i % 3 === 0 ? `冒充官方账号，第 ${i} 条备注 / impersonation note ${i}` : undefined,
      pageUrl: 'https://weibo.com/',
      evidence: {
        signals: [{ code: 'military.unit-name', field: 'displayName', match: '某部' }],
        severity: 'high',
        rulesetVersion: '2026.11',
      },
      client: { name: 'claimcheck', version: '0.1.0' },
    },
    status: STATUSES[i % 4]!,
    updatedAt: at,
    attempts: [],
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void): number {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

/** loadAllReports()'s one call; history-queries itself pulls in wxt storage, which needs a browser. */
const loadAllReports = async () => (await reportsDb()).getAll('reports');

const db = await reportsDb();
const tx = db.transaction('reports', 'readwrite');
for (let i = 0; i < N; i++) void tx.store.put(record(i));
await tx.done;

// Open: what the page does before its first rows appear (load, prepare, sort, first page, chart).
const opens: number[] = [];
let entries = toEntries([]);
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  entries = toEntries(await loadAllReports());
  const first = pageOf(applyQuery(entries, EMPTY_QUERY), 0, PAGE_SIZE);
  weeklyCategoryCounts(
    entries.map((e) => e.stored.report),
    new Date(Date.UTC(2026, 10, 28)),
  );
  if (first.items.length !== PAGE_SIZE || first.total !== N) throw new Error('wrong first page');
  opens.push(performance.now() - t0);
}

// What the page paints first: the newest page straight from the createdAt index.
const firsts: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const newest: StoredReport[] = [];
  const rtx = db.transaction('reports');
  for (
    let c = await rtx.store.index('createdAt').openCursor(null, 'prev');
    c && newest.length < PAGE_SIZE;
    c = await c.continue()
  ) {
    newest.push(c.value);
  }
  pageOf(toEntries(newest), 0, PAGE_SIZE);
  firsts.push(performance.now() - t0);
}

const q = (over: Partial<HistoryQuery>) => ({ ...EMPTY_QUERY, ...over });
const filters: [string, HistoryQuery][] = [
  ['status', q({ status: 'rejected' })],
  ['category', q({ category: 'military' })],
  ['platform', q({ platform: 'x' })],
  ['date range', q({ from: '2026-10-01', to: '2026-10-31' })],
  ['all filters', q({ status: 'pending', category: 'news-media', platform: 'douyin', from: '2026-09-01', sort: 'oldest' })],
];
const searches: [string, HistoryQuery][] = [
  ['search 主任医师', q({ text: '主任医师' })],
  ['search full-width BREAKING', q({ text: 'ＢＲＥＡＫＩＮＧ' })],
  ['search handle user_99', q({ text: 'USER_99' })],
  ['search note words', q({ text: '冒充 impersonation' })],
];
// Changing the order sorts once (timed on a fresh copy, so nothing is cached); filters then reuse it.
const sorts = (['name', 'oldest', 'status'] as const).map((sort) => {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const fresh = entries.slice();
    const t0 = performance.now();
    applyQuery(fresh, q({ sort }));
    runs.push(performance.now() - t0);
  }
  return [`sort change to ${sort}`, median(runs)] as const;
});
applyQuery(entries, EMPTY_QUERY);
const rows: [string, number, number][] = [];
for (const [name, query] of [...filters, ...searches]) {
  let hits = 0;
  const ms = time(() => {
    hits = pageOf(applyQuery(entries, query), 0, PAGE_SIZE).total;
  });
  rows.push([name, ms, hits]);
}

console.log(`reports: ${N}, median of ${RUNS} runs`);
console.log(`first rows (newest ${PAGE_SIZE} from the createdAt index): ${median(firsts).toFixed(1)} ms`);
console.log(`open (load all + prepare + first page + chart): ${median(opens).toFixed(1)} ms`);
for (const [name, ms] of sorts) console.log(`${name.padEnd(28)} ${ms.toFixed(2).padStart(8)} ms`);
for (const [name, ms, hits] of rows) console.log(`${name.padEnd(28)} ${ms.toFixed(2).padStart(8)} ms  ${hits} hits`);
const worst = (list: [string, HistoryQuery][]) =>
  Math.max(...rows.filter((r) => list.some(([n]) => n === r[0])).map((r) => r[1]));
console.log(
  JSON.stringify({
    reports: N,
    openMs: Math.round(median(opens) * 10) / 10,
    filterMs: Math.round(worst(filters) * 100) / 100,
    searchMs: Math.round(worst(searches) * 100) / 100,
  }),
);
