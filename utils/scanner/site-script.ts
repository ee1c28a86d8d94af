import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type SiteHosts, sitePatterns } from '../adapters/site-hosts';
import type { SiteAdapter } from '../adapters/types';
import { sendMessage } from '../messaging/send';
import { prepareEngineInTasks } from './local-verdicts';
import { scanPage } from './scanner';

/**
 * One content script per supported platform, holding only that platform's adapters: a tab
 * carries one site's code, not twelve (issue 6 budgets the content script per tab at 50 KB
 * gzip, and the engine now runs in it). The adapters match every host of their platform's
 * patterns (a test holds them to it), so no generic fallback is needed here. A platform whose
 * sites share no code (weibo.com and the mobile m.weibo.cn) is two SiteHosts, a script each.
 */
export function siteContentScript(site: SiteHosts, adapters: readonly SiteAdapter[]) {
  return defineContentScript({
    matches: sitePatterns(site),
    runAt: 'document_idle',
    // WXT's old "script started" postMessage to the page: 13-22 ms of the script's first task
    // (measured in Chromium), and an event every page listener would see. The scanners' own
    // context (scanner-context.ts) sends nothing; this stays for a build without it.
    noScriptStartedPostMessage: true,
    async main(ctx) {
      const url = new URL(location.href);
      const adapter = adapters.find((a) => a.matches(url));
      if (adapter) await startScanner(ctx, adapter);
    },
  });
}

/** Asks the background for this page's settings, then scans it if ClaimCheck is on here. */
export async function startScanner(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const settings = await sendMessage('getPageSettings', { platform: adapter.platform });
  if (!settings.enabled || ctx.isInvalid) return;
  // The rest starts in a timer task, not in this continuation (see prepareEngineInTasks).
  const scan = () => scanPage(ctx, adapter, settings);
  if (settings.judgeHere) prepareEngineInTasks(() => ctx.isValid, scan);
  else ctx.setTimeout(scan, 0);
}
