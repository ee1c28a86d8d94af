import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/schemas/settings';
import { loadSettings, watchSettings } from '../../utils/store/settings';

/**
 * The stored settings as they change, from this page or another (the popup enables a site, the
 * page's popover trusts an account): for the lists that apply at once, unlike the form's draft.
 * The first read is dropped once the watcher has spoken: the watcher's value is newer.
 */
export function useStoredSettings(initial: Settings): Settings {
  const [settings, setSettings] = useState(initial);
  useEffect(() => {
    let live = true;
    let watched = false;
    const stop = watchSettings((next) => {
      watched = true;
      if (live) setSettings(next);
    });
    void loadSettings().then(
      (next) => live && !watched && setSettings(next),
      () => {},
    );
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
