import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { endpointUrlProblem } from '../utils/schemas/protocol';
import type { Settings } from '../utils/schemas/settings';
import { saveSettings } from '../utils/store/settings';
import { useT } from './i18n';

/** The match pattern for an endpoint's host (patterns carry no port: all ports of the host). */
export function endpointOriginPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export interface SyncSettingsProps {
  initial: Settings;
}

export function SyncSettings({ initial }: SyncSettingsProps) {
  const t = useT();
  const [endpointUrl, setEndpointUrl] = useState(initial.endpointUrl);
  const [accessToken, setAccessToken] = useState(initial.accessToken);
  const [syncEnabled, setSyncEnabled] = useState(initial.syncEnabled);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const save = async () => {
    setMessage('');
    const url = endpointUrl.trim();
    const problem = url ? endpointUrlProblem(url) : null;
    if (problem) return setError(`${t('fieldEndpointUrl')}: ${problem}`);
    setError('');
    // Asked inside the click (a user gesture), only for the one host the user typed.
    if (url) {
      const pattern = endpointOriginPattern(url);
      const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
      if (!granted) setError(t('permissionDenied', new URL(url).host));
    }
    await saveSettings({ endpointUrl: url, accessToken: accessToken.trim(), syncEnabled });
    setMessage(t('saved'));
  };

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          <span>{t('fieldEndpointUrl')}</span>
          <input
            aria-label="Endpoint URL"
            type="url"
            value={endpointUrl}
            placeholder="https://reports.example.org/claimcheck"
            onInput={(e) => setEndpointUrl(e.currentTarget.value)}
          />
        </label>
        <label>
          <span>{t('fieldAccessToken')}</span>
          <input
            aria-label="Access token"
            type="password"
            autocomplete="off"
            value={accessToken}
            onInput={(e) => setAccessToken(e.currentTarget.value)}
          />
        </label>
        <label class="check">
          <input
            aria-label="Sync reports automatically"
            type="checkbox"
            checked={syncEnabled}
            onChange={(e) => setSyncEnabled(e.currentTarget.checked)}
          />
          <span>{t('fieldSyncEnabled')}</span>
        </label>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary">
          {t('save')}
        </button>
        {message && <span role="status">{message}</span>}
      </form>
    </section>
  );
}
