import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dispatchMessage } from '../../utils/messaging';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { TabStates } from '../../utils/tabs/tab-states';
import { createHandlers } from './handlers';

const SYNC = { counts: { local: 0, pending: 0, synced: 0, rejected: 0 } };
const fromPopup = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const fromTab = {
  id: 'test-extension-id',
  tab: { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  url: 'https://weibo.com/',
};
const handlers = () => createHandlers(new TabStates(), { syncNow: async () => SYNC, status: async () => SYNC, reportFiled() {} });
const send = (payload: unknown, sender = fromPopup) =>
  dispatchMessage(handlers(), { type: 'switchPlatform', payload }, sender, () => {});

beforeEach(() => fakeBrowser.reset());

describe("the popup's site switch, saved by the background", () => {
  it('applies the switch to the settings as they stand: a site switched meanwhile elsewhere is kept', async () => {
    await saveSettings({ disabledPlatforms: ['douyin'] });
    // The popup read the settings; then the options page switched x off.
    await saveSettings((now) => ({ disabledPlatforms: [...now.disabledPlatforms, 'x'] }));
    expect(await send({ platform: 'weibo', enabled: false })).toEqual({
      ok: true,
      data: { disabledPlatforms: ['douyin', 'x', 'weibo'] },
    });
    expect((await loadSettings()).disabledPlatforms).toEqual(['douyin', 'x', 'weibo']);
    expect(await send({ platform: 'douyin', enabled: true })).toEqual({ ok: true, data: { disabledPlatforms: ['x', 'weibo'] } });
    // Switched off twice (two popups): listed once.
    await send({ platform: 'x', enabled: false });
    expect((await loadSettings()).disabledPlatforms).toEqual(['weibo', 'x']);
  });

  it('is refused from a page’s tab, and with a platform ClaimCheck does not know', async () => {
    expect(await send({ platform: 'weibo', enabled: false }, fromTab)).toMatchObject({ ok: false });
    expect(await send({ platform: 'myspace', enabled: false })).toMatchObject({ ok: false });
    expect((await loadSettings()).disabledPlatforms).toEqual([]);
  });
});
