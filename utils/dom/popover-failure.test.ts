// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringsTranslator } from '../i18n/core';
import { pageStrings } from '../i18n/index';
import { MessageError } from '../messaging/send';
import { NewerDatabaseError } from '../store/db-compat';
import { STORAGE_FULL_MARKER } from '../store/storage-full';
import { button, dialog, popoverPage, type RecordedActions, userClick } from './popover-test-kit';

// The strings the background sends a tab (pageStrings), as the popover really has them: it must
// word these failures without the catalogue, and after the extension is gone from under the page.
const t = stringsTranslator('zh_CN', pageStrings('zh_CN'));
const alert = () => dialog()?.querySelector('[role=alert]')?.textContent;

describe('the popover’s failed trust, in the reader’s language', () => {
  let context: AbortController;
  let actions: RecordedActions;
  let badge: HTMLElement;

  beforeEach(() => {
    ({ context, actions, badge } = popoverPage(t));
  });
  afterEach(() => context.abort());

  const trustFails = async (err: unknown) => {
    actions.trust.mockRejectedValueOnce(err);
    userClick(badge, 0);
    userClick(button('信任此账号'));
    await vi.waitFor(() => expect(alert()).toBeTruthy());
    return alert()!;
  };

  it('a full disk (the background’s refusal carries the marker) gets the advice, not the browser’s English', async () => {
    const shown = await trustFails(new MessageError(`${STORAGE_FULL_MARKER} QuotaExceededError: The quota has been exceeded.`));
    expect(shown).toBe('磁盘空间不足，无法保存。没有丢失任何内容：请释放空间后重试。');
  });

  it('the extension updated or reloaded under the page says to reload it', async () => {
    const reload = '此页面打开期间，ClaimCheck 已更新或重新启动。请刷新页面后再试。';
    expect(await trustFails(new Error('Extension context invalidated.'))).toBe(reload);
    context.abort();
    ({ context, actions, badge } = popoverPage(t));
    const closed =
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
    expect(await trustFails(new Error(closed))).toBe(reload);
  });

  it('a store made by a newer version is said in Chinese alone, not in the error’s two languages', async () => {
    const shown = await trustFails(new MessageError(new NewerDatabaseError(5, 3, ['reports.byRev']).message));
    expect(shown).toBe(t('newerDatabase'));
    expect(shown).not.toMatch(/newer|database/i);
  });

  it('anything else: the catalogued sentence, the browser’s words after it', async () => {
    expect(await trustFails(new Error('disk on fire'))).toBe('无法保存：disk on fire');
  });

  it('a failed Undo of the trust says the same', async () => {
    userClick(badge, 0);
    userClick(button('信任此账号'));
    await vi.waitFor(() => expect(button('撤销')).toBeDefined());
    actions.untrust.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    userClick(button('撤销'));
    await vi.waitFor(() => expect(alert()).toBe(t('extensionReloaded')));
  });
});
