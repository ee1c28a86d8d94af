// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../utils/history/json-transfer';
import { type Lang, translator } from '../../utils/i18n';
import type { StoredReport } from '../../utils/schemas/report';
import { importReports, loadAllReports } from '../../utils/store/history-queries';
import { sampleReport } from '../../utils/testing/sample-report';
import { TranslateContext } from '../i18n';
import { freshHistoryStore } from '../report-history-test-page';
import { ExportImport } from './ExportImport';
import { failWrites } from './testing/full-disk';

const root = document.body.appendChild(document.createElement('div'));
let freeDisk = () => {};
beforeEach(freshHistoryStore);
afterEach(() => {
  freeDisk();
  render(null, root);
});

const record = (): StoredReport => ({
  report: sampleReport(),
  status: 'local',
  updatedAt: '2026-11-28T10:00:00.000Z',
  attempts: [],
});
const exportFile = (reports: unknown[], name = 'export.json') =>
  new File([JSON.stringify({ format: 'claimcheck-reports', version: 1, reports })], name, { type: 'application/json' });
const input = () => root.querySelector<HTMLInputElement>('input[type="file"]')!;
const alertText = () => root.querySelector('[role="alert"]')?.textContent;
const summary = () => root.querySelector('[data-testid="import-summary"]')!;

function mount(lang: Lang = 'en') {
  return act(() =>
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <ExportImport entries={[]} reload={async () => {}} />
      </TranslateContext.Provider>,
      root,
    ),
  );
}

/** The user picks `files` in the file dialog. */
async function choose(...files: File[]) {
  await act(() => {
    Object.defineProperty(input(), 'files', { value: files, configurable: true });
    input().dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const done = () => vi.waitFor(() => expect(input().disabled).toBe(false));

describe('ExportImport: importing', () => {
  it('numbers a bad row as a report, not a line, and gives its id to search for (both languages)', async () => {
    const good = record();
    const bad = { ...record(), report: { ...record().report, id: 'not-a-uuid' } };
    for (const lang of ['en', 'zh_CN'] as const) {
      await mount(lang);
      await choose(exportFile([good, bad]));
      await done();
      const row = summary().querySelector('.invalid-rows li')?.textContent;
      expect(row).toMatch(
        lang === 'en' ? /^Report 2 \(id not-a-uuid\): report\.id: / : /^第 2 条（id not-a-uuid）：report\.id: /,
      );
    }
  });

  it('gives the size limit for a file over it, instead of calling an export "not an export"', async () => {
    await mount('zh_CN');
    const big = exportFile([record()]);
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 });
    await choose(big);
    await done();
    expect(alertText()).toBe(translator('zh_CN')('importTooLarge', 200));
    expect(alertText()).toMatch(/200 MB/);
    expect(alertText()).not.toMatch(/不是 ClaimCheck 导出文件/);
  });

  it('says so when the chosen file cannot be read any more (moved or deleted)', async () => {
    await mount();
    const gone = exportFile([record()]);
    gone.text = () => Promise.reject(new DOMException('The requested file could not be read.', 'NotReadableError'));
    await choose(gone);
    await done();
    expect(alertText()).toBe(translator('en')('importFailed', 'The requested file could not be read.'));
  });

  it('disables the file input and says "Importing…" while an import runs; a second file cannot start another', async () => {
    await mount();
    let release = () => {};
    const slow = exportFile([record()]);
    const text = slow.text.bind(slow);
    slow.text = () => new Promise((resolve) => (release = () => resolve(text())));
    const status = root.querySelector('[data-testid="transfer-status"]')!;
    expect(status.getAttribute('role')).toBe('status');
    await choose(slow);
    expect(input().disabled).toBe(true);
    expect(status.textContent).toBe('Importing…');
    expect(root.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    await act(() => release());
    await done();
    expect(status.textContent).toBe('');
    expect(summary().textContent).toContain('Imported 1, skipped 0 already here, 0 invalid.');
  });

  it('words a full disk with the catalogued advice, and imports nothing', async () => {
    await mount('zh_CN');
    freeDisk = failWrites('add');
    await choose(exportFile([record(), record()]));
    await done();
    expect(alertText()).toBe(translator('zh_CN')('storageFull'));
    freeDisk();
    expect(await loadAllReports()).toEqual([]);
  });

  it('imports the several files of a split export at once, one report per id across them', async () => {
    await mount();
    const [a, b, c] = [record(), record(), record()];
    await choose(exportFile([a, b], 'x-1.json'), exportFile([c, b, { nope: 1 }], 'x-2.json'), new File(['{'], 'notes.json'));
    await done();
    expect((await loadAllReports()).map((r) => r.report.id).sort()).toEqual([a, b, c].map((r) => r.report.id).sort());
    expect(summary().textContent).toContain('Imported 3, skipped 0 already here, 1 invalid.');
    expect(summary().textContent).toContain('1 row repeated an id');
    expect(summary().querySelector('.invalid-rows li')?.textContent).toMatch(/^x-2\.json, Report 3: /);
    expect(alertText()).toBe(`notes.json: ${translator('en')('importError_notJson')}`);
  });

  it('stops at the file a full disk refuses, naming it and the files not tried after it', async () => {
    const [a, b] = [record(), record()];
    await importReports([a]);
    await mount('zh_CN');
    freeDisk = failWrites('add');
    await choose(exportFile([a], 'x-1.json'), exportFile([b], 'x-2.json'), exportFile([record()], 'x-3.json'));
    await done();
    const zh = translator('zh_CN');
    expect(alertText()).toContain(zh('importFileError', 'x-2.json', zh('storageFull')));
    expect(alertText()).toContain(zh('importNotTried', 'x-3.json'));
    expect(summary().textContent).toContain(zh('importSummary', 0, 1, 0));
    freeDisk();
    expect((await loadAllReports()).map((r) => r.report.id)).toEqual([a.report.id]);
  });

  it('words its errors in the language the page has now, not the one it had when they came', async () => {
    await mount('en');
    freeDisk = failWrites('add');
    await choose(exportFile([record()], 'x-1.json'), exportFile([record()], 'x-2.json'));
    await done();
    const en = translator('en');
    expect(alertText()).toContain(en('importFileError', 'x-1.json', en('storageFull')));
    // The Language field applies at once: the same alert, re-worded.
    await mount('zh_CN');
    const zh = translator('zh_CN');
    expect(alertText()).toContain(zh('importFileError', 'x-1.json', zh('storageFull')));
    expect(alertText()).toContain(zh('importNotTried', 'x-2.json'));
    expect(alertText()).not.toContain(en('storageFull'));
  });

  it('words a bad row’s problem in the language the page has now', async () => {
    await mount('en');
    const broken = { ...record(), report: { ...record().report, id: 'not-a-uuid' } };
    await choose(exportFile([broken]));
    await done();
    const row = () => summary().querySelector('.invalid-rows li')?.textContent ?? '';
    expect(row()).toMatch(/^Report 1 \(id not-a-uuid\): report\.id: [^\u4e00-\u9fff]+$/);
    await mount('zh_CN');
    expect(row()).toMatch(/^第 1 条（id not-a-uuid）：report\.id: .*[\u4e00-\u9fff]/);
  });

  it('keeps the result region on the page before the result arrives, so that it is read out', async () => {
    await mount();
    const region = summary();
    expect(region.getAttribute('aria-live')).toBe('polite');
    await choose(exportFile([record()]));
    await done();
    expect(summary()).toBe(region);
    expect(region.textContent).toContain('Imported 1');
  });
});
