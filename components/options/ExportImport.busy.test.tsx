// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toEntries } from '../../utils/history/query';
import { type Lang, translator } from '../../utils/i18n';
import type { StoredReport } from '../../utils/schemas/report';
import { importReports, loadAllReports } from '../../utils/store/history-queries';
import { sampleReport } from '../../utils/testing/sample-report';
import { TranslateContext } from '../i18n';
import { freshHistoryStore } from '../report-history-test-page';
import { ExportImport } from './ExportImport';

/** While `held` is set, the export's read of the store waits for it: a large history, read slowly. */
const slowStore = vi.hoisted(() => ({ held: undefined as Promise<void> | undefined }));
vi.mock('../../utils/store/history-queries', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../utils/store/history-queries')>();
  return {
    ...real,
    loadAllReports: async () => {
      await slowStore.held;
      return real.loadAllReports();
    },
  };
});

const root = document.body.appendChild(document.createElement('div'));
let release = () => {};
beforeEach(async () => {
  await freshHistoryStore();
  // The download itself (a click on a blob: link) is the browser's part.
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:claimcheck-test');
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => {
  release();
  render(null, root);
  vi.restoreAllMocks();
});

const record = (): StoredReport => ({
  report: sampleReport(),
  status: 'local',
  updatedAt: '2026-11-28T10:00:00.000Z',
  attempts: [],
});
const exportFile = (reports: unknown[]) =>
  new File([JSON.stringify({ format: 'claimcheck-reports', version: 1, reports })], 'export.json', {
    type: 'application/json',
  });
const input = () => root.querySelector<HTMLInputElement>('input[type="file"]')!;
const status = () => root.querySelector('[data-testid="transfer-status"]')!.textContent;
const alertText = () => root.querySelector('[role="alert"]')?.textContent;
const idle = () => vi.waitFor(() => expect(root.querySelector('section')?.getAttribute('aria-busy')).toBe('false'));
const storedIds = async () => (await loadAllReports()).map((r) => r.report.id).sort();

async function mount(lang: Lang, listed: StoredReport[]) {
  await act(() =>
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <ExportImport entries={toEntries(listed)} reload={async () => {}} />
      </TranslateContext.Provider>,
      root,
    ),
  );
}

/** Presses "Export JSON" and leaves the export reading the store until `release()`. */
async function startSlowExport(lang: Lang) {
  slowStore.held = new Promise<void>((resolve) => {
    release = () => {
      slowStore.held = undefined;
      resolve();
    };
  });
  const label = translator(lang)('exportJson');
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === label)!;
  await act(() => button.click());
  expect(root.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
}

/** The user picks `files` (through the dialog, or however they reach the page's handler). */
async function choose(...files: File[]) {
  await act(() => {
    Object.defineProperty(input(), 'files', { value: files, configurable: true });
    input().dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('ExportImport: choosing a file while an export runs', () => {
  it('disables the file input and says "Exporting…" until the export ends; a file chosen after is imported', async () => {
    const here = record();
    await importReports([here]);
    await mount('en', [here]);
    await startSlowExport('en');
    expect(input().disabled).toBe(true);
    expect(status()).toBe('Exporting…');

    await act(() => release());
    await idle();
    expect(input().disabled).toBe(false);
    expect(status()).toBe('');
    const added = record();
    await choose(exportFile([added]));
    await idle();
    expect(await storedIds()).toEqual([here, added].map((r) => r.report.id).sort());
  });

  it('says a file that reaches it during the export was not imported, in the reader’s language, instead of dropping it silently', async () => {
    for (const lang of ['en', 'zh_CN'] as const) {
      await freshHistoryStore();
      const here = record();
      await importReports([here]);
      await mount(lang, [here]);
      await startSlowExport(lang);
      const late = record();
      await choose(exportFile([late]));
      const said = translator(lang)('importWhileBusy');
      expect(alertText()).toBe(said);
      expect(said).toMatch(lang === 'en' ? /^Not imported: .*choose the files again/ : /^未导入：.*[\u4e00-\u9fff]/);

      await act(() => release());
      await idle();
      // Still said once the export is over, and nothing was stored behind the reader's back.
      expect(alertText()).toBe(said);
      expect(await storedIds()).toEqual([here.report.id]);
      // Chosen again, it goes in; the message goes with the new import.
      await choose(exportFile([late]));
      await idle();
      expect(alertText()).toBeUndefined();
      expect(await storedIds()).toEqual([here, late].map((r) => r.report.id).sort());
    }
  });
});
