import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { StoredReport } from '../schemas/report';
import type { SchemaShape } from './db-compat';

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
      /** [platform, the account's field]: only rows whose account has that field are in each. */
      accountId: [string, string];
      accountHandle: [string, string];
      accountUrl: [string, string];
      accountName: [string, string];
    };
  };
  /** Small records the sync engine keeps across worker restarts (its lock, its last run). */
  meta: { key: string; value: { key: string; value: unknown } };
}

/** The account fields a report is found by on its platform (upgrade step 3). */
export const ACCOUNT_INDEXES = [
  ['accountId', 'id'],
  ['accountHandle', 'handle'],
  ['accountUrl', 'profileUrl'],
  ['accountName', 'displayName'],
] as const;

type Upgrade = (
  db: IDBPDatabase<ClaimCheckDB>,
  tx: IDBPTransaction<ClaimCheckDB, StoreNames<ClaimCheckDB>[], 'versionchange'>,
) => void;

/**
 * Versioned schema: step i upgrades version i to i + 1, so a browser that skipped versions runs
 * every step in order. Never edit a released step (records written under it must stay readable):
 * add one.
 */
export const UPGRADES: Upgrade[] = [
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
  // The popup marks the flagged accounts that have a report from these keys alone
  // (reported-accounts.ts): reading the records would read every screenshot with them.
  (_db, tx) => {
    const reports = tx.objectStore('reports');
    for (const [name, field] of ACCOUNT_INDEXES) reports.createIndex(name, ['report.platform', `report.account.${field}`]);
  },
];

export const DB_VERSION = UPGRADES.length;

/**
 * What the steps above leave, and so what this build needs of a database a newer build made
 * (db-newer.test.ts holds it equal to a fresh database). Add to it with every step.
 */
export const DB_SCHEMA: SchemaShape = {
  reports: {
    keyPath: 'report.id',
    indexes: {
      createdAt: 'report.createdAt',
      status: 'status',
      category: 'report.category',
      platform: 'report.platform',
      nextAttemptAt: 'nextAttemptAt',
      pendingDue: ['status', 'nextAttemptAt'],
      accountId: ['report.platform', 'report.account.id'],
      accountHandle: ['report.platform', 'report.account.handle'],
      accountUrl: ['report.platform', 'report.account.profileUrl'],
      accountName: ['report.platform', 'report.account.displayName'],
    },
  },
  meta: { keyPath: 'key', indexes: {} },
};
