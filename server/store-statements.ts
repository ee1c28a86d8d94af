import type Database from 'better-sqlite3';
import type { StoredReportRow } from './store';

const ROW_COLUMNS = 'seq, id, received_at AS receivedAt, submitter, content';

/** Every statement the server runs, prepared once when the file is opened. */
export function prepareStatements(db: Database.Database) {
  return {
    // ON CONFLICT DO NOTHING: the first content stored for an id is the one that stays.
    insert: db.prepare<[string, string, string | null, string]>(
      'INSERT INTO reports (id, received_at, submitter, content) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
    ),
    byId: db.prepare<[string], StoredReportRow>(`SELECT ${ROW_COLUMNS} FROM reports WHERE id = ?`),
    exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM reports WHERE id = ?'),
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM reports'),
    maxSeq: db.prepare<[], { seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM reports'),
    afterSeq: db.prepare<[number, number], StoredReportRow>(
      `SELECT ${ROW_COLUMNS} FROM reports WHERE seq > ? ORDER BY seq LIMIT ?`,
    ),
    receivedSince: db.prepare<[string, number], StoredReportRow>(
      `SELECT ${ROW_COLUMNS} FROM reports WHERE received_at >= ? ORDER BY seq LIMIT ?`,
    ),
    newestBefore: db.prepare<[number, number], StoredReportRow>(
      `SELECT ${ROW_COLUMNS} FROM reports WHERE seq < ? ORDER BY seq DESC LIMIT ?`,
    ),
  };
}
