/**
 * The manifest's optional host permissions: everything the extension may ask for at run time.
 * A request for a pattern that no entry here covers is refused outright by the browser, with
 * no prompt ("Only permissions specified in the manifest may be requested"): "Enable on this
 * site" asks for both schemes of one host (sitePattern), the sync endpoint for its origin's
 * (endpointOriginPattern: https, or http on a loopback address). host-permission.test.ts holds
 * both to this list.
 */
export const OPTIONAL_HOST_PATTERNS = ['*://*/*'];
