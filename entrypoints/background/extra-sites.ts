import { browser } from 'wxt/browser';
import { LIVE_CSS_FILE } from '../../utils/dom/live-style';
import { sitePattern } from '../../utils/permissions/host-permission';
import { oneAtATime } from '../../utils/store/one-at-a-time';
import { loadSettings, saveSettings } from '../../utils/store/settings';

/** The content script for sites the user adds (entrypoints/generic.content.ts). */
const SCANNER_FILE = '/content-scripts/generic.js';
const ID_PREFIX = 'claimcheck-site-';
const scriptId = (host: string) => `${ID_PREFIX}${host}`;
// The sheet that makes the badges go when the extension does, which matters in Firefox only
// (utils/dom/live-style.ts). Chromium gets it too, so that this path is the same in both and
// enable-site.e2e, which runs in Chromium, holds its file names to the build.
const LIVE_CSS = [LIVE_CSS_FILE];
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
};

// Enabling, disabling and reconciling read and write the same registrations and settings: one
// at a time, so a reconcile never sees a script registered whose host is not saved yet.
const serially = oneAtATime();

/** The scanner for one user-added host, kept across browser sessions. */
function registerSite(host: string): Promise<void> {
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

/**
 * Unregisters a host's scanner and gives its permission back, unless the sync endpoint is on
 * that host: the site's pattern covers the endpoint's, and removing it would stop sync quietly.
 */
async function forgetSite(host: string, endpointUrl: string | undefined): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => {});
  if (endpointUrl && hostOf(endpointUrl) === host) return;
  await browser.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
}

/**
 * "Enable on this site": the popup asked for the host permission in the user's click; here the
 * scanner is registered for that host and started in the open tab.
 */
export const enableSite = (tabId: number, pageUrl: string): Promise<string> =>
  serially(async () => {
    const host = new URL(pageUrl).hostname;
    if (!(await browser.permissions.contains({ origins: [sitePattern(host)] }))) throw new Error(`no permission for ${host}`);
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(host)] });
    if (!registered.length) await registerSite(host);
    const settings = await loadSettings();
    if (!settings.extraSites.includes(host))
      await saveSettings((now) => ({ extraSites: [...now.extraSites.filter((h) => h !== host), host] }));
    await browser.scripting.insertCSS({ target: { tabId }, files: LIVE_CSS });
    await browser.scripting.executeScript({ target: { tabId }, files: [SCANNER_FILE] });
    return host;
  });

export const disableSite = (host: string): Promise<string> =>
  serially(async () => {
    const settings = await loadSettings();
    await saveSettings((now) => ({ extraSites: now.extraSites.filter((h) => h !== host) }));
    await forgetSite(host, settings.endpointUrl);
    return host;
  });

/**
 * Makes the registered scanners match the saved sites: after an update or a lost registration
 * every enabled site has its script again, and a site dropped from the settings any other way
 * ("Delete all local data", an import) stops being checked and its permission is given back.
 * A site whose permission the user took back in the browser's own settings leaves the list, so
 * the popup offers "Enable on this site" again instead of a switch that can do nothing.
 */
export const reconcileExtraSites = (): Promise<void> =>
  serially(async () => {
    const { extraSites, endpointUrl } = await loadSettings();
    // A failed check keeps the site: only a permission known to be gone takes it off the list.
    const allowed = (host: string) => browser.permissions.contains({ origins: [sitePattern(host)] }).catch(() => true);
    const revoked: string[] = [];
    for (const host of extraSites) if (!(await allowed(host))) revoked.push(host);
    if (revoked.length) await saveSettings((now) => ({ extraSites: now.extraSites.filter((h) => !revoked.includes(h)) }));
    const wanted = new Set(extraSites.filter((h) => !revoked.includes(h)));
    const registered = new Set(
      (await browser.scripting.getRegisteredContentScripts())
        .map((s) => s.id)
        .filter((id) => id.startsWith(ID_PREFIX))
        .map((id) => id.slice(ID_PREFIX.length)),
    );
    for (const host of registered) if (!wanted.has(host)) await forgetSite(host, endpointUrl);
    for (const host of wanted) {
      if (!registered.has(host))
        await registerSite(host).catch((err) => console.warn('[claimcheck] could not register', host, err));
    }
  });
