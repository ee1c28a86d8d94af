import type { StoredReport } from '../schemas/report';
import { wireCopy } from '../sync/batch';
import { reportsDb } from './db';

/**
 * Records read per request. A record read is its screenshot read (up to 512 KiB), and a history
 * holds thousands: read a batch, drop its screenshots, read the next, and the page never holds
 * more than one batch's.
 */
const BATCH = 100;

/**
 * The record without its screenshot (the report as sync sends it with screenshots off): the
 * history lists and filters by everything else. A malformed row is left as it is, to be counted.
 */
function withoutScreenshot(stored: StoredReport): StoredReport {
  if (stored?.report?.evidence?.screenshot === undefined) return stored;
  return { ...stored, report: wireCopy(stored.report, false) };
}

/**
 * Every stored report in key order, without screenshots (loadScreenshot reads one when its
 * details open). Export reads the records whole (loadAllReports).
 */
export async function loadHistoryReports(batch = BATCH): Promise<StoredReport[]> {
  const db = await reportsDb();
  const out: StoredReport[] = [];
  let after: string | undefined;
  for (;;) {
    const rows = await db.getAll('reports', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), batch);
    for (const row of rows) out.push(withoutScreenshot(row));
    if (rows.length < batch) return out;
    after = rows[rows.length - 1]!.report.id;
  }
}

/** The newest reports only, straight from the createdAt index, without screenshots: the first rows. */
export async function loadNewestReports(limit: number): Promise<StoredReport[]> {
  const tx = (await reportsDb()).transaction('reports');
  const out: StoredReport[] = [];
  for (let c = await tx.store.index('createdAt').openCursor(null, 'prev'); c && out.length < limit; c = await c.continue()) {
    out.push(withoutScreenshot(c.value));
  }
  await tx.done;
  return out;
}

/** One report's screenshot, read when its details open; undefined when it has none or is gone. */
export async function loadScreenshot(id: string): Promise<string | undefined> {
  return (await (await reportsDb()).get('reports', id))?.report?.evidence?.screenshot;
}
