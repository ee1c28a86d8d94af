import '../../utils/schemas/zod-setup';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatchMessage, servePort } from '../../utils/messaging';
import { startSync } from '../../utils/sync/background';
import { TabStates } from '../../utils/tabs/tab-states';
import { restoreExtraSites } from './extra-sites';
import { createHandlers } from './handlers';

export default defineBackground(() => {
  const tabs = new TabStates();
  const sync = startSync();
  const handlers = createHandlers(tabs, sync);
  const log = (line: string) => console.warn(line);

  // Returning the promise is the polyfill's way to answer asynchronously; dispatchMessage never rejects.
  browser.runtime.onMessage.addListener((message, sender) => dispatchMessage(handlers, message, sender, log));
  browser.runtime.onConnect.addListener((port) => servePort(port, handlers, log));
  browser.tabs.onRemoved.addListener((tabId) => void tabs.delete(tabId));
  browser.alarms.onAlarm.addListener((alarm) => sync.handleAlarm(alarm));
  void restoreExtraSites().catch((err) => log(`[claimcheck] extra sites not restored: ${err}`));
});
