// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import { sampleReport } from '../../utils/testing/sample-report';
import { TranslateContext } from '../i18n';
import { ReportDetail } from './ReportDetail';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

describe('ReportDetail', () => {
  it('names what kind of rule raised each signal in the reader’s language, not only by its English code', async () => {
    const t = translator('zh_CN');
    const stored = { report: sampleReport(), status: 'local' as const, updatedAt: '2026-11-28T10:00:00.000Z', attempts: [] };
    await act(() =>
      render(
        <TranslateContext.Provider value={t}>
          <ReportDetail stored={stored} canRetry={false} busy={false} onRetry={() => {}} onDelete={() => {}} onClose={() => {}} />
        </TranslateContext.Provider>,
        root,
      ),
    );
    const signal = root.querySelector('ul.signals li')!;
    expect(signal.textContent?.startsWith(t('category_military'))).toBe(true);
    expect(signal.querySelector('code')?.textContent).toBe('military.unit-name');
  });
});
