import { browser } from 'wxt/browser';
import { sitePattern } from '../../utils/permissions/host-permission';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { hostOf, listable, markReleasing, releaseHostGrants, serially, siteGrantHost, unmarkReleasing } from './site-grants';
import { isRegistered, registerSite, startInOpenTabs, startInTab, unregisterSite } from './site-scanner';

export const holds = (host: string) => browser.permissions.contains({ origins: [sitePattern(host)] });
export const warn = (what: string, host: string) => (err: unknown) => console.warn(`[claimcheck] could not ${what}`, host, err);

/**
 * Unregisters a host's scanner and gives back every grant of it, unless the sync endpoint is on
 * that host: the site's pattern covers the endpoint's, and removing it would stop sync quietly
 * (the endpoint's release gives it back later: endpoint-grant.ts). Marked first, so that a grant
 * kept here, or one the browser failed to remove, is never taken for a new one to enable.
 */
export async function forgetSite(host: string, endpointUrl: string | undefined): Promise<void> {
  await unregisterSite(host);
  await markReleasing(host);
  if (hostOf(endpointUrl) === host) return;
  await releaseHostGrants(host);
}

async function listSite(host: string): Promise<void> {
  const settings = await loadSettings();
  if (!settings.extraSites.includes(host))
    await saveSettings((now) => ({ extraSites: [...now.extraSites.filter((h) => h !== host), host] }));
  await unmarkReleasing(host);
}

/**
 * "Enable on this site": the popup asked for the host permission in the user's click; here the
 * scanner is registered for that host and started in the open tab. The start runs after the
 * queue's turn, not in it: a tab that holds the script back (one showing an alert(), one still
 * loading) would otherwise hold every enable, removal and reconcile behind it. Its failure still
 * reaches the popup, which takes the site off again.
 */
export async function enableSite(tabId: number, pageUrl: string): Promise<string> {
  const host = await serially(async () => {
    const host = new URL(pageUrl).hostname;
    if (!(await holds(host))) throw new Error(`no permission for ${host}`);
    if (!(await isRegistered(host))) await registerSite(host);
    await listSite(host);
    return host;
  });
  await startInTab(tabId);
  return host;
}

/** Off the list first: should the grant's removal fail, the site stays off and its grant marked. */
export const disableSite = (host: string): Promise<string> =>
  serially(async () => {
    const settings = await loadSettings();
    await saveSettings((now) => ({ extraSites: now.extraSites.filter((h) => h !== host) }));
    await forgetSite(host, settings.endpointUrl);
    return host;
  });

/**
 * Sites that left the list any other way than disableSite ("Delete all local data", an import,
 * a settings save), as the settings watcher saw them go: forgotten as disableSite forgets, even
 * one whose scanner registration was missing (the reconcile forgets only registered ones), so
 * that its grant is marked and given back. One listed again by the time this runs is kept.
 */
export const forgetRemovedSites = (hosts: readonly string[]): Promise<void> =>
  serially(async () => {
    const { extraSites, endpointUrl } = await loadSettings();
    for (const host of hosts) if (!extraSites.includes(host)) await forgetSite(host, endpointUrl);
  });

/**
 * A site grant no enableSite followed: "Enable on this site" with the popup closed under the
 * browser's prompt (Firefox draws it under the popup, so that is the usual path), or the
 * browser's own site-access menu. Enabled as the popup would have; a grant the settings cannot
 * list (an IPv6 address, a full list) is given back. Returns whether the site was enabled.
 */
async function useGrant(host: string): Promise<boolean> {
  try {
    if (!listable(host)) throw new Error('not a host the settings list');
    await listSite(host);
  } catch (err) {
    warn('enable', host)(err);
    await releaseHostGrants(host);
    return false;
  }
  if (!(await isRegistered(host))) await registerSite(host).catch(warn('register', host));
  return true;
}

/**
 * permissions.onAdded: the user granted these origins just now, so a site among them is enabled,
 * even one removed before. Only here: the browser delivers onAdded to the listener the worker
 * registers at its start (index.ts), so a reconcile never needs to take an unlisted grant for a
 * new one. Run in turn with the popup's own enableSite: whichever comes second finds the site
 * listed. One given back meanwhile (removed again) is not enabled. The scanner starts in the
 * host's open tabs after the queue's turn, as enableSite's does.
 */
export async function adoptSiteGrants(origins: readonly string[]): Promise<void> {
  const enabled = await serially(async () => {
    const { extraSites } = await loadSettings();
    const used: string[] = [];
    for (const host of origins.map(siteGrantHost)) {
      if (host && !extraSites.includes(host) && (await holds(host)) && (await useGrant(host))) used.push(host);
    }
    return used;
  });
  await Promise.all(enabled.map(startInOpenTabs));
}
