import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredReport } from '../schemas/report';
import { closeReportsDb } from '../store/db';
import { importReports, loadAllReports } from '../store/history-queries';
import { sampleReport } from '../testing/sample-report';
import { parseImport, reportsToJsonFiles } from './json-transfer';

beforeEach(() => {
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});

/** A JPEG data: URL of `chars` base64 characters (the schema checks the form, not the image). */
const jpeg = (chars: number) => `data:image/jpeg;base64,${'A'.repeat(chars)}`;
const stored = (): StoredReport => ({
  report: sampleReport(),
  status: 'local',
  updatedAt: '2026-11-28T12:00:00.000Z',
  attempts: [],
});

describe('JSON export of a large history', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never turns the whole history into one string', () => {
    const stringify = vi.spyOn(JSON, 'stringify');
    reportsToJsonFiles([stored(), stored()]);
    // One call per record (and the envelope's small values); the records never go in together.
    for (const [value] of stringify.mock.calls) expect(value).not.toHaveProperty('reports');
  });

  it('splits into files under the import limit, each a whole export, together holding every record', async () => {
    const records = [1, 2, 3].map(() => ({
      ...stored(),
      report: sampleReport({ evidence: { signals: [], screenshot: jpeg(600_000) } }),
    }));
    const files = reportsToJsonFiles(records, new Date(), 1_000_000);
    expect(files).toHaveLength(3);
    const back: StoredReport[] = [];
    for (const file of files) {
      expect(file.size).toBeLessThanOrEqual(1_000_000);
      const parsed = parseImport(await file.text());
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.invalid).toEqual([]);
      back.push(...parsed.valid.map((v) => v.record));
    }
    expect(back).toEqual(records);
    expect(reportsToJsonFiles(records, new Date(), 1_300_000)).toHaveLength(2);
  });
});

describe('JSON import: ids in another letter case', () => {
  it('are one report, as at the endpoint: in one file, and against what is stored', async () => {
    const record = stored();
    const upper = { ...record, report: { ...record.report, id: record.report.id.toUpperCase() } };
    const both = parseImport(JSON.stringify({ format: 'claimcheck-reports', version: 1, reports: [upper, record] }));
    if (!both.ok) throw new Error(both.error);
    expect(both.duplicateInFile).toEqual([2]);
    expect(both.valid[0]!.record.report.id).toBe(record.report.id);

    await importReports([record]);
    expect(await importReports([upper])).toMatchObject({ imported: 0, skipped: [upper.report.id] });
    expect((await loadAllReports()).map((r) => r.report.id)).toEqual([record.report.id]);
  });

  it('stores an upper-case id in lower case, so a later lower-case one is skipped', async () => {
    const record = stored();
    const upper = { ...record, report: { ...record.report, id: record.report.id.toUpperCase() } };
    await importReports([upper]);
    expect(await importReports([record])).toMatchObject({ imported: 0 });
    expect((await loadAllReports()).map((r) => r.report.id)).toEqual([record.report.id]);
  });
});
