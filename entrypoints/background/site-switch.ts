import type { Handlers } from '../../utils/messaging';
import { saveSettings } from '../../utils/store/settings';

/**
 * The popup's switch of a supported site. Saved here rather than in the popup: a popup's code
 * stops when it closes, and a user who flips the switch and clicks away at once would lose the
 * change midway through the save (under the settings lock, several awaits). From the settings
 * as they stand under that lock, not as the popup read them: the options page may have switched
 * another site meanwhile.
 */
export const switchPlatform: Handlers['switchPlatform'] = async ({ platform, enabled }) => {
  const saved = await saveSettings((now) => {
    const others = now.disabledPlatforms.filter((p) => p !== platform);
    return { disabledPlatforms: enabled ? others : [...others, platform] };
  });
  return { disabledPlatforms: saved.disabledPlatforms };
};
