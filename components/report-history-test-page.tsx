// The report history tests' page (imported by tests only): the options page's wiring around
// ReportHistory, over a fresh fake-indexeddb store per test.
import { IDBFactory } from 'fake-indexeddb';
import { useState } from 'preact/hooks';
import { fakeBrowser } from 'wxt/testing';
import { type HistoryEntry, toEntries } from '../utils/history/query';
import { type Lang, translator } from '../utils/i18n';
import type { StoredReport } from '../utils/schemas/report';
import { closeReportsDb } from '../utils/store/db';
import { loadAllReports } from '../utils/store/history-queries';
import { sampleReport } from '../utils/testing/sample-report';
import { TranslateContext } from './i18n';
import { ReportHistory } from './ReportHistory';

export const t = translator('en');

/** For beforeEach: an empty store and a fresh fake browser. */
export function freshHistoryStore(): void {
  fakeBrowser.reset();
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
}

/** A kept-locally report on `name`, filed `minute` minutes into 1 Nov 2026. */
export const historyRecord = (name: string, minute: number): StoredReport => ({
  report: sampleReport({
    createdAt: new Date(Date.UTC(2026, 10, 1, 0, minute)).toISOString(),
    account: { displayName: name, verification: { kind: 'none' } },
  }),
  status: 'local',
  updatedAt: '2026-11-01T00:00:00.000Z',
  attempts: [],
});

/**
 * The options page's wiring: entries read from the database, read again after each change;
 * `reloadMs` makes each reading take that long, as a long history does.
 */
export function HistoryPage({
  syncEnabled = false,
  reloadMs = 0,
  lang = 'en',
}: {
  syncEnabled?: boolean;
  reloadMs?: number;
  lang?: Lang;
}) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const reload = async () => {
    const all = await loadAllReports();
    if (reloadMs) await new Promise((resolve) => setTimeout(resolve, reloadMs));
    setEntries(toEntries(all));
  };
  if (entries === null) void reload();
  return (
    <TranslateContext.Provider value={lang === 'en' ? t : translator(lang)}>
      <ReportHistory entries={entries} complete={entries !== null} reload={reload} syncEnabled={syncEnabled} />
    </TranslateContext.Provider>
  );
}
