import { describe, expect, it } from 'vitest';
import type { StoredReport } from '../schemas/report';
import { sampleReport } from '../testing/sample-report';
import { applyQuery, EMPTY_QUERY, foldForSearch, type HistoryQuery, pageOf, toEntries } from './query';

function stored(over: Parameters<typeof sampleReport>[0], status: StoredReport['status'] = 'local'): StoredReport {
  return { report: sampleReport(over), status, updatedAt: '2026-11-28T10:00:00.000Z', attempts: [] };
}

const reports = [
  stored(
    {
      createdAt: '2026-11-01T08:00:00.000Z',
      account: { displayName: '火箭军司令部', handle: 'rocket_hq', verification: { kind: 'none' } },
      note: 'Fake COMMAND',
    },
    'synced',
  ),
  stored(
    {
      createdAt: '2026-11-10T08:00:00.000Z',
      platform: 'x',
      category: 'news-media',
      account: { displayName: 'Ｂｒｅａｋｉｎｇ News', verification: { kind: 'paid' } },
    },
    'pending',
  ),
  stored(
    {
      createdAt: '2026-11-20T08:00:00.000Z',
      category: 'unqualified-advice',
      account: { displayName: '张主任医师', verification: { kind: 'none' } },
      note: '推荐偏方',
    },
    'rejected',
  ),
  stored({
    createdAt: '2026-11-25T08:00:00.000Z',
    platform: 'douyin',
    account: { displayName: 'abc', verification: { kind: 'none' } },
  }),
];
const entries = toEntries(reports);
const q = (over: Partial<HistoryQuery>) =>
  applyQuery(entries, { ...EMPTY_QUERY, ...over }).map((e) => e.stored.report.account.displayName);

describe('history query', () => {
  it('lists everything newest first by default', () => {
    expect(q({})).toEqual(['abc', '张主任医师', 'Ｂｒｅａｋｉｎｇ News', '火箭军司令部']);
  });

  it('filters by status, category and platform, and combines them', () => {
    expect(q({ status: 'pending' })).toEqual(['Ｂｒｅａｋｉｎｇ News']);
    expect(q({ category: 'military' })).toEqual(['abc', '火箭军司令部']);
    expect(q({ platform: 'douyin' })).toEqual(['abc']);
    expect(q({ category: 'military', status: 'synced' })).toEqual(['火箭军司令部']);
    expect(q({ platform: 'x', status: 'local' })).toEqual([]);
  });

  it('filters by an inclusive local date range', () => {
    const day = (iso: string) => {
      const d = new Date(iso);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    expect(q({ from: day('2026-11-10T08:00:00.000Z'), to: day('2026-11-20T08:00:00.000Z') })).toEqual([
      '张主任医师',
      'Ｂｒｅａｋｉｎｇ News',
    ]);
    expect(q({ from: day('2026-11-25T08:00:00.000Z') })).toEqual(['abc']);
    expect(q({ to: day('2026-11-01T08:00:00.000Z') })).toEqual(['火箭军司令部']);
  });

  it('searches name, handle and note, ignoring case and character width', () => {
    expect(q({ text: 'breaking' })).toEqual(['Ｂｒｅａｋｉｎｇ News']);
    expect(q({ text: 'ＲＯＣＫＥＴ' })).toEqual(['火箭军司令部']);
    expect(q({ text: 'fake command' })).toEqual(['火箭军司令部']);
    expect(q({ text: '偏方' })).toEqual(['张主任医师']);
    expect(q({ text: '主任' })).toEqual(['张主任医师']);
    expect(q({ text: '司令部 nothing' })).toEqual([]);
    expect(foldForSearch('ＡＢＣ１２３')).toBe('abc123');
  });

  it('sorts by each key without changing the input', () => {
    expect(q({ sort: 'oldest' })[0]).toBe('火箭军司令部');
    const byName = q({ sort: 'name' });
    expect(byName.indexOf('abc')).toBeLessThan(byName.indexOf('Ｂｒｅａｋｉｎｇ News'));
    expect(byName).toHaveLength(4);
    expect(q({ sort: 'status' }).at(0)).toBe('abc');
    expect(q({ sort: 'platform' })).toEqual(['abc', '张主任医师', '火箭军司令部', 'Ｂｒｅａｋｉｎｇ News']);
    expect(entries[0]!.stored).toBe(reports[0]);
  });

  it('pages and clamps the page into range', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(items, 0, 10)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], page: 0, pageCount: 3, total: 23 });
    expect(pageOf(items, 2, 10).items).toEqual([20, 21, 22]);
    expect(pageOf(items, 9, 10).page).toBe(2);
    expect(pageOf([], 3, 10)).toEqual({ items: [], page: 0, pageCount: 1, total: 0 });
  });
});

describe('toEntries', () => {
  it('leaves out stored records it cannot list, instead of throwing on them and hiding every report', () => {
    const good = reports[0]!;
    const { account, ...noAccount } = good.report;
    const malformed: unknown[] = [
      null,
      { report: { id: crypto.randomUUID() } },
      { ...good, report: noAccount },
      { ...good, report: { ...good.report, account: { ...account, handle: 42 } } },
      { ...good, report: { ...good.report, evidence: {} } },
      { ...good, attempts: undefined },
    ];
    expect(toEntries([good, ...malformed, reports[1]!]).map((e) => e.stored)).toEqual([good, reports[1]]);
  });
});
