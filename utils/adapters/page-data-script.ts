import { defineContentScript } from 'wxt/utils/define-content-script';
import { type SiteReader, startPageDataReader } from './page-data-reader';
import { type SiteHosts, sitePatterns } from './site-hosts';

/**
 * A site's MAIN-world content script: only there are React props (X), Vue instances
 * (weibo.com), custom elements' `.data` (Bilibili comments) and JS globals (ytInitialData …)
 * visible. It has no extension APIs; it answers the isolated-world receiver (page-data.ts) with
 * pruned copies, which that side validates with zod. One script a site with its own reader
 * only, and none where the site's data is read from embedded JSON in the isolated world
 * (Douyin, TikTok, Zhihu, WeChat, Reddit): every tab carries less (the 50 KB budget, issue 6).
 */
export function pageDataScript(site: SiteHosts, reader: SiteReader) {
  return defineContentScript({
    matches: sitePatterns(site),
    world: 'MAIN',
    runAt: 'document_idle',
    main() {
      startPageDataReader(window, reader);
    },
  });
}
