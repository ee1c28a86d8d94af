import { sendMessage } from '../messaging';
import type { SyncStatus } from '../schemas/messages';
import type { StoredReport } from '../schemas/report';
import { reportsDb } from './db';
import { loadSettings } from './settings';

/** Every stored report, in key order (the history sorts it itself). */
export async function loadAllReports(): Promise<StoredReport[]> {
  return (await reportsDb()).getAll('reports');
}

export interface ImportOutcome {
  imported: number;
  /** Ids already stored: left as they are, not overwritten. */
  skipped: string[];
  /** Imported as `local` while sync is on: queued to send (pending), as switching sync on does. */
  queued: number;
}

/**
 * Adds validated records in one transaction; an id already stored is skipped, never overwritten.
 * Ids are compared and stored in lower case, as the endpoint folds them: two spellings of one id
 * are one report. A file may give a time to a report that is not pending: only pending reports
 * carry one (outbox.ts), so it is dropped here rather than left for the outbox to trip over.
 */
export async function importReports(records: readonly StoredReport[], now = Date.now()): Promise<ImportOutcome> {
  // sync-protocol.md: `local` means filed while sync is off. With sync on, an imported local
  // report is queued like the rest, not left unsent until some later settings change.
  const queueLocal = (await loadSettings()).syncEnabled;
  const db = await reportsDb();
  const tx = db.transaction('reports', 'readwrite');
  const skipped: string[] = [];
  let imported = 0;
  let queued = 0;
  // Imported reports left pending (queued above, or pending in the file already): with sync on,
  // each is what a pass is for, and without one it waits for the next alarm.
  let leftPending = 0;
  // Every key, folded: one read, and it also finds a record stored in upper case before this rule.
  const have = new Set((await tx.store.getAllKeys()).map((k) => String(k).toLowerCase()));
  try {
    for (const given of records) {
      const id = given.report.id.toLowerCase();
      if (have.has(id)) skipped.push(given.report.id);
      else {
        have.add(id);
        const r = { ...given, report: { ...given.report, id } };
        const { nextAttemptAt, ...rest } = r;
        if (queueLocal && r.status === 'local') {
          await tx.store.add({ ...rest, status: 'pending', nextAttemptAt: now, updatedAt: new Date(now).toISOString() });
          queued++;
          leftPending++;
        } else {
          await tx.store.add(r.status === 'pending' && nextAttemptAt !== undefined ? { ...rest, nextAttemptAt } : rest);
          if (r.status === 'pending') leftPending++;
        }
        imported++;
      }
    }
  } catch (err) {
    // All or nothing: a failed request aborts the transaction itself, but an error of this code
    // between requests would otherwise let the rows added so far commit.
    tx.abort();
    await tx.done.catch(() => {});
    throw err;
  }
  await tx.done;
  // The background sends them at its next pass anyway; this one starts now (and gives the pending
  // reports of a file, due or not, a time: one without is scheduled by a pass, one due later gets
  // the alarm for its time). An ordinary pass, not "Sync now": an import is not the user asking to
  // override the endpoint's Retry-After or the backoff. Not sent is not lost.
  if (queueLocal && leftPending > 0) void sendMessage('syncSoon', {}).catch(() => {});
  return { imported, skipped, queued };
}

/**
 * Marks the reports due now (status pending) so the next sync pass sends them. The old outcome's
 * reason goes: a report waiting to sync must not still say why it was rejected.
 */
export async function markForRetry(ids: readonly string[], now = Date.now()): Promise<number> {
  const db = await reportsDb();
  const tx = db.transaction('reports', 'readwrite');
  let n = 0;
  for (const id of ids) {
    const r = await tx.store.get(id);
    if (!r || r.status === 'synced') continue;
    const { statusWhy: _why, statusReason: _reason, ...rest } = r;
    await tx.store.put({ ...rest, status: 'pending', nextAttemptAt: now, updatedAt: new Date(now).toISOString() });
    n++;
  }
  await tx.done;
  return n;
}

/** "Retry now": due now, then the background's sync pass (which sends even reports in backoff). */
export async function retryNow(ids: readonly string[]): Promise<SyncStatus> {
  await markForRetry(ids);
  return sendMessage('syncNow', {});
}
