// @vitest-environment happy-dom
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../utils/i18n';
import type { StoredReport } from '../../utils/schemas/report';
import { closeReportsDb, reportsDb } from '../../utils/store/db';
import { loadHistoryReports } from '../../utils/store/history-load';
import { sampleReport } from '../../utils/testing/sample-report';
import { TranslateContext } from '../i18n';
import { ReportDetail } from './ReportDetail';

const SHOT = 'data:image/png;base64,iVBORw0KGgo=';

beforeEach(() => {
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => render(null, document.body));

const show = (stored: StoredReport) =>
  act(() =>
    render(
      <TranslateContext.Provider value={translator('en')}>
        <ReportDetail stored={stored} canRetry busy={false} onRetry={() => {}} onDelete={() => {}} onClose={() => {}} />
      </TranslateContext.Provider>,
      document.body,
    ),
  );

describe('ReportDetail: the screenshot of a report the history lists without it', () => {
  it('is read from the store when the details open', async () => {
    const report = sampleReport();
    report.evidence = { ...report.evidence, screenshot: SHOT };
    await (await reportsDb()).put('reports', { report, status: 'local', updatedAt: report.createdAt, attempts: [] });
    const [listed] = await loadHistoryReports();
    expect(listed!.report.evidence.screenshot).toBeUndefined();

    await show(listed!);
    await vi.waitFor(() => expect(document.querySelector('figure.screenshot img')?.getAttribute('src')).toBe(SHOT));
  });

  it('is not shown when the stored one is not an inline image, nor when there is none', async () => {
    const evil = sampleReport();
    (evil.evidence as { screenshot?: string }).screenshot = 'javascript:alert(1)';
    const plain = sampleReport();
    const db = await reportsDb();
    for (const report of [evil, plain])
      await db.put('reports', { report, status: 'local', updatedAt: report.createdAt, attempts: [] });
    for (const listed of await loadHistoryReports()) {
      await show(listed);
      await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
      expect(document.querySelectorAll('img')).toHaveLength(0);
      render(null, document.body);
    }
  });
});
