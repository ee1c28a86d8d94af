// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { toEntries } from '../../utils/history/query';
import { type Lang, translator } from '../../utils/i18n';
import type { StoredReport } from '../../utils/schemas/report';
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
