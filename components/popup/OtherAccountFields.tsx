import type { MessageKey } from '../../utils/i18n';
import { useT } from '../i18n';
import { FieldMessage, invalidProps } from './field-a11y';

export interface OtherAccountFieldsProps {
  profileUrl: string;
  name: string;
  errors: Record<string, string>;
  /** The platform the typed URL belongs to, when it is one ClaimCheck knows. */
  platformKey: MessageKey | null;
  onChange: (patch: { profileUrl?: string; name?: string }) => void;
}

/** "Report another account…": the profile URL and name the user types, and the platform seen. */
export function OtherAccountFields({ profileUrl, name, errors, platformKey, onChange }: OtherAccountFieldsProps) {
  const t = useT();
  return (
    <>
      <label for="report-profile-url">
        <span>{t('fieldProfileUrl')}</span>
        <input
          id="report-profile-url"
          type="url"
          value={profileUrl}
          {...invalidProps('profileUrl', errors.profileUrl)}
          onInput={(e) => onChange({ profileUrl: e.currentTarget.value })}
        />
      </label>
      <FieldMessage field="profileUrl" error={errors.profileUrl} />
      {platformKey && <p class="muted">{t('platformDetected', t(platformKey))}</p>}
      <label for="report-name">
        <span>{t('fieldName')}</span>
        <input
          id="report-name"
          type="text"
          value={name}
          dir="auto"
          {...invalidProps('displayName', errors.displayName)}
          onInput={(e) => onChange({ name: e.currentTarget.value })}
        />
      </label>
      <FieldMessage field="displayName" error={errors.displayName} />
    </>
  );
}
