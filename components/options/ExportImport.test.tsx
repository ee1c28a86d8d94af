// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toEntries } from '../../utils/history/query';
import { type Lang, translator } from '../../utils/i18n';
import type { StoredReport } from '../../utils/schemas/report';
import { importReports } from '../../utils/store/history-queries';
import { reportReasonText } from '../../utils/sync/reason-text';
import { sampleReport } from '../../utils/testing/sample-report';
import { TranslateContext } from '../i18n';
import { freshHistoryStore } from '../report-history-test-page';
import { ExportImport } from './ExportImport';

const root = document.body.appendChild(document.createElement('div'));
beforeEach(freshHistoryStore);
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const stored = (over: Partial<StoredReport> = {}): StoredReport => ({
  report: sampleReport(),
  status: 'local',
  updatedAt: '2026-11-28T10:00:00.000Z',
  attempts: [],
  ...over,
});

/** Every file the page hands to the browser to download, with its name. */
function catchDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:claimcheck-test';
  });
  // The download itself (a click on a blob: link) is the browser's part.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: last! });
  });
  return files;
}

async function press(lang: Lang, listed: StoredReport[], button: string) {
  await act(() => {
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <ExportImport entries={toEntries(listed)} reload={async () => {}} />
      </TranslateContext.Provider>,
      root,
    );
  });
  const target = [...root.querySelectorAll('button')].find((b) => b.textContent === button)!;
  await act(() => target.click());
  await vi.waitFor(() => expect(root.querySelector('section')?.getAttribute('aria-busy')).toBe('false'));
  return root.querySelector('[role="alert"]')?.textContent;
}

describe('ExportImport', () => {
  it('says so, in the reader’s language, when the export cannot be built', async () => {
    // JSON.stringify throws here as it does past the engine's longest string on a huge history.
    const unserialisable = { ...stored(), size: 1n } as unknown as StoredReport;
    await importReports([unserialisable]);
    const shown = await press('zh_CN', [unserialisable], '导出 JSON');
    expect(shown).toMatch(/^导出失败，举报记录未受影响：.*BigInt/);
  });

  it('exports what is stored at the moment of the click, not what the page loaded earlier', async () => {
    const files = catchDownloads();
    const [shownEarlier, filedSince] = [stored(), stored()];
    await importReports([shownEarlier, filedSince]);
    expect(await press('en', [shownEarlier], 'Export JSON')).toBeUndefined();
    const text = await files[0]!.blob.text();
    expect(text).toContain(filedSince.report.id);
    expect(JSON.parse(text).reports).toHaveLength(2);
  });

  it('names the file by the local day, not the UTC one (01:30 in Shanghai is already 2 December)', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-01T17:30:00Z'));
      const files = catchDownloads();
      const one = stored();
      await importReports([one]);
      await press('en', [one], 'Export JSON');
      expect(files.map((f) => f.name)).toEqual(['claimcheck-reports-2026-12-02.json']);
    } finally {
      process.env.TZ = tz;
    }
  });
});

describe('ExportImport: CSV export', () => {
  it('words the status reasons in the page’s language, as the history table does', async () => {
    const files = catchDownloads();
    const waiting = stored({
      status: 'pending',
      statusWhy: { code: 'busy', httpStatus: 503, retryInMs: 30_000 },
      statusReason: 'busy',
    });
    await importReports([waiting]);
    const zh = reportReasonText(waiting, translator('zh_CN'));
    const en = reportReasonText(waiting, translator('en'));
    expect(zh).toMatch(/^接收端繁忙（503）/);

    expect(await press('zh_CN', [waiting], translator('zh_CN')('exportCsv'))).toBeUndefined();
    const csv = await files[0]!.blob.text();
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.split(',')).toContain('statusReason');
    expect(row).toContain(zh);
    expect(row).not.toContain(en);
  });

  it('leaves out a record too malformed to list, instead of failing the whole file', async () => {
    const files = catchDownloads();
    const good = stored();
    await importReports([good, { report: { id: crypto.randomUUID() } } as unknown as StoredReport]);
    expect(await press('en', [good], 'Export CSV')).toBeUndefined();
    const lines = (await files[0]!.blob.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(good.report.id);
  });

  it('says how many records the CSV file leaves out, and that the JSON export keeps them, in both languages', async () => {
    const files = catchDownloads();
    const good = stored();
    const broken = [1, 2].map(() => ({ report: { id: crypto.randomUUID() } }) as unknown as StoredReport);
    await importReports([good, ...broken]);
    const status = () => root.querySelector('[data-testid="transfer-status"]')?.textContent;
    for (const lang of ['en', 'zh_CN'] as const) {
      const t = translator(lang);
      expect(await press(lang, [good], t('exportCsv'))).toBeUndefined();
      expect(status()).toBe(t('exportCsvLeftOut', 2));
      expect(status()).toContain(t('exportJson'));
      expect(status()).toContain('2');
    }
    expect(files).toHaveLength(2);
    // The JSON export keeps them, and has nothing to say about it.
    expect(await press('en', [good], 'Export JSON')).toBeUndefined();
    expect(JSON.parse(await files[2]!.blob.text()).reports).toHaveLength(3);
    expect(status()).toBe('');
  });

  it('says nothing of left-out records when the CSV file has them all', async () => {
    catchDownloads();
    const good = stored();
    await importReports([good]);
    expect(await press('en', [good], 'Export CSV')).toBeUndefined();
    expect(root.querySelector('[data-testid="transfer-status"]')?.textContent).toBe('');
  });
});
