import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { dispatchMessage, type Handlers } from './index';

const OWN = 'chrome-extension://abcdefgh/';
const fromTab: Browser.runtime.MessageSender = {
  id: 'test-extension-id',
  tab: { id: 7, url: 'https://weibo.com/' } as Browser.tabs.Tab,
  url: 'https://weibo.com/',
};
const fromPopup: Browser.runtime.MessageSender = { id: 'test-extension-id', url: `${OWN}popup.html` };

function handlers(): Handlers {
  const ok = async () => ({}) as never;
  return {
    evaluate: vi.fn(async ({ accounts }) => ({ verdicts: accounts.map(() => ({ flags: [], rulesetVersion: 't' })) })),
    tabState: vi.fn(async () => ({ count: 0 })),
    getPageSettings: vi.fn(ok),
    enableSite: vi.fn(ok),
    disableSite: vi.fn(ok),
    trustAccount: vi.fn(ok),
    openReportForm: vi.fn(ok),
    openExplanation: vi.fn(ok),
    getTabState: vi.fn(async () => null),
    fileReport: vi.fn(ok),
    syncNow: vi.fn(ok),
    getSyncStatus: vi.fn(ok),
  };
}

describe('dispatchMessage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  const account = {
    platform: 'weibo',
    key: 'weibo:1',
    displayName: '火箭军司令部',
    verification: { kind: 'none', source: 'dom' },
  };

  it('answers a valid content-script message from a tab', async () => {
    const h = handlers();
    const log = vi.fn();
    const reply = await dispatchMessage(h, { type: 'evaluate', payload: { accounts: [account] } }, fromTab, log, OWN);
    expect(reply).toEqual({ ok: true, data: { verdicts: [{ flags: [], rulesetVersion: 't' }] } });
    expect(log).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 'hello'],
    ['no type', { payload: {} }],
    ['unknown type', { type: 'deleteEverything', payload: {} }],
    ['prototype key', { type: 'constructor', payload: {} }],
    ['bad payload', { type: 'evaluate', payload: { accounts: 'all of them' } }],
    ['too many accounts', { type: 'evaluate', payload: { accounts: Array(201).fill(account) } }],
  ])('refuses %s with an error reply and a log line', async (_, message) => {
    const h = handlers();
    const log = vi.fn();
    const reply = await dispatchMessage(h, message, fromTab, log, OWN);
    expect(reply.ok).toBe(false);
    expect(log).toHaveBeenCalledOnce();
    expect(h.evaluate).not.toHaveBeenCalled();
  });

  it('refuses page-only messages from a content script, and tab messages from a page', async () => {
    const h = handlers();
    const log = vi.fn();
    const fromPage = await dispatchMessage(h, { type: 'getTabState', payload: { tabId: 7 } }, fromTab, log, OWN);
    expect(fromPage).toEqual({ ok: false, error: 'getTabState must come from an extension page' });
    const fromPopupTab = await dispatchMessage(h, { type: 'tabState', payload: {} }, fromPopup, log, OWN);
    expect(fromPopupTab.ok).toBe(false);
    expect(h.getTabState).not.toHaveBeenCalled();
    const fine = await dispatchMessage(h, { type: 'getTabState', payload: { tabId: 7 } }, fromPopup, log, OWN);
    expect(fine).toEqual({ ok: true, data: null });
  });

  it('refuses messages from another extension', async () => {
    const reply = await dispatchMessage(
      handlers(),
      { type: 'getSyncStatus', payload: {} },
      { ...fromPopup, id: 'evil' },
      vi.fn(),
      OWN,
    );
    expect(reply).toEqual({ ok: false, error: 'message from another extension' });
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const h = handlers();
    h.getTabState = vi.fn(async () => {
      throw new Error('disk full');
    });
    const reply = await dispatchMessage(h, { type: 'getTabState', payload: { tabId: 1 } }, fromPopup, vi.fn(), OWN);
    expect(reply).toEqual({ ok: false, error: 'getTabState failed: disk full' });
  });
});
