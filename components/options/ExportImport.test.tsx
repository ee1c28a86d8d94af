// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toEntries } from '../../utils/history/query';
import { type Lang, translator } from '../../utils/i18n';
import type { StoredReport } from '../../utils/schemas/report';
import { reportReasonText } from '../../utils/sync/reason-text';
import { sampleReport } from '../../utils/testing/sample-report';
import { TranslateContext } from '../i18n';
import { ExportImport } from './ExportImport';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

async function press(lang: Lang, reports: StoredReport[], button: string) {
  await act(() => {
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <ExportImport entries={toEntries(reports)} reload={async () => {}} />
      </TranslateContext.Provider>,
      root,
    );
  });
  const target = [...root.querySelectorAll('button')].find((b) => b.textContent === button)!;
  await act(() => target.click());
  return root.querySelector('[role="alert"]')?.textContent;
}

describe('ExportImport', () => {
  it('says so, in the reader’s language, when the export cannot be built', async () => {
    // JSON.stringify throws here as it does past the engine's longest string on a huge history.
    const unserialisable = { report: sampleReport(), status: 'local', size: 1n } as unknown as StoredReport;
    const shown = await press('zh_CN', [unserialisable], '导出 JSON');
    expect(shown).toMatch(/^导出失败，举报记录未受影响：.*BigInt/);
  });
});

describe('ExportImport: CSV export', () => {
  afterEach(() => vi.restoreAllMocks());

  it('words the status reasons in the page’s language, as the history table does', async () => {
    let file: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      file = blob as Blob;
      return 'blob:claimcheck-test';
    });
    // The download itself (a click on a blob: link) is the browser's part.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const waiting: StoredReport = {
      report: sampleReport(),
      status: 'pending',
      statusWhy: { code: 'busy', httpStatus: 503, retryInMs: 30_000 },
      statusReason: 'busy',
      updatedAt: '2026-11-28T10:00:00.000Z',
      attempts: [],
    };
    const zh = reportReasonText(waiting, translator('zh_CN'));
    const en = reportReasonText(waiting, translator('en'));
    expect(zh).toMatch(/^接收端繁忙（503）/);

    expect(await press('zh_CN', [waiting], translator('zh_CN')('exportCsv'))).toBeUndefined();
    const csv = await file!.text();
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.split(',')).toContain('statusReason');
    expect(row).toContain(zh);
    expect(row).not.toContain(en);
  });
});
