// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../../utils/i18n';
import { background, buttonNamed, flaggedState, IMPOSTOR, openPopup, popupPage, settle, type } from './popup-harness';

const root = popupPage();
const NAME = IMPOSTOR.account.displayName;

const reportButton = () => root.querySelector<HTMLButtonElement>('[data-testid="flag-item"] button.primary')!;

describe('PopupApp: keyboard and screen reader', () => {
  it('moves focus to the form’s heading when Report opens it, so its name is read', async () => {
    background(flaggedState());
    await openPopup(root);
    reportButton().focus();
    await act(() => reportButton().click());
    expect(document.activeElement?.tagName).toBe('H2');
    expect(document.activeElement?.textContent).toBe(translator('en')('reportFormTitle', NAME));
  });

  it('names Report and Show with the account in a message of their own (full-width colon in Chinese)', async () => {
    const t = translator('zh_CN');
    background(flaggedState());
    await openPopup(root, 'zh_CN');
    expect(reportButton().getAttribute('aria-label')).toBe(`举报：${NAME}`);
    expect(reportButton().getAttribute('aria-label')).toBe(t('reportFor', NAME));
    expect(buttonNamed(root, t('show'))?.getAttribute('aria-label')).toBe(`定位：${NAME}`);
  });

  it('announces "saved" in a status region that was there before, so screen readers read it', async () => {
    background(flaggedState(), { fileReport: (report) => ({ report, status: 'local' }) });
    await openPopup(root);
    const region = root.querySelector('[role="status"]');
    expect(region).not.toBeNull();
    expect(region?.textContent).toBe('');
    await act(() => reportButton().click());
    await act(() => buttonNamed(root, 'File report')!.click());
    await settle();
    expect(root.querySelector('[role="status"]')).toBe(region);
    expect(region?.textContent).toBe(translator('en')('reportFiled'));
  });

  it('says once, in Chinese, that the draft cannot be kept when session storage refuses it', async () => {
    const t = translator('zh_CN');
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('Session storage quota bytes exceeded.'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    background(flaggedState());
    await openPopup(root, 'zh_CN');
    await act(() => reportButton().click());
    // Once the form's stored draft has been looked up (keystrokes before that are kept at its end).
    await settle();
    const note = root.querySelector<HTMLTextAreaElement>('#report-note')!;
    await type(note, '第一');
    await type(note, '第一句，第二句');
    await settle();
    const alerts = [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
    expect(alerts).toEqual([t('draftNotKept')]);
    // Every refusal still reaches the console, for a bug report.
    expect(warn.mock.calls.filter(([line]) => String(line).includes('draft not kept'))).toHaveLength(3);
    // The form and what was typed stay.
    expect(note.value).toBe('第一句，第二句');
  });
});
