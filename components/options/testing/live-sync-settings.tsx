import type { Language, Settings } from '../../../utils/schemas/settings';
import { SyncSettings } from '../../SyncSettings';
import { useStoredSettings } from '../use-stored-settings';

/** SyncSettings as the options page gives it: the live settings from the page's one watcher (main.tsx). */
export function LiveSyncSettings({
  initial,
  unusableToken,
  onLanguage = () => {},
}: {
  initial: Settings;
  unusableToken?: string;
  onLanguage?: (l: Language) => void;
}) {
  const live = useStoredSettings(initial);
  return <SyncSettings initial={initial} live={live} unusableToken={unusableToken} onLanguage={onLanguage} />;
}
