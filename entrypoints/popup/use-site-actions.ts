import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from '../../components/i18n';
import { failureText } from '../../utils/i18n/failure-text';
import { sendMessage } from '../../utils/messaging';
import { ensureHostPermission, sitePattern } from '../../utils/permissions/host-permission';
import type { Settings } from '../../utils/schemas/settings';
import { loadSettings } from '../../utils/store/settings';
import type { TabContext } from './tab-context';

/**
 * The site switch and "Enable on this site": the settings they change, what they announce
 * (`status`, polite) and why they failed (`alert`). One runs at a time: a second press while a
 * permission prompt is open would ask again. Switching off applies at once (the tab's scanner
 * stops and takes its marks); switching on needs the page reloaded, since a scanner that found
 * its site off has stopped: `reload` is 'offered' until the user reloads it here ('done').
 */
export function useSiteActions(tab: TabContext | null | undefined, initial: Settings) {
  const t = useT();
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState<'offered' | 'done' | null>(null);
  /** Where the user just put the switch, shown while it is saved (the saved state would flick it back). */
  const [pending, setPending] = useState<boolean | null>(null);
  // Set before the first await: a second press in the same moment finds it (state is a render late).
  const running = useRef(false);

  const host = tab && /^https?:/.test(tab.url) ? new URL(tab.url).hostname : null;
  const extraSite = !!host && !tab?.supported && settings.extraSites.includes(host);
  const saved = !!tab && (extraSite || (tab.supported && !settings.disabledPlatforms.includes(tab.platform)));
  const enabled = pending ?? saved;

  // The action is called at once, with no await before it: the permission prompt needs the click's gesture.
  const exclusive = async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setAlert('');
    try {
      await action();
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const toggle = (on: boolean) =>
    exclusive(async () => {
      if (!tab) return;
      setPending(on);
      try {
        if (extraSite && host && !on) {
          await sendMessage('disableSite', { host });
          setSettings(await loadSettings());
          setStatus(t('siteRemoved', host));
          return;
        }
        // Saved by the background, which goes on if the popup closes at once (its code stops then).
        const { disabledPlatforms } = await sendMessage('switchPlatform', { platform: tab.platform, enabled: on });
        setSettings((now) => ({ ...now, disabledPlatforms }));
        setStatus(on ? t('siteSwitchedOn') : t('siteSwitchedOff'));
        setReload(on ? 'offered' : null);
      } catch (err) {
        console.warn('[claimcheck] site switch not saved:', err);
        setAlert(failureText(t, 'saveFailed', err));
      } finally {
        setPending(null);
      }
    });

  const enable = () =>
    exclusive(async () => {
      if (!tab || !host) return;
      // Asked in the click (a user gesture), for this one host only.
      if (!(await ensureHostPermission(sitePattern(host)))) return setAlert(t('enableSiteRefused'));
      try {
        await sendMessage('enableSite', { tabId: tab.tabId, url: tab.url });
      } catch (err) {
        // Pages the browser keeps extensions out of (its web store, for one) refuse the scanner,
        // after the background saved the site: take it off again, or the next popup shows a
        // switch that is on for a site that is never checked.
        console.warn('[claimcheck] could not enable', host, err);
        await sendMessage('disableSite', { host }).catch(() => {});
        return setAlert(t('enableSiteFailed'));
      }
      setSettings(await loadSettings());
      setStatus(t('siteEnabled', host));
    });

  /** Reloads the tab; false when it could not (the tab went away meanwhile), and the offer stays. */
  const reloadPage = async (): Promise<boolean> => {
    if (!tab) return false;
    try {
      await browser.tabs.reload(tab.tabId);
    } catch (err) {
      console.warn('[claimcheck] could not reload the tab:', err);
      return false;
    }
    setReload('done');
    setStatus(t('pageReloading'));
    return true;
  };

  return { host, extraSite, enabled, status, alert, busy, reload, toggle, enable, reloadPage };
}
