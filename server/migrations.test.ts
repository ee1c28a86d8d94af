import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';
import { ReportStore } from './store';
import { makeReport } from './test-support';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-migrations-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file as the version 2 server left it: ids compared case-sensitively, so one UUID twice. */
function writeVersion2File(path: string, rows: { id: string; content: string }[]): void {
  const db = new Database(path);
  db.exec(MIGRATIONS[0]!);
  db.exec(MIGRATIONS[1]!);
  db.pragma('user_version = 2');
  const insert = db.prepare('INSERT INTO reports (id, received_at, submitter, content) VALUES (?, ?, NULL, ?)');
  for (const [index, row] of rows.entries()) insert.run(row.id, `2026-11-0${index + 1}T00:00:00.000Z`, row.content);
  db.close();
}

describe('migration 3: lower-case report ids', () => {
  it('keeps the first of a UUID stored twice in two cases, sets the later aside, and lower-cases the rest', () => {
    const twice = makeReport({ note: 'received first' });
    const mixed = makeReport();
    const path = join(dir, 'reports.db');
    writeVersion2File(path, [
      { id: twice.id.toUpperCase(), content: JSON.stringify({ ...twice, id: twice.id.toUpperCase() }) },
      { id: twice.id, content: JSON.stringify({ ...twice, note: 'received second' }) },
      { id: mixed.id.toUpperCase(), content: JSON.stringify(mixed) },
    ]);

    const store = new ReportStore(path);
    try {
      expect(store.count()).toBe(2);
      expect(store.get(twice.id)).toMatchObject({ seq: 1, id: twice.id });
      expect(JSON.parse(store.get(twice.id)!.content).note).toBe('received first');
      expect(store.get(mixed.id)).toMatchObject({ seq: 3, id: mixed.id });
      // A re-send in either case now finds the one row.
      expect(
        store.insertBatch([
          { id: twice.id.toUpperCase(), content: '{}' },
          { id: mixed.id, content: '{}' },
        ]),
      ).toEqual([]);
      expect(store.count()).toBe(2);
    } finally {
      store.close();
    }
    const db = new Database(path, { readonly: true });
    const setAside = db.prepare('SELECT seq, id FROM reports_case_duplicates').all();
    db.close();
    expect(setAside).toEqual([{ seq: 2, id: twice.id }]);
  });
});
