import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { SITE_HOSTS } from '../../utils/adapters/hosts';
import { siteCovers } from '../../utils/adapters/site-hosts';
import { sitePattern } from '../../utils/permissions/host-permission';
import { oneAtATime } from '../../utils/store/one-at-a-time';

/**
 * Enabling, disabling, reconciling, adopting a grant and giving an old endpoint's grant back all
 * read and write the same registrations, settings and grants: one at a time, so that none sees
 * another half done (an endpoint release that read the site list just before an enable of that
 * host saved it would give back the grant the site now uses). Starting the scanner in open tabs
 * stays out of it: a tab can hold a script back for as long as it likes (an alert() open).
 */
export const serially = oneAtATime();

/** The host of a URL (a page's, an endpoint's), or undefined for none or one that does not parse. */
export function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/** A host as the settings list it (extraSites): lower case, no port, no IPv6 brackets. */
const LISTABLE_HOST = /^[a-z0-9.-]{1,253}$/;

/**
 * The host of a grant in the form only "Enable on this site" asks for (`*://HOST/*`), or
 * undefined: the endpoint's `https://HOST/*`, a wildcard host, and a supported site's pattern
 * (the manifest's own, which getAll lists too and onAdded reports when the user allows a
 * withheld site again) are no site the user added.
 */
export function siteGrantHost(origin: string): string | undefined {
  const host = /^\*:\/\/([^/*]+)\/\*$/.exec(origin)?.[1];
  if (!host || SITE_HOSTS.some((site) => siteCovers(site, host))) return undefined;
  return host;
}

/** The hosts of every site grant the extension holds now. */
export async function heldSiteHosts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.map(siteGrantHost).filter((host): host is string => host !== undefined);
}

/** A grant the settings could list; one they could not (an IPv6 address) is given back, not enabled. */
export const listable = (host: string) => LISTABLE_HOST.test(host);

/**
 * Sites the user removed whose grant is still held: kept while the sync endpoint is on that host
 * (the site's pattern covers the endpoint's), or a removal the browser failed. A reconcile gives
 * these back once nothing uses the host, and never takes them for a grant to enable.
 */
const releasing = storage.defineItem<string[]>('local:releasingSiteGrants', { fallback: [] });

export const isReleasing = async (host: string) => (await releasing.getValue()).includes(host);

export async function markReleasing(host: string): Promise<void> {
  const hosts = await releasing.getValue();
  if (!hosts.includes(host)) await releasing.setValue([...hosts, host]);
}

export async function unmarkReleasing(host: string): Promise<void> {
  const hosts = await releasing.getValue();
  if (hosts.includes(host)) await releasing.setValue(hosts.filter((h) => h !== host));
}

/**
 * Every pattern of `host` the extension may have asked for: an endpoint's of either scheme, and
 * a site's unless the manifest lists it (Firefox lets an extension remove its own host access).
 */
const patternsOf = (host: string) => [
  ...(siteGrantHost(sitePattern(host)) ? [sitePattern(host)] : []),
  `https://${host}/*`,
  `http://${host}/*`,
];

/**
 * Gives back every grant the extension holds for `host`, in both forms: called by whichever of
 * the site and the endpoint lets go of the host last, once neither uses it. Each pattern goes
 * on its own, so that one the browser refuses (a manifest host) keeps none of the others.
 * Returns whether any was given back.
 */
export async function releaseHostGrants(host: string): Promise<boolean> {
  let held: string[];
  try {
    held = (await browser.permissions.getAll()).origins ?? [];
  } catch {
    held = patternsOf(host);
  }
  let gaveBack = false;
  let failed = false;
  for (const origin of patternsOf(host).filter((p) => held.includes(p))) {
    const removed = await browser.permissions.remove({ origins: [origin] }).catch(() => false);
    gaveBack ||= removed;
    failed ||= !removed;
  }
  if (!failed) await unmarkReleasing(host);
  return gaveBack;
}
