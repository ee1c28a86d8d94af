import { browser } from 'wxt/browser';
import { sitePattern } from '../../utils/permissions/host-permission';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import {
  heldSiteHosts,
  isReleasing,
  listable,
  markReleasing,
  releaseHostGrants,
  serially,
  siteGrantHost,
  unmarkReleasing,
} from './site-grants';
import { isRegistered, registeredSiteHosts, registerSite, startInOpenTabs, startInTab, unregisterSite } from './site-scanner';

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
};
const holds = (host: string) => browser.permissions.contains({ origins: [sitePattern(host)] });
const warn = (what: string, host: string) => (err: unknown) => console.warn(`[claimcheck] could not ${what}`, host, err);

/**
 * Unregisters a host's scanner and gives back every grant of it, unless the sync endpoint is on
 * that host: the site's pattern covers the endpoint's, and removing it would stop sync quietly
 * (the endpoint's release gives it back later: endpoint-grant.ts). Marked first, so that a grant
 * kept here, or one the browser failed to remove, is never taken for a new one to enable.
 */
async function forgetSite(host: string, endpointUrl: string | undefined): Promise<void> {
  await unregisterSite(host);
  await markReleasing(host);
  if (endpointUrl && hostOf(endpointUrl) === host) return;
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
 * scanner is registered for that host and started in the open tab.
 */
export const enableSite = (tabId: number, pageUrl: string): Promise<string> =>
  serially(async () => {
    const host = new URL(pageUrl).hostname;
    if (!(await holds(host))) throw new Error(`no permission for ${host}`);
    if (!(await isRegistered(host))) await registerSite(host);
    await listSite(host);
    await startInTab(tabId);
    return host;
  });

/** Off the list first: should the grant's removal fail, the site stays off and its grant marked. */
export const disableSite = (host: string): Promise<string> =>
  serially(async () => {
    const settings = await loadSettings();
    await saveSettings((now) => ({ extraSites: now.extraSites.filter((h) => h !== host) }));
    await forgetSite(host, settings.endpointUrl);
    return host;
  });

/**
 * A site grant no enableSite followed: "Enable on this site" with the popup closed under the
 * browser's prompt (Firefox draws it under the popup, so that is the usual path), or the
 * browser's own site-access menu. Enabled as the popup would have, in every open tab of the
 * host; a grant the settings cannot list (an IPv6 address, a full list) is given back.
 */
async function useGrant(host: string): Promise<void> {
  try {
    if (!listable(host)) throw new Error('not a host the settings list');
    await listSite(host);
  } catch (err) {
    warn('enable', host)(err);
    await releaseHostGrants(host);
    return;
  }
  if (!(await isRegistered(host))) await registerSite(host).catch(warn('register', host));
  await startInOpenTabs(host);
}

/**
 * permissions.onAdded: the user granted these origins just now, so a site among them is enabled,
 * even one removed before. Run in turn with the popup's own enableSite: whichever comes second
 * finds the site listed. One given back meanwhile (removed again) is not enabled.
 */
export const adoptSiteGrants = (origins: readonly string[]): Promise<void> =>
  serially(async () => {
    const { extraSites } = await loadSettings();
    for (const host of origins.map(siteGrantHost)) {
      if (host && !extraSites.includes(host) && (await holds(host))) await useGrant(host);
    }
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
    const allowed = (host: string) => holds(host).catch(() => true);
    const revoked: string[] = [];
    for (const host of extraSites) if (!(await allowed(host))) revoked.push(host);
    if (revoked.length) await saveSettings((now) => ({ extraSites: now.extraSites.filter((h) => !revoked.includes(h)) }));
    const wanted = new Set(extraSites.filter((h) => !revoked.includes(h)));
    const registered = await registeredSiteHosts();
    for (const host of registered) if (!wanted.has(host)) await forgetSite(host, endpointUrl);
    for (const host of wanted) if (!registered.has(host)) await registerSite(host).catch(warn('register', host));
    await settleUnlistedGrants(wanted, hostOf(endpointUrl));
  });

/**
 * A site grant held but not listed, once the sites above are settled. One of a site the user
 * removed (marked by forgetSite) is given back once the endpoint is not on its host. Any other
 * is a grant the user gave that no enableSite followed, while this worker slept: the worker the
 * grant's onAdded wakes runs this reconcile before that event's listener. It is enabled, as the
 * onAdded would have: giving it back would undo the user's Allow of a moment ago, and every way
 * the extension lets go of a site marks it first. One on the endpoint's host is left as it is:
 * it may be a grant a removed site left for the endpoint before removals were marked.
 */
async function settleUnlistedGrants(listed: ReadonlySet<string>, endpointHost: string | undefined): Promise<void> {
  for (const host of await heldSiteHosts().catch(() => [])) {
    if (listed.has(host) || host === endpointHost) continue;
    if (await isReleasing(host)) await releaseHostGrants(host);
    else await useGrant(host);
  }
}
