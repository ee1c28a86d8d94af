import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { dispatchMessage, type Handlers, MESSAGE_PORT, servePort } from './index';

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
    switchPlatform: vi.fn(ok),
    trustAccount: vi.fn(ok),
    untrustAccount: vi.fn(ok),
    openReportForm: vi.fn(ok),
    openExplanation: vi.fn(ok),
    getTabState: vi.fn(async () => null),
    fileReport: vi.fn(ok),
    syncNow: vi.fn(ok),
    syncSoon: vi.fn(ok),
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

  it('turns a handler failure into an error reply instead of throwing; the handler is named in the log, not the reply', async () => {
    const h = handlers();
    h.getTabState = vi.fn(async () => {
      throw new Error('disk full');
    });
    const log = vi.fn();
    const reply = await dispatchMessage(h, { type: 'getTabState', payload: { tabId: 1 } }, fromPopup, log, OWN);
    // The page puts the reason after its own translated sentence: "getTabState failed:" is for the console.
    expect(reply).toEqual({ ok: false, error: 'disk full' });
    expect(log).toHaveBeenCalledWith('[claimcheck] refused message: getTabState failed: disk full');
  });
});

describe('servePort', () => {
  function fakePort(name: string, sender: Browser.runtime.MessageSender) {
    let listener: ((message: unknown) => void) | undefined;
    return {
      port: { name, sender, onMessage: { addListener: (cb: (m: unknown) => void) => (listener = cb) } },
      post: (message: unknown) => listener?.(message),
    };
  }
  const update = (scanned: number) => ({
    type: 'tabState',
    payload: {
      url: 'https://weibo.com/',
      platform: 'weibo',
      scanned,
      reset: scanned === 0,
      upsert: [],
      remove: [],
      health: { adapter: 'weibo', layers: {}, layoutChanged: false },
    },
  });

  it("validates each message like sendMessage's, checks the sender, and keeps the posting order", async () => {
    const h = handlers();
    const log = vi.fn();
    const { port, post } = fakePort(MESSAGE_PORT, fromTab);
    servePort(port, h, log);
    post(update(0));
    post({ type: 'tabState', payload: { scanned: -1 } });
    post(update(5));
    await vi.waitFor(() => expect(h.tabState).toHaveBeenCalledTimes(2));
    expect(vi.mocked(h.tabState).mock.calls.map(([p]) => p.scanned)).toEqual([0, 5]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('invalid tabState'));
  });

  it('refuses what an extension page posts as a tab message, and ignores ports of other names', async () => {
    const h = handlers();
    const log = vi.fn();
    const page = fakePort(MESSAGE_PORT, fromPopup);
    servePort(page.port, h, log);
    page.post(update(1));
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('tabState must come from a tab')));
    const other = fakePort('something-else', fromTab);
    servePort(other.port, h, log);
    other.post(update(2));
    await new Promise((r) => setTimeout(r, 10));
    expect(h.tabState).not.toHaveBeenCalled();
  });
});
