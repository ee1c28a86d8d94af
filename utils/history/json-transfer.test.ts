import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredReport } from '../schemas/report';
import { closeReportsDb } from '../store/db';
import { importReports, loadAllReports } from '../store/history-queries';
import { sampleReport } from '../testing/sample-report';
import { parseImport, reportsToJsonFiles } from './json-transfer';

/** The export as one text: tests' histories fit in one file. */
async function reportsToJson(records: readonly StoredReport[]): Promise<string> {
  const files = reportsToJsonFiles(records);
  expect(files).toHaveLength(1);
  return files[0]!.text();
}

beforeEach(() => {
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});

/** A JPEG data: URL of `chars` base64 characters (the schema checks the form, not the image). */
const jpeg = (chars: number) => `data:image/jpeg;base64,${'A'.repeat(chars)}`;

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function richRecords(): StoredReport[] {
  return [
    {
      report: sampleReport({
        note: '<script>alert(1)</script> 备注\u202Eevil',
        evidence: {
          signals: [{ code: 'x.y', field: 'bio', match: '主任医师' }],
          severity: 'medium',
          rulesetVersion: '2026.11.1',
          snippet: '片段',
          screenshot: PNG,
        },
      }),
      status: 'rejected',
      statusReason: 'endpoint said no',
      updatedAt: '2026-11-28T11:00:00.000Z',
      attempts: [
        {
          at: '2026-11-28T10:59:00.000Z',
          endpoint: 'https://e.example/v1/reports',
          status: 400,
          error: 'bad',
          outcome: 'rejected',
        },
      ],
    },
    {
      report: sampleReport({ platform: 'x', category: 'other' }),
      // Only a pending report carries a due time (outbox.ts); it round-trips with it.
      status: 'pending',
      updatedAt: '2026-11-28T12:00:00.000Z',
      nextAttemptAt: 1_800_000_000_000,
      attempts: [],
    },
  ];
}

describe('JSON export and import', () => {
  it('round-trips: export, then import into an empty database, gives identical records', async () => {
    const records = richRecords();
    const text = await reportsToJson(records);
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.invalid).toEqual([]);
    expect(await importReports(parsed.valid.map((v) => v.record))).toEqual({ imported: 2, skipped: [], queued: 0 });
    const back = await loadAllReports();
    const byId = (a: StoredReport, b: StoredReport) => a.report.id.localeCompare(b.report.id);
    expect(back.sort(byId)).toEqual(structuredClone(records).sort(byId));
    expect(JSON.parse(text)).toMatchObject({ format: 'claimcheck-reports', version: 1 });
  });

  it('skips ids already stored without overwriting them, and reports bad rows by number and id', async () => {
    const [first, second] = richRecords();
    await importReports([first!]);
    const changed = { ...first!, status: 'synced' as const };
    const broken = { ...second!, report: { ...second!.report, id: 'not-a-uuid' } };
    const text = JSON.stringify({ format: 'claimcheck-reports', version: 1, reports: [changed, broken, second, second, 42] });
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.invalid.map((r) => r.row)).toEqual([2, 5]);
    expect(parsed.invalid[0]).toMatchObject({ id: 'not-a-uuid', issue: { en: expect.stringMatching(/^report\.id: /) } });
    // A row that is not a record at all has no id and no path: zod's words alone, no English "(row)".
    expect(parsed.invalid[1]!.id).toBeUndefined();
    expect(parsed.invalid[1]!.issue.en).not.toMatch(/^\(row\)|^: /);
    expect(parsed.duplicateInFile).toEqual([4]);
    const outcome = await importReports(parsed.valid.map((v) => v.record));
    expect(outcome).toEqual({ imported: 1, skipped: [first!.report.id], queued: 0 });
    const kept = (await loadAllReports()).find((r) => r.report.id === first!.report.id);
    expect(kept?.status).toBe('rejected');
  });

  it('words a bad row’s problem in each UI language, Chinese in zod’s own words', () => {
    const [first] = richRecords();
    const broken = { ...first!, report: { ...first!.report, id: 'not-a-uuid' } };
    // The screenshot rule's own messages are English: they must not win over the page's language.
    const tooBig = {
      ...first!,
      report: { ...first!.report, evidence: { ...first!.report.evidence, screenshot: jpeg(700_000) } },
    };
    const notImage = {
      ...first!,
      report: { ...first!.report, evidence: { ...first!.report.evidence, screenshot: 'https://x.example/a.png' } },
    };
    const text = JSON.stringify({ format: 'claimcheck-reports', version: 1, reports: [broken, 42, tooBig, notImage] });
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error('envelope refused');
    const zh = parsed.invalid.map((r) => r.issue.zh_CN);
    const en = parsed.invalid.map((r) => r.issue.en);
    expect(zh[0]).toMatch(/^report\.id: .*UUID/);
    expect(zh[0]).toMatch(/[\u4e00-\u9fff]/);
    expect(zh[1]).toMatch(/[\u4e00-\u9fff]/);
    expect(parsed.invalid[2]).toMatchObject({ row: 3, id: first!.report.id });
    expect(zh[2]).toBe('report.evidence.screenshot: 截图大于 512 KiB。');
    expect(zh[3]).toBe('report.evidence.screenshot: 截图不是 JPEG 或 PNG 图片。');
    for (const issue of zh) expect(issue).not.toMatch(/larger than|must be/);
    for (const issue of en) expect(issue).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en[0]).toMatch(/^report\.id: /);
    expect(en[2]).toBe('report.evidence.screenshot: The screenshot is larger than 512 KiB.');
  });

  it('refuses a malformed file as a whole', () => {
    expect(parseImport('{not json')).toEqual({ ok: false, error: 'notJson' });
    expect(parseImport('[1,2]')).toEqual({ ok: false, error: 'notExport' });
    expect(parseImport('{"format":"claimcheck-reports","version":9,"reports":[]}')).toEqual({ ok: false, error: 'wrongVersion' });
    expect(parseImport('\uFEFF{"format":"claimcheck-reports","version":1,"reports":[]}')).toMatchObject({ ok: true, valid: [] });
  });

  it('keeps reason codes through export and import; an unknown code makes an invalid row', async () => {
    const [record] = richRecords();
    const coded: StoredReport = {
      ...record!,
      statusWhy: { code: 'batchRefused', httpStatus: 400 },
      statusReason: 'body must be {"reports":[...]}',
      attempts: [{ ...record!.attempts[0]!, code: 'batchRefused', error: 'body must be {"reports":[...]}' }],
    };
    const parsed = parseImport(await reportsToJson([coded]));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.valid.map((v) => v.record)).toEqual([coded]);
    expect(JSON.parse(await reportsToJson([coded]))).toMatchObject({ format: 'claimcheck-reports', version: 1 });
    // Like an unknown platform or category: reported by row number, never stored half-understood.
    const unknown = { ...coded, statusWhy: { code: 'fromTheFuture' } };
    const next = parseImport(JSON.stringify({ format: 'claimcheck-reports', version: 1, reports: [unknown] }));
    expect(next).toMatchObject({ ok: true, valid: [], invalid: [{ row: 1 }] });
  });
});
