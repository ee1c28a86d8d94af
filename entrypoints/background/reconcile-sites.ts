import { loadSettings, saveSettings } from '../../utils/store/settings';
import { forgetSite, holds, warn } from './extra-sites';
import { heldSiteHosts, hostOf, isReleasing, markReleasing, releaseHostGrants, serially } from './site-grants';
import { registeredSiteHosts, registerSite } from './site-scanner';

export interface ReconcileOptions {
  /**
   * The reconcile the extension's update starts (runtime.onInstalled, reason 'update'): a site
   * grant held, not listed and not marked is then a leftover of an older version, given back.
   */
  afterUpdate?: boolean;
}

/**
 * Makes the registered scanners match the saved sites: after an update or a lost registration
 * every enabled site has its script again, and a site dropped from the settings any other way
 * ("Delete all local data", an import) stops being checked and its permission is given back.
 * A site whose permission the user took back in the browser's own settings leaves the list, so
 * the popup offers "Enable on this site" again instead of a switch that can do nothing. It never
 * enables a site: a grant held and not listed is not the user's wish to have it checked.
 */
export const reconcileExtraSites = ({ afterUpdate = false }: ReconcileOptions = {}): Promise<void> =>
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
    await settleUnlistedGrants(wanted, hostOf(endpointUrl), afterUpdate);
  });

/**
 * A site grant held but not listed, once the sites above are settled. One of a site the user
 * removed (marked: every way a site leaves the list marks it) is given back once the endpoint is
 * not on its host. One not marked is left alone: it is a grant the user gave a moment ago, whose
 * permissions.onAdded, delivered to this worker after the reconcile its start queued, enables it
 * (adoptSiteGrants); enabling it here would also list again a site an older version removed.
 * After an update, though, such a grant is a leftover of an older version (one that kept the
 * site's grant for the endpoint and then gave back only the endpoint's, or let a site go without
 * marking it): marked and given back like a removed site's, unless the endpoint is on its host.
 */
async function settleUnlistedGrants(listed: ReadonlySet<string>, endpointHost: string | undefined, afterUpdate: boolean) {
  for (const host of await heldSiteHosts().catch(() => [])) {
    if (listed.has(host)) continue;
    if (!(await isReleasing(host))) {
      if (!afterUpdate) continue;
      await markReleasing(host);
    }
    if (host !== endpointHost) await releaseHostGrants(host);
  }
}
