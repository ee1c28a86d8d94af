import { defineContentScript } from 'wxt/utils/define-content-script';
import { genericAdapter } from '../adapters/generic';
import { hostPatternsOf, type SiteHosts } from '../adapters/hosts';
import type { SiteAdapter } from '../adapters/types';
import { startScanner } from './scanner';

/**
 * One content script per supported platform, holding only that platform's adapters (and the
 * generic one for its pages they do not know): a tab carries one site's code, not twelve
 * (issue 6 budgets the content script per tab at 50 KB gzip, and the engine now runs in it).
 */
export function siteContentScript(platform: SiteHosts['platform'], adapters: readonly SiteAdapter[]) {
  return defineContentScript({
    matches: hostPatternsOf(platform),
    runAt: 'document_idle',
    async main(ctx) {
      const url = new URL(location.href);
      const adapter = [...adapters, genericAdapter].find((a) => a.matches(url));
      if (adapter) await startScanner(ctx, adapter);
    },
  });
}
