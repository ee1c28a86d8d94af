import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { StoredReport } from '../schemas/report';

export const DB_NAME = 'claimcheck';

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
      /** [status, nextAttemptAt]: only rows that have a nextAttemptAt are in it. */
      pendingDue: [string, number];
    };
  };
  /** Small records the sync engine keeps across worker restarts (its lock, its last run). */
  meta: { key: string; value: { key: string; value: unknown } };
}

let opened: Promise<IDBPDatabase<ClaimCheckDB>> | null = null;

/**
 * The one connection of this context (popup, options, worker); reopened if the browser closes it.
 * A failed open is not kept: an upgrade the disk refused (it rolls back) is tried again by the
 * next call, instead of failing every report until the worker restarts.
 */
export function reportsDb(): Promise<IDBPDatabase<ClaimCheckDB>> {
  if (opened) return opened;
  const opening: Promise<IDBPDatabase<ClaimCheckDB>> = openReportsDb().then(
    (db) => {
      db.addEventListener('close', () => {
        opened = null;
      });
      return db;
    },
    (error: unknown) => {
      if (opened === opening) opened = null;
      throw error;
    },
  );
  opened = opening;
  return opening;
}

/** Forgets the cached connection (tests swap in a fresh IndexedDB per test). */
export function closeReportsDb(): void {
  void opened?.then((db) => db.close());
  opened = null;
}

type Upgrade = (
  db: IDBPDatabase<ClaimCheckDB>,
  tx: IDBPTransaction<ClaimCheckDB, StoreNames<ClaimCheckDB>[], 'versionchange'>,
) => void;

/**
 * Versioned schema: step i upgrades version i to i + 1, so a browser that skipped versions runs
 * every step in order. Never edit a released step (records written under it must stay readable):
 * add one.
 */
const UPGRADES: Upgrade[] = [
  (db) => {
    const reports = db.createObjectStore('reports', { keyPath: 'report.id' });
    reports.createIndex('createdAt', 'report.createdAt');
    reports.createIndex('status', 'status');
    reports.createIndex('category', 'report.category');
    reports.createIndex('platform', 'report.platform');
    reports.createIndex('nextAttemptAt', 'nextAttemptAt');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // Rows without a nextAttemptAt stay out of it, so counting its 'pending' range tells, without
  // reading keys, whether a pending report lacks a due time (scheduleUnscheduled, every pass).
  (_db, tx) => tx.objectStore('reports').createIndex('pendingDue', ['status', 'nextAttemptAt']),
];

export const DB_VERSION = UPGRADES.length;

/** Opens (and upgrades) the database; `version` below the current one is for tests of the upgrade. */
export function openReportsDb(version = DB_VERSION): Promise<IDBPDatabase<ClaimCheckDB>> {
  return openDB<ClaimCheckDB>(DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) UPGRADES[v]?.(db, tx);
    },
    blocking() {
      // A newer version of the extension wants to upgrade: let it.
      closeReportsDb();
    },
  });
}
