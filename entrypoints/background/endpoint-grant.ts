import { browser } from 'wxt/browser';
import { endpointOriginPattern } from '../../utils/permissions/host-permission';
import type { Settings } from '../../utils/schemas/settings';
import { releaseHostGrants, serially } from './site-grants';

const patternOf = (url: string | undefined): string | undefined => {
  try {
    return url ? endpointOriginPattern(url) : undefined;
  } catch {
    return undefined;
  }
};
const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
};

/**
 * Gives back the old endpoint's host permission once the user saved another endpoint or none
 * (minimal permissions: the grant was asked for that endpoint alone). Kept when the new endpoint
 * has the same scheme and host, or when a site the user enabled is that host (its own grant covers the
 * endpoint's, and removing the narrower pattern could take part of it). Otherwise every grant of
 * that host goes, the site's too: one a removed site left for this endpoint (forgetSite) has
 * nothing using it now. A host the manifest itself lists cannot be removed: the browser
 * refuses, and that refusal is no failure.
 */
export const releaseOldEndpointGrant = (next: Settings, previous: Settings): Promise<boolean> =>
  serially(async () => {
    const old = patternOf(previous.endpointUrl);
    if (!old || old === patternOf(next.endpointUrl)) return false;
    const host = new URL(previous.endpointUrl).hostname;
    if (next.extraSites.includes(host)) return false;
    // The same host under the other scheme (a loopback endpoint's http and https): its grant is in use.
    if (hostOf(next.endpointUrl) === host) return browser.permissions.remove({ origins: [old] }).catch(() => false);
    return releaseHostGrants(host);
  });
