// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failureText } from '../utils/i18n/failure-text';
import type { StoredReport } from '../utils/schemas/report';
import { closeReportsDb } from '../utils/store/db';
import { importReports } from '../utils/store/history-queries';
import { TranslateContext } from './i18n';
import { ExportImport } from './options/ExportImport';
import { useReports } from './options/use-reports';
import { PAGE_SIZE, ReportHistory } from './ReportHistory';
import { freshHistoryStore, historyRecord as rec, t } from './report-history-test-page';

const root = document.body.appendChild(document.createElement('div'));
beforeEach(freshHistoryStore);
afterEach(() => render(null, root));

/** The options page's wiring of the history (entrypoints/options/App.tsx), without the rest. */
function Options() {
  const { entries, complete, loadError, unreadable, reload } = useReports(PAGE_SIZE);
  const loadFailure = loadError && failureText(t, 'loadFailed', loadError.error);
  return (
    <TranslateContext.Provider value={t}>
      {loadFailure && <p role="alert">{loadFailure}</p>}
      <ReportHistory
        entries={entries}
        complete={complete}
        reload={reload}
        syncEnabled={false}
        loadError={loadFailure || undefined}
        unreadable={unreadable}
      />
      {entries && complete && <ExportImport entries={entries} unreadable={unreadable} reload={reload} />}
    </TranslateContext.Provider>
  );
}

const text = () => root.textContent ?? '';
const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label);

describe('the history when the store cannot be read', () => {
  it('lists the other reports when one record is malformed, says how many it cannot show, and keeps export', async () => {
    await importReports([rec('Alpha', 1), { report: { id: crypto.randomUUID() } } as unknown as StoredReport, rec('Beta', 2)]);
    await act(() => render(<Options />, root));
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="history-row"]')).toHaveLength(2));
    // The first rows come from the newest-first read; the count comes with the full read after it.
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="history-unreadable"]')?.textContent).toBe(t('historyUnreadable', 1)),
    );
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(button(t('exportJson'))?.disabled).toBe(false);
  });

  it('stops saying "Loading reports…" when the read fails, shows why, and offers to try again', async () => {
    const open = vi.fn(() => {
      throw new DOMException('The database is gone.', 'UnknownError');
    });
    globalThis.indexedDB = { open } as unknown as IDBFactory;
    await act(() => render(<Options />, root));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^Could not read your reports: /));
    expect(text()).not.toContain(t('loading'));

    // The store is back (another tab freed it, the disk came back): one press reads it.
    freshHistoryStore();
    closeReportsDb();
    await importReports([rec('Alpha', 1)]);
    await act(() => button(t('tryAgain'))!.click());
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="history-row"]')).toHaveLength(1));
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });
});
