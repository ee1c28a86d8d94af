import { useState } from 'preact/hooks';
import { endpointOriginPattern, ensureHostPermission } from '../../utils/permissions/host-permission';
import { useT } from '../i18n';

export interface AllowHostAccessProps {
  endpointUrl: string;
  /** Called once the browser allows it: the status reads again, and no longer says access is missing. */
  onAllowed: () => void;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

/**
 * "Allow access", where sync says it may not reach the endpoint: the fix next to the reason,
 * instead of "press Save again" in another section. The request is the click's first call, since
 * the browser shows its prompt only while the click's gesture lasts.
 */
export function AllowHostAccess({ endpointUrl, onAllowed }: AllowHostAccessProps) {
  const t = useT();
  const [refused, setRefused] = useState(false);
  const host = hostOf(endpointUrl);
  if (!host) return null;
  const allow = async () => {
    const allowed = await ensureHostPermission(endpointOriginPattern(endpointUrl));
    setRefused(!allowed);
    if (allowed) onAllowed();
  };
  return (
    <div class="row allow-access">
      <button type="button" onClick={() => void allow()}>
        {t('allowHostAccess')}
      </button>
      {/* Mounted empty, so that a refusal is read out. */}
      <span class="error" aria-live="polite" dir="auto">
        {refused ? t('permissionDenied', host) : ''}
      </span>
    </div>
  );
}
