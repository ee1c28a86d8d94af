// @vitest-environment happy-dom
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TranslateContext } from '../../components/i18n';
import { type Lang, translator } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/schemas/settings';
import { closeReportsDb } from '../../utils/store/db';
import { NewerDatabaseError } from '../../utils/store/db-compat';
import { OptionsApp } from './App';

const root = document.body.appendChild(document.createElement('div'));
beforeEach(() => {
  fakeBrowser.reset();
  closeReportsDb();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  render(null, root);
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
});

/** The history's store refuses to open, with `error`. */
function storeFails(error: unknown) {
  globalThis.indexedDB = {
    open: () => {
      throw error;
    },
  } as unknown as IDBFactory;
}

async function showOptions(lang: Lang) {
  await act(() =>
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <OptionsApp initialSettings={DEFAULT_SETTINGS} liveSettings={DEFAULT_SETTINGS} onLanguage={() => {}} />
      </TranslateContext.Provider>,
      root,
    ),
  );
}
const alertText = () => root.querySelector('main > [role="alert"]')?.textContent;

describe('the options page when the history cannot be read', () => {
  it.each(['en', 'zh_CN'] as const)('%s: says a full disk as the advice, in the reader’s language', async (lang) => {
    storeFails(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await showOptions(lang);
    await vi.waitFor(() => expect(alertText()).toBe(translator(lang)('storageFull')));
  });

  it('says a store from a newer version as the advice alone, and any other failure after the page’s own sentence', async () => {
    const zh = translator('zh_CN');
    storeFails(new NewerDatabaseError(9, 8, ['an index']));
    await showOptions('zh_CN');
    await vi.waitFor(() => expect(alertText()).toBe(zh('newerDatabase')));
    render(null, root);

    storeFails(new DOMException('The database is gone.', 'UnknownError'));
    await showOptions('zh_CN');
    await vi.waitFor(() => expect(alertText()).toBe(zh('loadFailed', 'The database is gone.')));
  });
});
