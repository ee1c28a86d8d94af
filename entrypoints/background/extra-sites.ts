import { browser } from 'wxt/browser';
import { sitePattern } from '../../utils/permissions/host-permission';
import { loadSettings, saveSettings } from '../../utils/store/settings';

/** The content script for sites the user adds (entrypoints/generic.content.ts). */
const SCANNER_FILE = '/content-scripts/generic.js';
const scriptId = (host: string) => `claimcheck-site-${host}`;

/** The scanner for one user-added host, kept across browser sessions. */
function registerSite(host: string): Promise<void> {
  return browser.scripting.registerContentScripts([
    { id: scriptId(host), matches: [sitePattern(host)], js: [SCANNER_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/**
 * "Enable on this site": the popup asked for the host permission in the user's click; here the
 * scanner is registered for that host and started in the open tab.
 */
export async function enableSite(tabId: number, pageUrl: string): Promise<string> {
  const host = new URL(pageUrl).hostname;
  if (!(await browser.permissions.contains({ origins: [sitePattern(host)] }))) throw new Error(`no permission for ${host}`);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(host)] });
  if (!registered.length) await registerSite(host);
  const settings = await loadSettings();
  if (!settings.extraSites.includes(host)) await saveSettings({ extraSites: [...settings.extraSites, host] });
  await browser.scripting.executeScript({ target: { tabId }, files: [SCANNER_FILE] });
  return host;
}

export async function disableSite(host: string): Promise<string> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => {});
  const settings = await loadSettings();
  await saveSettings({ extraSites: settings.extraSites.filter((h) => h !== host) });
  await browser.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
  return host;
}

/** After an update or a lost registration: every enabled site has its script again. */
export async function restoreExtraSites(): Promise<void> {
  const settings = await loadSettings();
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  for (const host of settings.extraSites) {
    if (registered.has(scriptId(host))) continue;
    const allowed = await browser.permissions.contains({ origins: [sitePattern(host)] }).catch(() => false);
    if (allowed) await registerSite(host).catch((err) => console.warn('[claimcheck] could not register', host, err));
  }
}
