// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toEntries } from '../../utils/history/query';
import { translator } from '../../utils/i18n';
import type { StoredReport } from '../../utils/schemas/report';
import { closeReportsDb, DB_NAME } from '../../utils/store/db';
import { importReports } from '../../utils/store/history-queries';
import { sampleReport } from '../../utils/testing/sample-report';
import { TranslateContext } from '../i18n';
import { freshHistoryStore } from '../report-history-test-page';
import { ExportImport } from './ExportImport';

const root = document.body.appendChild(document.createElement('div'));
beforeEach(freshHistoryStore);
afterEach(() => render(null, root));
const zh = translator('zh_CN');

const stored: StoredReport = { report: sampleReport(), status: 'local', updatedAt: '2026-11-28T10:00:00.000Z', attempts: [] };

/** The database as a newer build leaves it: one version up, without an index this build reads by. */
async function newerStoreWithoutStatusIndex(): Promise<void> {
  closeReportsDb();
  const open = (version?: number, upgrade?: (tx: IDBTransaction) => void) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, version);
      req.onupgradeneeded = () => upgrade?.(req.transaction!);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const current = await open();
  current.close();
  (await open(current.version + 1, (tx) => tx.objectStore('reports').deleteIndex('status'))).close();
}

async function exportJson(): Promise<string | undefined> {
  await act(() => {
    render(
      <TranslateContext.Provider value={zh}>
        <ExportImport entries={toEntries([stored])} reload={async () => {}} />
      </TranslateContext.Provider>,
      root,
    );
  });
  const target = [...root.querySelectorAll('button')].find((b) => b.textContent === '导出 JSON')!;
  await act(() => target.click());
  await vi.waitFor(() => expect(root.querySelector('section')?.getAttribute('aria-busy')).toBe('false'));
  return root.querySelector('[role="alert"]')?.textContent;
}

describe('ExportImport: a failure we know', () => {
  it('an export of a store made by a newer version says so in Chinese alone, not in the error’s two languages', async () => {
    await importReports([stored]);
    await newerStoreWithoutStatusIndex();
    const shown = await exportJson();
    expect(shown).toBe(zh('newerDatabase'));
    expect(shown).not.toMatch(/newer|database/i);
  });
});
