// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../utils/history/json-transfer';
import { StoredReport, type SyncAttempt } from '../../utils/schemas/report';
import { reportsDb } from '../../utils/store/db';
import { importReports, loadAllReports } from '../../utils/store/history-queries';
import { engineHarness } from '../../utils/sync/testing/engine-harness';
import { json } from '../../utils/sync/testing/fake-endpoint';
import { makeReport } from '../../utils/sync/testing/fixtures';
import { LATIN, shownReasons, withoutDetail } from './testing/shown-reasons';

// A fresh IndexedDB per test (and an engine, for the one that syncs an old record).
const h = engineHarness('https://reports.example.org/claimcheck');

const at = '2026-11-28T10:00:00.000Z';
const endpoint = 'https://reports.example.org/claimcheck/v1/reports';
const tried = (outcome: SyncAttempt['outcome'], status?: number, error?: string): SyncAttempt => ({
  at,
  endpoint,
  ...(status ? { status } : {}),
  ...(error ? { error } : {}),
  outcome,
});

/** A record exactly as versions before reason codes stored it: English sentences, no codes. */
function oldRecord(n: number, status: 'pending' | 'rejected', reason: string | undefined, attempts: SyncAttempt[]) {
  return { report: makeReport(n), status, updatedAt: at, ...(reason ? { statusReason: reason } : {}), attempts };
}
/** [record, its status reason as the zh_CN page shows it, its attempts' reasons newest first]. */
const OLD: [ReturnType<typeof oldRecord>, string, string[]][] = [
  [
    oldRecord(0, 'pending', 'network error: fetch failed; retrying in 30 s', [
      tried('retry', undefined, 'network error: fetch failed'),
    ]),
    '无法连接接收端；30 秒后重试（fetch failed）',
    ['无法连接接收端（fetch failed）'],
  ],
  [
    oldRecord(1, 'pending', 'the endpoint is busy (503); retrying in 4 min', [
      tried('retry', 200, 'the endpoint did not answer for this report'),
      tried('retry', 503, 'the endpoint is busy (503)'),
    ]),
    '接收端繁忙（503）；4 分钟后重试',
    ['接收端繁忙（503）', '接收端未答复这条举报'],
  ],
  [
    oldRecord(2, 'pending', 'no complete answer within 15 s; retrying in 2 h', [
      tried('retry', undefined, 'request aborted'),
      tried('retry', undefined, 'answer larger than 1 MiB'),
      tried('retry', 200, 'the endpoint answered 200 with something that is not a batch result'),
      tried('retry', 404, 'the endpoint answered 404 (unexpected)'),
      tried('paused', 401, 'the endpoint refused the access token'),
      tried('retry', undefined, 'no complete answer within 15 s'),
    ]),
    '接收端未及时回复；2 小时后重试',
    [
      '接收端未及时回复',
      '接收端拒绝了访问令牌',
      '接收端返回状态码 404',
      '接收端的回复不是有效的批量结果',
      '接收端的回复过大',
      '接收端未及时回复',
    ],
  ],
  [
    oldRecord(3, 'rejected', 'the endpoint refused the batch (400)', [
      tried('rejected', 400, 'the endpoint refused the batch (400)'),
    ]),
    '接收端拒绝了整批举报',
    ['接收端拒绝了整批举报'],
  ],
  [
    oldRecord(4, 'rejected', 'too large for the endpoint (413)', [tried('rejected', 413, 'too large for the endpoint (413)')]),
    '举报过大，接收端无法接收',
    ['举报过大，接收端无法接收'],
  ],
  // The endpoint's own reason was stored as it was: it is still shown as it is.
  [
    oldRecord(5, 'rejected', 'endpoint said no', [tried('rejected', 200, 'endpoint said no')]),
    'endpoint said no',
    ['endpoint said no'],
  ],
  [oldRecord(6, 'pending', undefined, []), '', []],
];
const ENDPOINT_WORDS = new Set(['endpoint said no']);

function expectShown(records: readonly StoredReport[]) {
  expect(records).toHaveLength(OLD.length);
  const shown = shownReasons(records, 'zh_CN');
  for (const [record, reason, attempts] of OLD) {
    expect(shown.get(record.report.id)).toEqual({ row: reason, detail: reason, attempts });
    for (const text of [reason, ...attempts]) if (!ENDPOINT_WORDS.has(text)) expect(withoutDetail(text)).not.toMatch(LATIN);
  }
}

describe('reports stored before reason codes', () => {
  it('load from IndexedDB unchanged, and read in Chinese where the sentence was ours', async () => {
    const db = await reportsDb();
    for (const [record] of OLD) await db.put('reports', record as StoredReport);
    const loaded = await loadAllReports();
    expect(loaded.map((r) => StoredReport.safeParse(r).success)).toEqual(OLD.map(() => true));
    expect(loaded).toEqual(expect.arrayContaining(OLD.map(([record]) => record)));
    expectShown(loaded);
  });

  it('import from a JSON export of that time, and show the same', async () => {
    const file = JSON.stringify({ format: 'claimcheck-reports', version: 1, reports: OLD.map(([record]) => record) });
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.invalid).toEqual([]);
    expect(await importReports(parsed.valid.map((v) => v.record))).toMatchObject({ imported: OLD.length });
    expectShown(await loadAllReports());
  });

  it('take a new reason on their next attempt, old log entries kept', async () => {
    const record = OLD[0]![0];
    await (await reportsDb()).put('reports', { ...record, nextAttemptAt: h.clock.now() } as StoredReport);
    await h.engineFor(() => json(503, {})).engine.run();
    const [stored] = await loadAllReports();
    expect(stored).toMatchObject({ statusWhy: { code: 'busy', httpStatus: 503 } });
    expect(stored).not.toHaveProperty('statusReason');
    expect(shownReasons([stored!], 'zh_CN').get(record.report.id)).toEqual({
      row: '接收端繁忙（503）；30 秒后重试',
      detail: '接收端繁忙（503）；30 秒后重试',
      attempts: ['接收端繁忙（503）', '无法连接接收端（fetch failed）'],
    });
  });
});
