import '../utils/schemas/zod-setup';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { genericAdapter } from '../utils/adapters/generic';
import { startScanner } from '../utils/scanner/site-script';

// Not in the manifest: registered at run time for each site the user enables by hand
// ("Enable on this site", entrypoints/background/extra-sites.ts), with the generic adapter.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  // As the site scripts (utils/scanner/site-script.ts): no postMessage to the page at start.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    await startScanner(ctx, genericAdapter);
  },
});
