import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { SyncStatus } from '../../utils/schemas/messages';
import { closeReportsDb } from '../../utils/store/db';
import { getReport } from '../../utils/store/reports';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { TabStates } from '../../utils/tabs/tab-states';
import { sampleReport } from '../../utils/testing/sample-report';
import { createHandlers, type SyncPort } from './handlers';

const fromTab = { id: 'test-extension-id', tab: { id: 4 } as Browser.tabs.Tab, url: 'https://weibo.com/' };
const fromPage = { id: 'test-extension-id', url: 'chrome-extension://x/popup.html' };
const impostor = {
  platform: 'weibo',
  key: 'weibo:7910000001',
  displayName: '中国人民解放军火箭军司令部',
  verification: { kind: 'none', source: 'dom' },
};

function recordingSync(): SyncPort & { filed: number } {
  const status: SyncStatus = { counts: { local: 0, pending: 0, synced: 0, rejected: 0 } };
  return {
    filed: 0,
    syncNow: async () => status,
    status: async () => status,
    reportFiled() {
      this.filed++;
    },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('background handlers', () => {
  it('evaluates each account on its own: a hostile record gets no verdict, the others theirs', async () => {
    const h = createHandlers(new TabStates(), recordingSync());
    const { verdicts } = await h.evaluate(
      {
        accounts: [
          impostor,
          { ...impostor, displayName: 'x'.repeat(10_000) },
          { ...impostor, key: 'weibo:1', displayName: '中国军网', verification: { kind: 'government', source: 'data' } },
        ],
      },
      fromTab,
    );
    expect(verdicts).toHaveLength(3);
    expect(verdicts[0]!.flags.map((f) => f.category)).toEqual(['military']);
    expect(verdicts[1]!.flags).toEqual([]);
    expect(verdicts[2]!.flags).toEqual([]);
  });

  it('keeps the tab state and shows the flag count on the action badge', async () => {
    const tabs = new TabStates();
    const h = createHandlers(tabs, recordingSync());
    const flag = (key: string) => ({
      account: { ...(impostor as object), key } as never,
      flags: [
        {
          category: 'military' as const,
          severity: 'high' as const,
          score: 0.9,
          reasons: [{ code: 'c', field: 'displayName' as const, messageKey: 'k' }],
        },
      ],
      rulesetVersion: 'r',
    });
    const base = {
      url: 'https://weibo.com/',
      platform: 'weibo' as const,
      scanned: 3,
      health: { adapter: 'weibo', layers: { class: 3 }, layoutChanged: false },
    };
    const first = { ...base, reset: true, upsert: [flag('weibo:1'), flag('weibo:2')], remove: [] };
    expect(await h.tabState(first, fromTab)).toEqual({ count: 2 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('2');
    // An update carries only what changed: one flag off, one new, the rest kept.
    const second = { ...base, scanned: 5, reset: false, upsert: [flag('weibo:3')], remove: ['weibo:1'] };
    expect(await h.tabState(second, fromTab)).toEqual({ count: 2 });
    const state = { ...base, scanned: 5, flagged: [flag('weibo:2'), flag('weibo:3')] };
    expect(await h.getTabState({ tabId: 4 }, fromPage)).toEqual(state);
    expect(await new TabStates().get(4)).toEqual(state);
    // A reset (navigation) starts the list over.
    await h.tabState({ ...base, reset: true, upsert: [flag('weibo:9')], remove: [] }, fromTab);
    expect((await h.getTabState({ tabId: 4 }, fromPage))?.flagged.map((f) => f.account.key)).toEqual(['weibo:9']);
  });

  it('"Trust this account" adds it once to the trusted list and bumps the revision', async () => {
    const h = createHandlers(new TabStates(), recordingSync());
    await h.trustAccount({ platform: 'weibo', key: 'weibo:7910000001', displayName: '中国人民解放军火箭军司令部' }, fromTab);
    await h.trustAccount({ platform: 'weibo', key: 'weibo:7910000001', displayName: '中国人民解放军火箭军司令部' }, fromTab);
    const settings = await loadSettings();
    expect(settings.trusted.map((t) => t.key)).toEqual(['weibo:7910000001']);
    expect(settings.revision).toBe(1);
    const { verdicts } = await h.evaluate({ accounts: [impostor] }, fromTab);
    expect(verdicts[0]!.flags).toEqual([]);
  });

  it('keeps both of two trusts asked at the same moment (two tabs), and each Undo of two at once', async () => {
    const h = createHandlers(new TabStates(), recordingSync());
    await Promise.all([
      h.trustAccount({ platform: 'x', key: 'x:a', displayName: 'A' }, fromTab),
      h.trustAccount({ platform: 'x', key: 'x:b', displayName: 'B' }, fromTab),
      h.trustAccount({ platform: 'x', key: 'x:c', displayName: 'C' }, fromTab),
    ]);
    expect((await loadSettings()).trusted.map((t) => t.key).sort()).toEqual(['x:a', 'x:b', 'x:c']);
    await Promise.all([
      h.untrustAccount({ platform: 'x', key: 'x:a' }, fromTab),
      h.untrustAccount({ platform: 'x', key: 'x:c' }, fromTab),
    ]);
    expect((await loadSettings()).trusted.map((t) => t.key)).toEqual(['x:b']);
  });

  it('Undo of a trust takes only that account off the trusted list, and it is flagged again', async () => {
    const h = createHandlers(new TabStates(), recordingSync());
    await h.trustAccount({ platform: 'x', key: 'x:b', displayName: 'B' }, fromTab);
    await h.trustAccount({ platform: 'weibo', key: 'weibo:7910000001', displayName: '中国人民解放军火箭军司令部' }, fromTab);
    expect(await h.untrustAccount({ platform: 'weibo', key: 'weibo:7910000001' }, fromTab)).toEqual({ trusted: 1 });
    const settings = await loadSettings();
    expect(settings.trusted.map((t) => t.key)).toEqual(['x:b']);
    expect(settings.revision).toBe(3);
    expect((await h.evaluate({ accounts: [impostor] }, fromTab)).verdicts[0]!.flags).not.toEqual([]);
    // Nothing to take back: the settings stay as they are.
    await h.untrustAccount({ platform: 'weibo', key: 'weibo:7910000001' }, fromTab);
    expect((await loadSettings()).revision).toBe(3);
  });

  it("a trust keeps the other key the account goes by, and its Undo (by the page's key) takes the entry off either way", async () => {
    const h = createHandlers(new TabStates(), recordingSync());
    const channel = { platform: 'youtube' as const, key: 'youtube:UC123', alias: 'youtube:@pla_rocket', displayName: 'PLA' };
    await h.trustAccount(channel, fromTab);
    expect((await loadSettings()).trusted.map(({ key, alias }) => [key, alias])).toEqual([
      ['youtube:UC123', 'youtube:@pla_rocket'],
    ]);
    // The Undo of a popover on a page that knew the channel by its handle alone.
    expect(await h.untrustAccount({ platform: 'youtube', key: 'youtube:@pla_rocket' }, fromTab)).toEqual({ trusted: 0 });
  });

  it('syncSoon (an import queued reports) starts an ordinary pass, never the forced "Sync now"', async () => {
    const sync = recordingSync();
    const syncNow = vi.spyOn(sync, 'syncNow');
    const h = createHandlers(new TabStates(), sync);
    expect(await h.syncSoon({}, fromPage)).toEqual({});
    expect(sync.filed).toBe(1);
    expect(syncNow).not.toHaveBeenCalled();
  });

  it('gives a tab its page settings and strings, and tells it when its site is off', async () => {
    const h = createHandlers(new TabStates(), recordingSync());
    await saveSettings({ language: 'zh_CN', disabledPlatforms: ['x'] });
    const weibo = await h.getPageSettings({ platform: 'weibo' }, fromTab);
    expect(weibo).toMatchObject({ enabled: true, lang: 'zh_CN', revision: 1 });
    expect(weibo.strings.badgeText).toBe('身份存疑');
    // The engine's part of the settings, with only this platform's trusted accounts.
    await saveSettings({
      trusted: [
        { platform: 'weibo', key: 'weibo:1', displayName: 'A', addedAt: new Date(0).toISOString() },
        { platform: 'x', key: 'x:b', displayName: 'B', addedAt: new Date(0).toISOString() },
      ],
    });
    const detection = (await h.getPageSettings({ platform: 'weibo' }, fromTab)).detection;
    expect(detection.trusted.map((t) => t.key)).toEqual(['weibo:1']);
    expect(detection.sensitivity).toBe('normal');
    expect((await h.getPageSettings({ platform: 'x' }, fromTab)).enabled).toBe(false);
  });

  it("gives the generic script on facebook.com the trust it saved there (its accounts are 'facebook', it asks as 'other')", async () => {
    const h = createHandlers(new TabStates(), recordingSync());
    const onFacebook = { ...fromTab, tab: { id: 5, url: 'https://www.facebook.com/groups/1' } as Browser.tabs.Tab };
    await h.trustAccount({ platform: 'facebook', key: 'facebook:cpd', displayName: 'City Police' }, onFacebook);
    await h.trustAccount({ platform: 'x', key: 'x:b', displayName: 'B' }, fromTab);
    const detection = (await h.getPageSettings({ platform: 'other' }, onFacebook)).detection;
    expect(detection.trusted.map((t) => t.key)).toEqual(['facebook:cpd']);
  });

  it('forgets what a tab held when its new page is on a site switched off (no scanner will report there)', async () => {
    const tabs = new TabStates();
    const h = createHandlers(tabs, recordingSync());
    const update = {
      url: 'https://weibo.com/',
      platform: 'weibo' as const,
      scanned: 1,
      reset: true,
      upsert: [],
      remove: [],
      health: { adapter: 'weibo', layers: { class: 1 }, layoutChanged: false },
    };
    await h.tabState(update, fromTab);
    await h.getPageSettings({ platform: 'weibo' }, fromTab);
    expect(await tabs.get(4)).not.toBeNull();
    await saveSettings({ disabledPlatforms: ['weibo'] });
    await h.getPageSettings({ platform: 'weibo' }, fromTab);
    expect(await tabs.get(4)).toBeNull();
  });

  it('files a report: local while sync is off, pending and sent at once while it is on', async () => {
    const sync = recordingSync();
    const h = createHandlers(new TabStates(), sync);
    const first = sampleReport();
    expect((await h.fileReport(first, fromPage)).status).toBe('local');
    expect(sync.filed).toBe(0);
    await saveSettings({ syncEnabled: true, endpointUrl: 'https://reports.example.org' });
    const second = sampleReport();
    expect((await h.fileReport(second, fromPage)).status).toBe('pending');
    expect(sync.filed).toBe(1);
    expect((await getReport(first.id))?.status).toBe('local');
  });
});
