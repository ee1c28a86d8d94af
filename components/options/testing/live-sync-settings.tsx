import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Lang, translator } from '../../../utils/i18n';
import { DEFAULT_SETTINGS, type Language, type Settings } from '../../../utils/schemas/settings';
import { TranslateContext } from '../../i18n';
import { SyncSettings } from '../../SyncSettings';
import { useStoredSettings } from '../use-stored-settings';

/** SyncSettings as the options page gives it: the live settings from the page's one watcher (main.tsx). */
export function LiveSyncSettings({
  initial,
  unusableToken,
  onLanguage = () => {},
}: {
  initial: Settings;
  unusableToken?: string;
  onLanguage?: (l: Language) => void;
}) {
  const live = useStoredSettings(initial);
  return <SyncSettings initial={initial} live={live} unusableToken={unusableToken} onLanguage={onLanguage} />;
}

/**
 * The settings form's test page: a fresh fake browser for each test, the form unmounted and mocks
 * undone after it; `show` renders (or re-renders, keeping the form's state) the form in `lang`.
 */
export function syncSettingsPage() {
  const root = document.body.appendChild(document.createElement('div'));
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    render(null, root);
    vi.restoreAllMocks();
  });
  return {
    root,
    show: (lang: Lang, initial: Settings = DEFAULT_SETTINGS, unusableToken?: string) =>
      act(() => {
        render(
          <TranslateContext.Provider value={translator(lang)}>
            <LiveSyncSettings initial={initial} unusableToken={unusableToken} />
          </TranslateContext.Provider>,
          root,
        );
      }),
    submit: () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    },
    status: () => root.querySelector('[role="status"]')?.textContent ?? '',
    alertText: () => root.querySelector('[role="alert"]')?.textContent ?? '',
  };
}
