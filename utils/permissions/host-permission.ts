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
 * Makes sure the extension may reach `pattern`. Must be called from a click or change handler
 * before any await: Firefox shows its prompt only while the user's gesture lasts, and an await
 * first (permissions.contains) ends it. A grant already held resolves true with no prompt.
 */
export async function ensureHostPermission(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [pattern] });
  } catch {
    return false;
  }
}
