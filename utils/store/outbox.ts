import type { IDBPDatabase } from 'idb';
import type { z } from 'zod';
import type { ReportStatus, StoredReport, SyncAttempt } from '../schemas/report';
import type { StatusWhy } from '../schemas/sync-run';
import type { ClaimCheckDB } from './db-schema';

/**
 * The sync outbox: queries over the `reports` store by `nextAttemptAt`, and small records in
 * `meta`. Only `pending` reports carry a `nextAttemptAt`, so the index holds exactly the outbox.
 */
export type OutboxDb = IDBPDatabase<ClaimCheckDB>;

/** The attempt log keeps the newest entries only (the schema allows 200; 20 tells the story). */
export const MAX_ATTEMPTS_LOGGED = 20;

/**
 * Pending reports whose time has come, oldest due first; `skip` leaves out ids already in flight
 * or tried. One getAll on the index is the fast path; a cursor walk is the fallback for when the
 * first rows are all skipped or (inconsistently) not pending.
 */
export async function dueReports(db: OutboxDb, now: number, limit: number, skip?: ReadonlySet<string>): Promise<StoredReport[]> {
  const range = IDBKeyRange.upperBound(now);
  const wanted = (r: StoredReport) => r.status === 'pending' && !skip?.has(r.report.id);
  const asked = limit + (skip?.size ?? 0);
  const rows = await db.getAllFromIndex('reports', 'nextAttemptAt', range, asked);
  const due = rows.filter(wanted);
  if (due.length >= limit || rows.length < asked) return due.slice(0, limit);
  const tx = db.transaction('reports');
  const out: StoredReport[] = [];
  for (let c = await tx.store.index('nextAttemptAt').openCursor(range); c && out.length < limit; c = await c.continue()) {
    if (wanted(c.value)) out.push(c.value);
  }
  await tx.done;
  return out;
}

/** When the earliest pending report becomes due, or undefined when nothing is pending. */
export async function earliestDue(db: OutboxDb): Promise<number | undefined> {
  const tx = db.transaction('reports');
  let at: number | undefined;
  for (let c = await tx.store.index('nextAttemptAt').openCursor(); c; c = await c.continue()) {
    if (c.value.status === 'pending') {
      at = c.value.nextAttemptAt;
      break;
    }
  }
  await tx.done;
  return at;
}

/**
 * A `pending` report without a time would never be found by `dueReports`: give it one. IndexedDB
 * leaves a row without `nextAttemptAt` out of the indexes on it, so there are unscheduled ones
 * exactly when the pending rows outnumber the pending rows of `pendingDue`. Two counts decide,
 * every pass; keys are read, and only the unscheduled reports themselves, when there is a fix.
 */
export async function scheduleUnscheduled(db: OutboxDb, now: number): Promise<number> {
  const tx = db.transaction('reports', 'readwrite');
  const pendingDue = IDBKeyRange.bound(['pending', -Infinity], ['pending', Infinity]);
  const [pendingCount, scheduledCount] = await Promise.all([
    tx.store.index('status').count('pending'),
    tx.store.index('pendingDue').count(pendingDue),
  ]);
  let fixed = 0;
  if (pendingCount > scheduledCount) {
    const scheduled = new Set(await tx.store.index('pendingDue').getAllKeys(pendingDue));
    for (const id of await tx.store.index('status').getAllKeys('pending')) {
      if (scheduled.has(id)) continue;
      const row = await tx.store.get(id);
      if (row?.status !== 'pending' || row.nextAttemptAt !== undefined) continue;
      await tx.store.put({ ...row, nextAttemptAt: now });
      fixed++;
    }
  }
  await tx.done;
  return fixed;
}

/** What one attempt did to one report. `pending` keeps it in the outbox until `nextAttemptAt`. */
export type ReportOutcome = {
  id: string;
  status: Exclude<ReportStatus, 'local'>;
  attempt: SyncAttempt;
  /** Attempts made before `attempt` in the same pass (the 413 that split its batch), logged first. */
  earlierAttempts?: SyncAttempt[];
  nextAttemptAt?: number;
  /** The report's new reason, as a code; absent leaves the old one (or drops it, once synced). */
  statusWhy?: StatusWhy;
  /** Only with `statusWhy`: the endpoint's or browser's own words behind it. */
  statusReason?: string;
};

/**
 * Writes outcomes in one transaction. A report the user deleted meanwhile is skipped, never
 * re-created; one that is no longer `pending` (settled by an earlier run) is left alone.
 */
export async function applyOutcomes(db: OutboxDb, outcomes: readonly ReportOutcome[], now: number): Promise<number> {
  const tx = db.transaction('reports', 'readwrite');
  const written = await Promise.all(
    outcomes.map(async (o) => {
      const current = await tx.store.get(o.id);
      if (current?.status !== 'pending') return 0;
      const next: StoredReport = {
        ...current,
        status: o.status,
        updatedAt: new Date(now).toISOString(),
        attempts: [...current.attempts, ...(o.earlierAttempts ?? []), o.attempt].slice(-MAX_ATTEMPTS_LOGGED),
      };
      // Settled reports leave the nextAttemptAt index, i.e. the outbox.
      if (o.status === 'pending') next.nextAttemptAt = o.nextAttemptAt ?? now;
      else delete next.nextAttemptAt;
      // Code and words are replaced together, so an earlier version's sentence never sits beside a code.
      if (o.statusWhy || o.status === 'synced') {
        delete next.statusWhy;
        delete next.statusReason;
      }
      if (o.statusWhy) next.statusWhy = o.statusWhy;
      if (o.statusWhy && o.statusReason) next.statusReason = o.statusReason.slice(0, 500);
      await tx.store.put(next);
      return 1;
    }),
  );
  await tx.done;
  return written.reduce<number>((a, b) => a + b, 0);
}

export async function countStatuses(db: OutboxDb): Promise<Record<ReportStatus, number>> {
  const tx = db.transaction('reports');
  const index = tx.store.index('status');
  const [local, pending, synced, rejected] = await Promise.all(
    (['local', 'pending', 'synced', 'rejected'] as const).map((s) => index.count(s)),
  );
  await tx.done;
  return { local: local ?? 0, pending: pending ?? 0, synced: synced ?? 0, rejected: rejected ?? 0 };
}

/** Reads a `meta` record through zod: a damaged or older record reads as absent. */
export async function readMeta<T>(db: OutboxDb, key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const row = await db.get('meta', key);
  const parsed = schema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function writeMeta(db: OutboxDb, key: string, value: unknown): Promise<void> {
  await db.put('meta', { key, value });
}

export async function deleteMeta(db: OutboxDb, key: string): Promise<void> {
  await db.delete('meta', key);
}
