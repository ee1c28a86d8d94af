// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../utils/i18n';
import { TranslateContext } from '../i18n';
import { Pager } from './Pager';

const root = document.body.appendChild(document.createElement('div'));
const t = translator('en');
afterEach(() => render(null, root));

const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label)!;

describe('the pager at either end', () => {
  it('keeps the pressed button focusable and focused, marked aria-disabled, and ignores presses on it', async () => {
    let page = 1;
    const onPage = vi.fn((next: number) => {
      page = next;
    });
    const show = () =>
      act(() =>
        render(
          <TranslateContext.Provider value={t}>
            <Pager page={page} pageCount={3} total={120} onPage={onPage} />
          </TranslateContext.Provider>,
          root,
        ),
      );
    await show();
    const next = button(t('pageNext'));
    next.focus();
    next.click();
    await show();
    // On the last page now: Next was `disabled`, and a disabled button drops its focus to <body>.
    expect(page).toBe(2);
    expect(next.disabled).toBe(false);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(next);
    next.click();
    button(t('pageLast')).click();
    expect(onPage).toHaveBeenCalledTimes(1);
    expect(button(t('pagePrev')).getAttribute('aria-disabled')).toBeNull();
    button(t('pageFirst')).click();
    await show();
    expect(page).toBe(0);
    expect(button(t('pageFirst')).disabled).toBe(false);
    expect(button(t('pageFirst')).getAttribute('aria-disabled')).toBe('true');
    button(t('pagePrev')).click();
    expect(onPage).toHaveBeenCalledTimes(2);
  });
});
