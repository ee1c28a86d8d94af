import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

/** A report as the store returns it: the exact JSON that was accepted, and when. */
export interface StoredReportRow {
  /** Position in received order; the cursor of `GET /v1/reports`. */
  seq: number;
  id: string;
  receivedAt: string;
  /** Fingerprint of the token that sent it, or null when the server was open. */
  submitter: string | null;
  /** The report's JSON exactly as accepted (the client's item, re-serialised without whitespace). */
  content: string;
}

export interface ReportToStore {
  id: string;
  content: string;
}

/**
 * The form an id is stored and looked up in. Report ids are UUIDs, which RFC 9562 makes
 * case-insensitive: "3F25…" and "3f25…" are one report and must be stored once.
 */
export const canonicalReportId = (id: string): string => id.toLowerCase();

const ROW_COLUMNS = 'seq, id, received_at AS receivedAt, submitter, content';

/** Every statement the server runs, prepared once when the file is opened. */
function prepareStatements(db: Database.Database) {
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

/**
 * The reports database. Every call is synchronous (better-sqlite3), so a request that has
 * been answered has already committed: nothing accepted waits in memory.
 */
export class ReportStore {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly insertBatchTransaction: (reports: readonly ReportToStore[], submitter: string | null) => string[];

  constructor(path: string) {
    this.path = path;
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    try {
      migrate(this.db);
    } catch (error) {
      this.db.close();
      throw error;
    }
    // WAL: readers (the HTML page, GET /v1/reports, a backup) never block the writer.
    this.db.pragma('journal_mode = WAL');
    // FULL: a report answered 200 is never re-sent by the client, so it must survive a
    // power cut too, not just a crash of this process. One fsync per batch, not per report.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.statements = prepareStatements(this.db);
    this.insertBatchTransaction = this.db.transaction((reports, submitter) => {
      const receivedAt = new Date().toISOString();
      const newlyStored: string[] = [];
      for (const report of reports) {
        const id = canonicalReportId(report.id);
        if (this.statements.insert.run(id, receivedAt, submitter, report.content).changes > 0) newlyStored.push(id);
      }
      return newlyStored;
    });
  }

  /** Stores a batch in one transaction; returns the ids that were not stored before. */
  insertBatch(reports: readonly ReportToStore[], submitter: string | null = null): string[] {
    if (reports.length === 0) return [];
    return this.insertBatchTransaction(reports, submitter);
  }

  get(id: string): StoredReportRow | undefined {
    return this.statements.byId.get(canonicalReportId(id));
  }

  /** Whether the id is stored, without reading the report (a batch asks this per report). */
  has(id: string): boolean {
    return this.statements.exists.get(canonicalReportId(id)) !== undefined;
  }

  count(): number {
    return this.statements.count.get()!.n;
  }

  /** The newest cursor: where a reader that has seen everything continues from. */
  maxSeq(): number {
    return this.statements.maxSeq.get()!.seq;
  }

  /** Oldest first, after a cursor (seq) or from a time on (an ISO string in UTC). */
  listInReceivedOrder(from: { afterSeq: number } | { receivedSince: string }, limit: number): StoredReportRow[] {
    return 'afterSeq' in from
      ? this.statements.afterSeq.all(from.afterSeq, limit)
      : this.statements.receivedSince.all(from.receivedSince, limit);
  }

  /** Newest first, for the HTML page: the page before `beforeSeq`, or the newest page. */
  listNewestFirst(beforeSeq: number | null, limit: number): StoredReportRow[] {
    return this.statements.newestBefore.all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit);
  }

  /** Writes a consistent copy to `destination` while the server keeps running. */
  async backup(destination: string): Promise<void> {
    await this.db.backup(destination);
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  /** Folds the WAL back into the main file, so the closed file is complete on its own. */
  close(): void {
    if (!this.db.open) return;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
