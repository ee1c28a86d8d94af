// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../../utils/i18n';
import { background, buttonNamed, flaggedState, IMPOSTOR, openPopup, popupPage, settle, TAB } from './popup-harness';

const root = popupPage();
const status = () => root.querySelector('[role="status"]')?.textContent;

/** The tab's content script answers "Show" with `reply`. */
const tabAnswers = (reply: unknown) => vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply);

async function pressShow(lang: 'en' | 'zh_CN' = 'en') {
  await act(() => buttonNamed(root, translator(lang)('show'))!.click());
  await settle();
}

describe('PopupApp: "Show" on a flagged account', () => {
  it.each(['en', 'zh_CN'] as const)('%s: says the account has left the page when the tab could not show it', async (lang) => {
    const t = translator(lang);
    const asked = tabAnswers({ shown: false });
    background(flaggedState());
    await openPopup(root, lang);
    await pressShow(lang);
    expect(asked).toHaveBeenCalledWith(TAB.id, { type: 'showAccount', key: IMPOSTOR.account.key });
    expect(status()).toBe(t('showAccountGone'));
  });

  it('says the page cannot be reached when no content script answers, and says nothing once it shows the account', async () => {
    const t = translator('en');
    background(flaggedState());
    await openPopup(root);
    // The harness's tab has no content script: sendMessage is refused.
    await pressShow();
    expect(status()).toBe(t('showAccountUnreachable'));

    tabAnswers({ shown: true });
    await pressShow();
    expect(status()).toBe('');
  });

  it('takes a reply that is not the expected answer as no answer', async () => {
    tabAnswers({ shown: 'yes' });
    background(flaggedState());
    await openPopup(root);
    await pressShow();
    expect(status()).toBe(translator('en')('showAccountUnreachable'));
  });
});
