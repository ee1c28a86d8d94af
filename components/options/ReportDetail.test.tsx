// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  const stored = { report: sampleReport(), status: 'rejected' as const, updatedAt: '2026-11-28T10:00:00.000Z', attempts: [] };
  const show = (busy: boolean, notice?: string) => {
    const actions = { onRetry: vi.fn(), onDelete: vi.fn() };
    return act(() =>
      render(
        <TranslateContext.Provider value={translator('en')}>
          <ReportDetail stored={stored} canRetry busy={busy} notice={notice} {...actions} onClose={() => {}} />
        </TranslateContext.Provider>,
        root,
      ),
    ).then(() => actions);
  };
  const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label)!;

  it('keeps "Retry now" and "Delete report" focused while busy: aria-disabled, presses ignored', async () => {
    const t = translator('en');
    await show(false);
    const retry = button(t('retryNow'));
    retry.focus();
    const actions = await show(true);
    // `disabled` would drop the focus to <body>, with the modal dialog still open.
    expect(retry.disabled).toBe(false);
    expect(retry.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(retry);
    retry.click();
    button(t('deleteReport')).click();
    expect(button(t('deleteReport')).getAttribute('aria-disabled')).toBe('true');
    expect(actions.onRetry).not.toHaveBeenCalled();
    expect(actions.onDelete).not.toHaveBeenCalled();
    const idle = await show(false);
    button(t('retryNow')).click();
    expect(idle.onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows no empty notice bar: the notice look only when there is a notice; the live region stays', async () => {
    await show(false);
    const region = root.querySelector('[data-testid="detail-notice"]')!;
    expect(region.getAttribute('role')).toBe('status');
    expect(region.classList.contains('notice')).toBe(false);
    await show(false, 'Marked to send again.');
    expect(root.querySelector('[data-testid="detail-notice"]')).toBe(region);
    expect(region.classList.contains('notice')).toBe(true);
  });
});
