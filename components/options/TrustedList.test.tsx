// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Translate, translator } from '../../utils/i18n';
import { DEFAULT_SETTINGS, type TrustedAccount } from '../../utils/schemas/settings';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { TranslateContext } from '../i18n';
import { TrustedList } from './TrustedList';
import { useStoredSettings } from './use-stored-settings';

const root = document.body.appendChild(document.createElement('div'));
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});
const t = translator('en');

const account = (name: string): TrustedAccount => ({
  platform: 'x',
  key: `x:${name.toLowerCase()}`,
  displayName: name,
  addedAt: '2026-11-28T10:00:00.000Z',
});

/** The list over the stored settings, as the options page shows it (in `lang`: the Language field). */
function Stored({ lang = t }: { lang?: Translate }) {
  const { trusted } = useStoredSettings(DEFAULT_SETTINGS);
  return (
    <TranslateContext.Provider value={lang}>
      <TrustedList trusted={trusted} />
    </TranslateContext.Provider>
  );
}

const button = (label: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
const removeButton = (name: string) => button(t('trustedRemoveFor', name));
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const press = async (el: HTMLButtonElement | null) => {
  el!.focus();
  await act(() => el!.click());
  await settle();
};

describe('TrustedList', () => {
  it('keeps keyboard focus in the list as rows are removed: the next row, then Undo, then the row put back', async () => {
    await saveSettings({ trusted: [account('Alpha'), account('Beta')] });
    await act(() => render(<Stored />, root));
    await settle();
    await press(removeButton('Alpha'));
    expect(document.activeElement).toBe(removeButton('Beta'));
    await press(removeButton('Beta'));
    expect(root.textContent).toContain(t('trustedEmpty'));
    // The last row gone, focus goes to what can bring it back, not to the document.
    expect(document.activeElement).toBe(button(t('trustedUndoFor', 'Beta')));
    await press(button(t('trustedUndoFor', 'Beta')));
    expect(document.activeElement).toBe(removeButton('Beta'));
    expect((await loadSettings()).trusted.map((a) => a.displayName)).toEqual(['Beta']);
  });

  it('says so when the removal cannot be saved, and keeps the account', async () => {
    await saveSettings({ trusted: [account('Alpha')] });
    await act(() => render(<Stored />, root));
    await settle();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await press(removeButton('Alpha'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(t('saveFailed', 'QUOTA_BYTES quota exceeded'));
    expect(removeButton('Alpha')).not.toBeNull();
    expect(button(t('trustedUndoFor', 'Alpha'))).toBeNull();
    expect((await loadSettings()).trusted).toHaveLength(1);
  });

  it('a full disk gets the advice, not the browser’s English, and follows a change of language', async () => {
    await saveSettings({ trusted: [account('Alpha')] });
    const shown = () => root.querySelector('[role="alert"]')?.textContent;
    await act(() => render(<Stored />, root));
    await settle();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await press(removeButton('Alpha'));
    expect(shown()).toBe(t('storageFull'));
    await act(() => render(<Stored lang={translator('zh_CN')} />, root));
    expect(shown()).toBe('磁盘空间不足，无法保存。没有丢失任何内容：请释放空间后重试。');
  });
});
