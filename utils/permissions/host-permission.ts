import { browser } from 'wxt/browser';

/** The endpoint's match pattern: its scheme and host (patterns carry no port: all ports of the host). */
export function endpointOriginPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** A site the user enables: both schemes, so http and https pages of it are checked alike. */
export function sitePattern(host: string): string {
  return `*://${host}/*`;
}

/**
 * Makes sure the extension may reach `pattern`. Must run from a click or change handler: the
 * browser shows its prompt only for a user gesture, and only when the grant is missing.
 */
export async function ensureHostPermission(pattern: string): Promise<boolean> {
  const origins = [pattern];
  try {
    if (await browser.permissions.contains({ origins })) return true;
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}
