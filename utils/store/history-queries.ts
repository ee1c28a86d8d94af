import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import type { SyncStatus } from '../schemas/messages';
import type { StoredReport } from '../schemas/report';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { reportsDb } from './db';
import { loadSettings, saveSettings } from './settings';

/** Every stored report, in key order (the history sorts it itself). */
export async function loadAllReports(): Promise<StoredReport[]> {
  return (await reportsDb()).getAll('reports');
}

/**
 * "Delete all local data" runs, counted so that an Undo held from before one cannot bring its
 * reports back after it: a wipe is a wipe. Counted in this page, and in `meta` for the other
 * pages (another options tab may hold an Undo); the stored count is best effort (see
 * deleteAllLocalData), the page's own always holds.
 */
const WIPES_KEY = 'localDataWipes';
let wipesHere = 0;
/** For each record handed out for an Undo, both counts when it was deleted. */
const deletedIn = new WeakMap<StoredReport, { here: number; stored: number }>();
const wipeListeners = new Set<() => void>();

async function storedWipes(meta: { get(key: string): Promise<{ value: unknown } | undefined> }): Promise<number> {
  const value = (await meta.get(WIPES_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}

/**
 * Calls `listener` after each "Delete all local data" of this page, so that what the page holds
 * of the deleted data (an Undo) goes too. Returns the function that stops it.
 */
export function onLocalDataDeleted(listener: () => void): () => void {
  wipeListeners.add(listener);
  return () => wipeListeners.delete(listener);
}

/** Deletes the reports and hands back what was deleted, so an "Undo" can put it back. */
export async function deleteReportsForUndo(ids: readonly string[]): Promise<StoredReport[]> {
  const db = await reportsDb();
  const tx = db.transaction(['reports', 'meta'], 'readwrite');
  const store = tx.objectStore('reports');
  const found = await Promise.all(ids.map((id) => store.get(id)));
  const deleted = found.filter((r): r is StoredReport => r !== undefined);
  const when = { here: wipesHere, stored: await storedWipes(tx.objectStore('meta')) };
  await Promise.all(deleted.map((r) => store.delete(r.report.id)));
  await tx.done;
  for (const r of deleted) deletedIn.set(r, when);
  return deleted;
}

/**
 * Undo: puts deleted records back unless the same id came back meanwhile (then that one stays),
 * or "Delete all local data" ran since they were deleted (then they stay deleted). Returns how
 * many were put back.
 */
export async function restoreReports(records: readonly StoredReport[]): Promise<number> {
  const db = await reportsDb();
  const tx = db.transaction(['reports', 'meta'], 'readwrite');
  const store = tx.objectStore('reports');
  const wipes = await storedWipes(tx.objectStore('meta'));
  let restored = 0;
  for (const r of records) {
    const when = deletedIn.get(r);
    if (when && (when.here !== wipesHere || when.stored !== wipes)) continue;
    if (await store.getKey(r.report.id)) continue;
    await store.add(r);
    restored++;
  }
  await tx.done;
  return restored;
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

/** Clears the reports and counts the wipe in one transaction: no other page's Undo slips in between. */
async function clearCounted(db: Awaited<ReturnType<typeof reportsDb>>): Promise<void> {
  const tx = db.transaction(['reports', 'meta'], 'readwrite');
  const done = tx.done;
  try {
    const meta = tx.objectStore('meta');
    await tx.objectStore('reports').clear();
    await meta.put({ key: WIPES_KEY, value: (await storedWipes(meta)) + 1 });
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Over already.
    }
    await done.catch(() => {});
    throw error;
  }
  await done;
}

/**
 * "Delete all local data": every report goes, settings return to their defaults (the background
 * then unregisters the sites the user added, extra-sites.ts), and half-written reports (session
 * drafts, which can hold a note and a screenshot) go too, and so does an Undo held from before
 * (onLocalDataDeleted, restoreReports). The sync engine's own records (its lock, its last run)
 * stay: clearing a lock under a running pass could let two passes send at once, and they hold no
 * report content.
 */
export async function deleteAllLocalData(): Promise<void> {
  const db = await reportsDb();
  try {
    await clearCounted(db);
  } catch (error) {
    // A full disk may refuse even the count's small write, and must not stop the delete that
    // frees it: then the reports go uncounted for other pages (this page's own count holds).
    await db.clear('reports');
    console.warn('ClaimCheck deleted all reports but could not count it for other pages', error);
  }
  wipesHere++;
  for (const listener of wipeListeners) listener();
  await saveSettings({ ...DEFAULT_SETTINGS });
  const session = await browser.storage.session.get(null);
  await browser.storage.session.remove(Object.keys(session).filter((key) => key.startsWith('draft:')));
}
