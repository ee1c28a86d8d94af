import '../../utils/schemas/zod-setup';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatchMessage, servePort } from '../../utils/messaging';
import { clearDraft } from '../../utils/report/draft';
import { watchSettings } from '../../utils/store/settings';
import { startSync } from '../../utils/sync/background';
import { TabStates } from '../../utils/tabs/tab-states';
import { releaseOldEndpointGrant } from './endpoint-grant';
import { adoptSiteGrants, forgetRemovedSites } from './extra-sites';
import { createHandlers } from './handlers';
import { scanOpenTabs } from './open-tabs';
import { type ReconcileOptions, reconcileExtraSites } from './reconcile-sites';

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
  const reconcile = (options?: ReconcileOptions) =>
    void reconcileExtraSites(options).catch((err) => log(`[claimcheck] extra sites not reconciled: ${err}`));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Firefox starts the manifest's scripts in open tabs itself at install; Chromium does not.
    if (reason === 'install' && !import.meta.env.FIREFOX)
      void scanOpenTabs().catch((err) => log(`[claimcheck] open tabs not checked: ${err}`));
    // Site grants an older version left behind are given back (reconcile-sites.ts).
    if (reason === 'update') reconcile({ afterUpdate: true });
  });
  reconcile();
  // The user can take a site's permission back in the browser's own settings.
  browser.permissions.onRemoved.addListener(() => reconcile());
  // A site granted with no "Enable on this site" after it: the popup closed under the browser's
  // prompt, or the browser's own site-access menu. The grant is what the user asked for: used.
  // Registered here, in the worker's first turn, so that the browser delivers the event that
  // woke the worker to it: the reconcile above leaves such a grant to this listener.
  browser.permissions.onAdded.addListener(({ origins }) => {
    void adoptSiteGrants(origins ?? []).catch((err) => log(`[claimcheck] site grant not used: ${err}`));
  });
  watchSettings((settings, previous) => {
    const sites = settings.extraSites;
    // A site can leave the settings without disableSite ("Delete all local data", an import, a
    // settings save): its grant goes as disableSite's would, even with its scanner unregistered.
    const left = previous.extraSites.filter((host) => !sites.includes(host));
    if (left.length) void forgetRemovedSites(left).catch((err) => log(`[claimcheck] removed sites kept: ${err}`));
    if (sites.join('\n') !== previous.extraSites.join('\n')) reconcile();
    if (settings.endpointUrl !== previous.endpointUrl)
      void releaseOldEndpointGrant(previous.endpointUrl).catch((err) => log(`[claimcheck] old endpoint's grant kept: ${err}`));
  });
});
