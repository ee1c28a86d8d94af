import { useState } from 'preact/hooks';
import type { DraftErrors } from '../../utils/history/settings-draft';
import { endpointErrorKey } from '../../utils/history/settings-draft';
import { endpointOriginPattern, ensureHostPermission } from '../../utils/permissions/host-permission';
import { endpointPath } from '../../utils/schemas/protocol';
import type { Settings } from '../../utils/schemas/settings';
import { useT } from '../i18n';
import { ConnectionTest } from './ConnectionTest';
import { FieldError } from './FieldError';

export interface SyncFieldsProps {
  draft: Settings;
  errors: DraftErrors;
  onChange: (patch: Partial<Settings>) => void;
}

/**
 * The fields a report travels by: endpoint, token, the sync switches, and what sync sends. Each
 * is named by its visible, translated label (no English aria-label over it).
 */
export function SyncFields({ draft, errors, onChange }: SyncFieldsProps) {
  const t = useT();
  const [showToken, setShowToken] = useState(false);
  const url = draft.endpointUrl.trim();
  const urlUsable = url !== '' && !endpointErrorKey(url);
  return (
    <fieldset>
      <legend>{t('syncSettingsTitle')}</legend>
      <label for="endpoint-url">{t('fieldEndpointUrl')}</label>
      <input
        id="endpoint-url"
        type="url"
        inputMode="url"
        autocomplete="off"
        spellcheck={false}
        value={draft.endpointUrl}
        placeholder="https://reports.example.org/claimcheck"
        aria-invalid={errors.endpointUrl ? true : undefined}
        aria-describedby="endpoint-help endpoint-url-error"
        onInput={(e) => onChange({ endpointUrl: e.currentTarget.value })}
      />
      <p id="endpoint-help" class="help">
        {t('endpointHelp')}
      </p>
      <FieldError id="endpoint-url-error" error={errors.endpointUrl} />
      <label for="access-token">{t('fieldAccessToken')}</label>
      <div class="token-row">
        <input
          id="access-token"
          // Preact's input types split by `type`; both branches take the same props here.
          type={(showToken ? 'text' : 'password') as 'text'}
          autocomplete="off"
          spellcheck={false}
          value={draft.accessToken}
          aria-invalid={errors.accessToken ? true : undefined}
          aria-describedby="access-token-error"
          onInput={(e) => onChange({ accessToken: e.currentTarget.value })}
        />
        <button type="button" aria-pressed={showToken} aria-controls="access-token" onClick={() => setShowToken(!showToken)}>
          {showToken ? t('hideToken') : t('showToken')}
        </button>
      </div>
      <FieldError id="access-token-error" error={errors.accessToken} />
      <ConnectionTest endpointUrl={draft.endpointUrl} accessToken={draft.accessToken} />
      <label class="check">
        <input
          type="checkbox"
          aria-describedby="sync-disclosure"
          checked={draft.syncEnabled}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            onChange({ syncEnabled: on });
            // Switching on is the gesture the browser's permission prompt needs.
            if (on && urlUsable) void ensureHostPermission(endpointOriginPattern(url));
          }}
        />
        <span>{t('fieldSyncEnabled')}</span>
      </label>
      <div id="sync-disclosure" class={draft.syncEnabled ? 'disclosure' : 'help'} data-testid="sync-disclosure">
        {draft.syncEnabled ? (
          <>
            <p>{t('disclosureIntro')}</p>
            <p>
              <code dir="auto" class="endpoint">
                {urlUsable ? endpointPath(url, 'reports') : t('disclosureNoEndpoint')}
              </code>
            </p>
            <ul>
              <li>{t('disclosureFieldReport')}</li>
              <li>{t('disclosureFieldAccount')}</li>
              <li>{t('disclosureFieldNote')}</li>
              <li>{t('disclosureFieldEvidence')}</li>
              <li>{t('disclosureFieldClient')}</li>
              <li>{draft.includeScreenshots ? t('disclosureScreenshotOn') : t('disclosureScreenshotOff')}</li>
            </ul>
            <p class="muted">{t('disclosureNever')}</p>
          </>
        ) : (
          t('syncOffHelp')
        )}
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.includeScreenshots}
          onChange={(e) => onChange({ includeScreenshots: e.currentTarget.checked })}
        />
        <span>{t('fieldIncludeScreenshots')}</span>
      </label>
    </fieldset>
  );
}
