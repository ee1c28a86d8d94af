import type { IDBPDatabase } from 'idb';
import { type Report, type ReportStatus, StoredReport } from '../schemas/report';
import { reportsDb } from './db';
import type { ClaimCheckDB } from './db-schema';

export type StatusCounts = Record<ReportStatus, number>;

/**
 * Stores a newly filed report: `pending` when sync is on, else `local`. An existing id is kept.
 * The id is kept in lower case, as import does and the endpoint folds it: one report, one key.
 */
export async function addReport(given: Report, syncEnabled: boolean, now = new Date()): Promise<StoredReport> {
  const report = { ...given, id: given.id.toLowerCase() };
  const stored = StoredReport.parse({
    report,
    status: syncEnabled ? 'pending' : 'local',
    updatedAt: now.toISOString(),
    nextAttemptAt: syncEnabled ? now.getTime() : undefined,
    attempts: [],
  });
  const db = await reportsDb();
  const tx = db.transaction('reports', 'readwrite');
  const existing = await tx.store.get(report.id);
  if (!existing) await tx.store.add(stored);
  await tx.done;
  return existing ?? stored;
}

export async function getReport(id: string): Promise<StoredReport | undefined> {
  return (await reportsDb()).get('reports', id.toLowerCase());
}

/** Every report, newest first. */
export async function listReports(): Promise<StoredReport[]> {
  const all = await (await reportsDb()).getAllFromIndex('reports', 'createdAt');
  return all.reverse();
}

export async function countByStatus(): Promise<StatusCounts> {
  const db = await reportsDb();
  const tx = db.transaction('reports');
  const index = tx.store.index('status');
  const [local, pending, synced, rejected] = await Promise.all(
    (['local', 'pending', 'synced', 'rejected'] as const).map((s) => index.count(s)),
  );
  await tx.done;
  return { local: local ?? 0, pending: pending ?? 0, synced: synced ?? 0, rejected: rejected ?? 0 };
}

export async function deleteReports(ids: readonly string[]): Promise<void> {
  const db = await reportsDb();
  const tx = db.transaction('reports', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
}

/**
 * Switching sync on turns every `local` report into `pending` (sync-protocol.md); each sync
 * pass does it too (`db` given), for a local report that missed the switch.
 */
export async function promoteLocalToPending(now = Date.now(), given?: IDBPDatabase<ClaimCheckDB>): Promise<number> {
  const db = given ?? (await reportsDb());
  const tx = db.transaction('reports', 'readwrite');
  let n = 0;
  for (let cursor = await tx.store.index('status').openCursor('local'); cursor; cursor = await cursor.continue()) {
    await cursor.update({ ...cursor.value, status: 'pending', nextAttemptAt: now, updatedAt: new Date(now).toISOString() });
    n++;
  }
  await tx.done;
  return n;
}
