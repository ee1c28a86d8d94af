import { browser } from 'wxt/browser';

/** The match pattern for an endpoint's host (patterns carry no port: all ports of the host). */
export function endpointOriginPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * Makes sure the page may reach the endpoint. Must run from a click or change handler: the
 * browser shows its prompt only for a user gesture, and only when the grant is missing.
 */
export async function ensureHostPermission(endpointUrl: string): Promise<boolean> {
  const origins = [endpointOriginPattern(endpointUrl)];
  try {
    if (await browser.permissions.contains({ origins })) return true;
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}
