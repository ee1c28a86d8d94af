import { browser } from 'wxt/browser';
import { platformOfUrl, SITE_HOSTS } from '../../utils/adapters/hosts';
import type { Platform } from '../../utils/schemas/account';
import type { TabState } from '../../utils/schemas/messages';

export interface TabContext {
  tabId: number;
  windowId?: number;
  url: string;
  platform: Platform;
  /** One of the sites ClaimCheck checks out of the box. */
  supported: boolean;
}

/** The tab this popup is about: the active one, or ?tab= when it was opened in its own window. */
export async function currentTab(): Promise<TabContext | null> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  const tab = fromUrl
    ? await browser.tabs.get(Number(fromUrl))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  const url = tab.url ?? '';
  const platform = platformOfUrl(url);
  const supported = /^https?:/.test(url) && SITE_HOSTS.some((s) => s.platform === platform);
  return { tabId: tab.id, windowId: tab.windowId, url, platform, supported };
}

/**
 * The tab's state, if it was reported from the site now open. The background keeps a tab's
 * state until the tab closes or a scanner reports again; a tab that went on to another site
 * where none runs (unsupported, switched off) would show the last site's flags, and a report
 * filed from them would name the new page.
 */
export function stateOfOpenSite(state: TabState | null, tab: TabContext): TabState | null {
  if (!state) return null;
  try {
    return new URL(state.url).origin === new URL(tab.url).origin ? state : null;
  } catch {
    return null;
  }
}
