import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

interface ManifestScript {
  matches?: string[];
  js?: ScriptPublicPath[];
  world?: 'ISOLATED' | 'MAIN';
}

/**
 * Chromium runs a manifest's content scripts only in pages loaded after the extension is
 * installed, so the supported sites already open showed nothing until reloaded (Firefox injects
 * them itself). At install, each manifest entry's files go into the open tabs it matches, in the
 * manifest's order: a site's MAIN-world reader before its scanner, as at page load. Not at an
 * update: the old scripts still run there until their orphan check (scanner.ts) takes their
 * marks off, which would take the new script's marks with them; the popup asks for a reload.
 * Returns how many injections succeeded.
 */
export async function scanOpenTabs(): Promise<number> {
  let started = 0;
  for (const entry of (browser.runtime.getManifest().content_scripts ?? []) as ManifestScript[]) {
    if (!entry.matches?.length || !entry.js?.length) continue;
    for (const tab of await browser.tabs.query({ url: entry.matches })) {
      if (tab.id === undefined || tab.discarded) continue;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: entry.js, world: entry.world ?? 'ISOLATED' });
        started++;
      } catch {
        // A tab that cannot be scripted now (an error page, a page still loading): its next load runs the scripts.
      }
    }
  }
  return started;
}
