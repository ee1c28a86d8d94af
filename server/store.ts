import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';
import { prepareStatements } from './store-statements';

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
    // Short: every call blocks the event loop while it waits. A lock held longer (a backup, an
    // sqlite3 shell) answers 503 with Retry-After (storage-errors.ts) instead of stalling everyone.
    this.db.pragma('busy_timeout = 1000');
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

  /**
   * The same, one row at a time: a reader that stops early (a byte budget) never loads the
   * rest. No other statement may run on this connection until the loop ends or breaks.
   */
  iterateInReceivedOrder(
    from: { afterSeq: number } | { receivedSince: string },
    limit: number,
  ): IterableIterator<StoredReportRow> {
    return 'afterSeq' in from
      ? this.statements.afterSeq.iterate(from.afterSeq, limit)
      : this.statements.receivedSince.iterate(from.receivedSince, limit);
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

  /**
   * Folds the WAL back into the main file, so the closed file is complete on its own. The file
   * is closed even when that fails (a full disk): SQLite replays the WAL at the next open.
   */
  close(): void {
    if (!this.db.open) return;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}
