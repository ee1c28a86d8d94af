import '../../utils/schemas/zod-setup';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatchMessage, servePort } from '../../utils/messaging';
import { clearDraft } from '../../utils/report/draft';
import { watchSettings } from '../../utils/store/settings';
import { startSync } from '../../utils/sync/background';
import { TabStates } from '../../utils/tabs/tab-states';
import { releaseOldEndpointGrant } from './endpoint-grant';
import { adoptSiteGrants, reconcileExtraSites } from './extra-sites';
import { createHandlers } from './handlers';
import { scanOpenTabs } from './open-tabs';

export default defineBackground(() => {
  const tabs = new TabStates();
  const sync = startSync();
  const handlers = createHandlers(tabs, sync);
  const log = (line: string) => console.warn(line);

  // Returning the promise is the polyfill's way to answer asynchronously; dispatchMessage never rejects.
  browser.runtime.onMessage.addListener((message, sender) => dispatchMessage(handlers, message, sender, log));
  browser.runtime.onConnect.addListener((port) => servePort(port, handlers, log));
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.delete(tabId);
    // A half-filled report (its note, maybe a screenshot) belongs to the tab it was started in.
    void clearDraft(tabId).catch(() => {});
  });
  browser.alarms.onAlarm.addListener((alarm) => sync.handleAlarm(alarm));
  // Firefox starts the manifest's scripts in open tabs itself at install; Chromium does not.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' && !import.meta.env.FIREFOX)
      void scanOpenTabs().catch((err) => log(`[claimcheck] open tabs not checked: ${err}`));
  });
  const reconcile = () => void reconcileExtraSites().catch((err) => log(`[claimcheck] extra sites not reconciled: ${err}`));
  reconcile();
  // The user can take a site's permission back in the browser's own settings.
  browser.permissions.onRemoved.addListener(reconcile);
  // A site granted with no "Enable on this site" after it: the popup closed under the browser's
  // prompt, or the browser's own site-access menu. The grant is what the user asked for: used.
  browser.permissions.onAdded.addListener(({ origins }) => {
    void adoptSiteGrants(origins ?? []).catch((err) => log(`[claimcheck] site grant not used: ${err}`));
  });
  // A site can leave the settings without disableSite ("Delete all local data", a settings save).
  let sites = '';
  watchSettings((settings, previous) => {
    const next = settings.extraSites.join('\n');
    if (next !== sites) reconcile();
    sites = next;
    void releaseOldEndpointGrant(settings, previous).catch((err) => log(`[claimcheck] old endpoint's grant kept: ${err}`));
  });
});
