import Database from 'better-sqlite3';
import { ERROR_TEXT } from './error-text';

/** What a request that failed on the database file is told: 503, come back after Retry-After. */
export interface StorageFailure {
  error: string;
  retryAfterSeconds: number;
  /** For the log line: the operator has to act on a full disk, not on a moment's lock. */
  level: 'error' | 'warn';
}

/**
 * A full disk, an I/O error, a read-only file or a lock held by another process (a backup, an
 * sqlite3 shell) is the storage's state, not a bug: the client keeps its reports pending and
 * tries again after Retry-After (sync-protocol.md: "429, 503 | busy"), instead of backing off
 * longer with each failure as after a 500. A full disk leaves time to free space; a lock passes in seconds.
 */
export function storageFailure(error: unknown): StorageFailure | null {
  if (!(error instanceof Database.SqliteError)) return null;
  if (/^SQLITE_(BUSY|LOCKED)/.test(error.code)) {
    return { error: ERROR_TEXT.storageBusy, retryAfterSeconds: 10, level: 'warn' };
  }
  if (/^SQLITE_(FULL|IOERR|READONLY)/.test(error.code)) {
    return { error: ERROR_TEXT.storageFull, retryAfterSeconds: 120, level: 'error' };
  }
  return null;
}
