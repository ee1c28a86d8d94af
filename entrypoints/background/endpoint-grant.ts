import { browser } from 'wxt/browser';
import { endpointOriginPattern } from '../../utils/permissions/host-permission';
import type { Settings } from '../../utils/schemas/settings';

const patternOf = (url: string | undefined): string | undefined => {
  try {
    return url ? endpointOriginPattern(url) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Gives back the old endpoint's host permission once the user saved another endpoint or none
 * (minimal permissions: the grant was asked for that endpoint alone). Kept when the new endpoint
 * is on the same host, or when a site the user enabled is that host (its own grant covers the
 * endpoint's, and removing the narrower pattern could take part of it). A host the manifest
 * itself lists cannot be removed: the browser refuses, and that refusal is no failure.
 */
export async function releaseOldEndpointGrant(next: Settings, previous: Settings): Promise<boolean> {
  const old = patternOf(previous.endpointUrl);
  if (!old || old === patternOf(next.endpointUrl)) return false;
  const host = new URL(previous.endpointUrl).hostname;
  if (next.extraSites.includes(host)) return false;
  return browser.permissions.remove({ origins: [old] }).catch(() => false);
}
