import { browser } from 'wxt/browser';
import { endpointOriginPattern } from '../../utils/permissions/host-permission';
import { loadSettings } from '../../utils/store/settings';
import { hostOf, releaseHostGrants, serially } from './site-grants';

const patternOf = (url: string | undefined): string | undefined => {
  try {
    return url ? endpointOriginPattern(url) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Gives back the old endpoint's host permission once the user saved another endpoint or none
 * (minimal permissions: the grant was asked for that endpoint alone). Kept when the endpoint now
 * has the same scheme and host, or when a site the user enabled is that host (its own grant covers the
 * endpoint's, and removing the narrower pattern could take part of it). Otherwise every grant of
 * that host goes, the site's too: one a removed site left for this endpoint (forgetSite) has
 * nothing using it now. A host the manifest itself lists cannot be removed: the browser
 * refuses, and that refusal is no failure.
 *
 * The settings are read in the task, not taken from the save that started it: the task waits
 * its turn behind the others, and an enable of that host queued before it, or the endpoint set
 * back meanwhile, would otherwise lose a grant in use.
 */
export const releaseOldEndpointGrant = (oldEndpointUrl: string): Promise<boolean> =>
  serially(async () => {
    const old = patternOf(oldEndpointUrl);
    const { endpointUrl, extraSites } = await loadSettings();
    if (!old || old === patternOf(endpointUrl)) return false;
    const host = new URL(oldEndpointUrl).hostname;
    if (extraSites.includes(host)) return false;
    // The same host under the other scheme (a loopback endpoint's http and https): its grant is in use.
    if (hostOf(endpointUrl) === host) return browser.permissions.remove({ origins: [old] }).catch(() => false);
    return releaseHostGrants(host);
  });
