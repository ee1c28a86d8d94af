import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { StoredReport } from '../schemas/report';

export const DB_NAME = 'claimcheck';
export const DB_VERSION = 1;

export interface ClaimCheckDB extends DBSchema {
  reports: {
    key: string;
    value: StoredReport;
    indexes: {
      createdAt: string;
      status: string;
      category: string;
      platform: string;
      nextAttemptAt: number;
    };
  };
  /** Small records the sync engine keeps across worker restarts (its lock, its last run). */
  meta: { key: string; value: { key: string; value: unknown } };
}

let opened: Promise<IDBPDatabase<ClaimCheckDB>> | null = null;

/** The one connection of this context (popup, options, worker); reopened if the browser closes it. */
export function reportsDb(): Promise<IDBPDatabase<ClaimCheckDB>> {
  opened ??= openReportsDb().then((db) => {
    db.addEventListener('close', () => {
      opened = null;
    });
    return db;
  });
  return opened;
}

/** Forgets the cached connection (tests swap in a fresh IndexedDB per test). */
export function closeReportsDb(): void {
  void opened?.then((db) => db.close());
  opened = null;
}

/**
 * Versioned schema: each step upgrades from the version before it, so a browser that skipped
 * versions runs every step in order.
 */
export function openReportsDb(): Promise<IDBPDatabase<ClaimCheckDB>> {
  return openDB<ClaimCheckDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const reports = db.createObjectStore('reports', { keyPath: 'report.id' });
        reports.createIndex('createdAt', 'report.createdAt');
        reports.createIndex('status', 'status');
        reports.createIndex('category', 'report.category');
        reports.createIndex('platform', 'report.platform');
        reports.createIndex('nextAttemptAt', 'nextAttemptAt');
        db.createObjectStore('meta', { keyPath: 'key' });
      }
    },
    blocking() {
      // A newer version of the extension wants to upgrade: let it.
      closeReportsDb();
    },
  });
}
