import { browser } from 'wxt/browser';
import { LIVE_CSS_FILE } from '../../utils/dom/live-style';
import { sitePattern } from '../../utils/permissions/host-permission';

/** The content script for sites the user adds (entrypoints/generic.content.ts). */
const SCANNER_FILE = '/content-scripts/generic.js';
const ID_PREFIX = 'claimcheck-site-';
export const scriptId = (host: string) => `${ID_PREFIX}${host}`;
// The sheet that makes the badges go when the extension does, which matters in Firefox only
// (utils/dom/live-style.ts). Chromium gets it too, so that this path is the same in both and
// enable-site.e2e, which runs in Chromium, holds its file names to the build.
const LIVE_CSS = [LIVE_CSS_FILE];

/** The scanner for one user-added host, kept across browser sessions. */
export function registerSite(host: string): Promise<void> {
  return browser.scripting.registerContentScripts([
    {
      id: scriptId(host),
      matches: [sitePattern(host)],
      js: [SCANNER_FILE],
      css: LIVE_CSS,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export async function isRegistered(host: string): Promise<boolean> {
  return (await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(host)] })).length > 0;
}

/** The hosts whose scanner is registered now. */
export async function registeredSiteHosts(): Promise<Set<string>> {
  return new Set(
    (await browser.scripting.getRegisteredContentScripts())
      .map((s) => s.id)
      .filter((id) => id.startsWith(ID_PREFIX))
      .map((id) => id.slice(ID_PREFIX.length)),
  );
}

export const unregisterSite = (host: string): Promise<void> =>
  browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => {});

/** Starts the scanner in a tab already open: the registration reaches only pages loaded after it. */
export async function startInTab(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: LIVE_CSS });
  await browser.scripting.executeScript({ target: { tabId }, files: [SCANNER_FILE] });
}

/**
 * Starts it in every open tab of `host`, for a grant no popup followed up (the tab the user
 * pressed "Enable" in is one of them). A tab that cannot be scripted now (an error page, one
 * still loading) gets the scanner from its registration at its next load. All at once: a tab
 * that holds the script back (an alert() open) delays only itself.
 */
export async function startInOpenTabs(host: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: sitePattern(host) }).catch(() => []);
  const ids = tabs.flatMap((tab) => (tab.id === undefined || tab.discarded ? [] : [tab.id]));
  await Promise.all(ids.map((id) => startInTab(id).catch(() => {})));
}
