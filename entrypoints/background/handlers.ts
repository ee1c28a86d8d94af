import { browser } from 'wxt/browser';
import { platformOfUrl } from '../../utils/adapters/hosts';
import { createEngine, RULESET_VERSION } from '../../utils/engine';
import { reasonTemplates } from '../../utils/engine/messages';
import { slimEngineCovers } from '../../utils/engine/slim/cover';
import { pageStrings, resolveLang } from '../../utils/i18n';
import type { Handlers } from '../../utils/messaging';
import { REPORT_TARGET } from '../../utils/report/draft';
import { ScannedAccount } from '../../utils/schemas/account';
import type { SyncStatus } from '../../utils/schemas/messages';
import { addReport } from '../../utils/store/reports';
import { loadSettings } from '../../utils/store/settings';
import type { TabStates } from '../../utils/tabs/tab-states';
import { disableSite, enableSite } from './extra-sites';
import { switchPlatform } from './site-switch';
import { markingStorageFull } from './storage-full-refusal';
import { trustAccount, untrustAccount } from './trust-handlers';

export interface SyncPort {
  syncNow(): Promise<SyncStatus>;
  status(): Promise<SyncStatus>;
  reportFiled(): void;
}

/** The background's answers to every runtime message (payloads already validated). */
export function createHandlers(tabs: TabStates, sync: SyncPort): Handlers {
  const engine = createEngine();
  return {
    async evaluate({ accounts }) {
      const settings = await loadSettings();
      const verdicts = accounts.map((raw) => {
        const account = ScannedAccount.safeParse(raw);
        if (account.success) return engine.evaluate(account.data, settings);
        console.warn('[claimcheck] account refused:', account.error.issues[0]?.path.join('.'), account.error.issues[0]?.message);
        return { flags: [], rulesetVersion: RULESET_VERSION };
      });
      return { verdicts };
    },
    async getPageSettings({ platform }, sender) {
      const settings = await loadSettings();
      const lang = resolveLang(settings.language, globalThis.navigator?.language ?? 'en');
      // "other" runs only where the user enabled a site; a tab still running the script of a
      // site since removed (the registration goes a moment later) is told to stop.
      const pagePlatform = platform === 'other' ? platformOfUrl(sender.tab?.url ?? sender.url ?? '') : platform;
      const enabled =
        platform === 'other'
          ? settings.extraSites.includes(hostOf(sender.tab?.url ?? sender.url))
          : !settings.disabledPlatforms.includes(platform);
      // No scanner will report for this page: what the tab holds is an earlier page's (the
      // popup would list its flags, and a report from them would name this page).
      if (!enabled && sender.tab?.id !== undefined) {
        await tabs.delete(sender.tab.id);
        await browser.action.setBadgeText({ tabId: sender.tab.id, text: '' }).catch(() => {});
      }
      return {
        revision: settings.revision,
        enabled,
        highlightStyle: settings.highlightStyle,
        judgeHere: slimEngineCovers(settings.customKeywords),
        lang,
        strings: pageStrings(lang),
        reasons: reasonTemplates(lang),
        detection: {
          sensitivity: settings.sensitivity,
          categories: settings.categories,
          customKeywords: settings.customKeywords,
          // The generic script asks as 'other', but names the accounts of a host it knows
          // (facebook.com) by that platform, which is what "Trust this account" saved.
          trusted: settings.trusted.filter((t) => t.platform === platform || t.platform === pagePlatform),
        },
      };
    },
    async tabState(state, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('no tab');
      const count = (await tabs.update(tabId, state)).flagged.length;
      await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      return { count };
    },
    // A full disk refused with its marker, which the page's popover words as the advice.
    trustAccount: markingStorageFull(trustAccount),
    untrustAccount: markingStorageFull(untrustAccount),
    async openReportForm({ key }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('no tab');
      // The real popup opens with no query string: it finds its account here (takeReportTarget).
      await browser.storage.session.set({ [REPORT_TARGET]: { tabId, key, at: Date.now() } });
      return { opened: await openPopup(tabId, key) };
    },
    async openExplanation() {
      await browser.tabs.create({ url: browser.runtime.getURL('/options.html#how') });
      return { opened: true };
    },
    enableSite: async ({ tabId, url }) => ({ host: await enableSite(tabId, url) }),
    // The options page's Remove words a full disk itself (EnabledSites.tsx).
    disableSite: markingStorageFull(async ({ host }) => ({ host: await disableSite(host) })),
    switchPlatform: markingStorageFull(switchPlatform),
    async getTabState({ tabId }) {
      return tabs.get(tabId);
    },
    fileReport: markingStorageFull(async (report) => {
      const settings = await loadSettings();
      const stored = await addReport(report, settings.syncEnabled);
      if (stored.status === 'pending') sync.reportFiled();
      return stored;
    }),
    syncNow: () => sync.syncNow(),
    async syncSoon() {
      sync.reportFiled();
      return {};
    },
    getSyncStatus: () => sync.status(),
  };
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** The real popup when the browser allows opening it; else the same page in a small window. */
async function openPopup(tabId: number, key: string): Promise<boolean> {
  try {
    await browser.action.openPopup();
    return true;
  } catch {
    const url = browser.runtime.getURL(`/popup.html?tab=${tabId}&key=${encodeURIComponent(key)}`);
    await browser.windows.create({ url, type: 'popup', width: 420, height: 640 });
    return true;
  }
}
