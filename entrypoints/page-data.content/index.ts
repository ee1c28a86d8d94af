import { defineContentScript } from 'wxt/utils/define-content-script';
import { SUPPORTED_HOST_PATTERNS } from '../../utils/adapters/hosts';
import { startPageDataReader } from '../../utils/adapters/page-data-reader';

// Runs in the page's own JS world: only there are React props (X), Vue instances (weibo.com),
// custom elements' `.data` (Bilibili comments) and JS globals (ytInitialData …) visible. It has
// no extension APIs; it answers the isolated-world receiver (utils/adapters/page-data.ts) with
// pruned copies, which that side validates with zod. It sends once at idle and on each request.
export default defineContentScript({
  matches: SUPPORTED_HOST_PATTERNS,
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    startPageDataReader(window);
  },
});
