// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Lang, translator } from '../../utils/i18n';
import { STORAGE_FULL_MARKER } from '../../utils/store/storage-full';
import { TranslateContext } from '../i18n';
import { EnabledSites } from './EnabledSites';

const root = document.body.appendChild(document.createElement('div'));
const FORUM = 'forum.example.org';
const BOARD = 'board.example.net';

/** The background's disableSite: each host's answer waits until `finish(host)`, or fails with `refuse`'s text. */
function background(refuse?: string) {
  const asked: string[] = [];
  const waiting = new Map<string, () => void>();
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const { host } = (message as { payload: { host: string } }).payload;
    asked.push(host);
    if (refuse) return { ok: false, error: refuse };
    await new Promise<void>((resolve) => waiting.set(host, resolve));
    return { ok: true, data: { host } };
  });
  return { asked, finish: (host: string) => waiting.get(host)?.() };
}

async function show(lang: Lang = 'en') {
  await act(() =>
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <EnabledSites hosts={[FORUM, BOARD]} />
      </TranslateContext.Provider>,
      root,
    ),
  );
}
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const removeFor = (host: string, lang: Lang = 'en') =>
  root.querySelector<HTMLButtonElement>(`button[aria-label="${translator(lang)('extraSiteRemoveFor', host)}"]`)!;
const alertText = () => root.querySelector('[role="alert"]')?.textContent;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

describe('EnabledSites: Remove', () => {
  it('removes a second host pressed while the first is still being removed, and asks once per host', async () => {
    const { asked, finish } = background();
    await show();
    await act(() => removeFor(FORUM).click());
    await act(() => removeFor(FORUM).click());
    await act(() => removeFor(BOARD).click());
    await settle();
    expect(asked).toEqual([FORUM, BOARD]);
    finish(FORUM);
    finish(BOARD);
    await settle();
    // Done, a host can be asked for again (the list the page shows still has it here).
    await act(() => removeFor(FORUM).click());
    await settle();
    expect(asked).toEqual([FORUM, BOARD, FORUM]);
    finish(FORUM);
  });

  it.each(['en', 'zh_CN'] as const)('%s: words a full disk and a reloaded extension in the reader’s language', async (lang) => {
    const t = translator(lang);
    background(`${STORAGE_FULL_MARKER} The quota has been exceeded.`);
    await show(lang);
    await act(() => removeFor(FORUM, lang).click());
    await settle();
    expect(alertText()).toBe(t('storageFull'));

    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    await act(() => removeFor(BOARD, lang).click());
    await settle();
    expect(alertText()).toBe(t('extensionReloaded'));
  });

  it('says which host it could not remove, with the background’s words for any other failure', async () => {
    background('Could not unregister the script.');
    await show('zh_CN');
    await act(() => removeFor(FORUM, 'zh_CN').click());
    await settle();
    expect(alertText()).toBe(translator('zh_CN')('extraSiteRemoveFailed', FORUM, 'Could not unregister the script.'));
  });
});
