import { browser } from 'wxt/browser';
import type { StoredReport } from '../schemas/report';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { reportsDb } from './db';
import { saveSettings } from './settings';

// The options page's deletes: of chosen reports (with an Undo) and of all local data.

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
