import { useEffect, useState } from 'preact/hooks';
import { changedSettings, type DraftErrors, draftFrom, type SettingsDraft, validateDraft } from '../utils/history/settings-draft';
import { endpointOriginPattern, ensureHostPermission } from '../utils/permissions/host-permission';
import type { Language, Settings } from '../utils/schemas/settings';
import { loadSettings, saveSettings } from '../utils/store/settings';
import { useT } from './i18n';
import { DetectionFields } from './options/DetectionFields';
import { KeywordFields } from './options/KeywordFields';
import { SyncFields } from './options/SyncFields';
import { TrustedList } from './options/TrustedList';

export interface SyncSettingsProps {
  initial: Settings;
  onLanguage: (language: Language) => void;
}

const trustKey = (a: { platform: string; key: string }) => `${a.platform}:${a.key}`;

/**
 * The settings form. It edits a draft: nothing typed is lost on a failed save, and a save
 * writes the draft in one go. Trusted accounts are merged with what is stored at save time,
 * because the page's popover may have added one meanwhile.
 */
export function SyncSettings({ initial, onLanguage }: SyncSettingsProps) {
  const t = useT();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(initial));
  // What the form showed before the user's edits: a save writes only what differs from it.
  const [baseline, setBaseline] = useState<Settings>(initial);
  const [removedTrusted, setRemovedTrusted] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<DraftErrors>({});
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const [refused, setRefused] = useState<HTMLFormElement | null>(null);
  // A refused save focuses the first field to fix, so keyboard users land on it and hear its
  // error. In an effect: aria-invalid is in the DOM only after this render.
  useEffect(() => {
    refused?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    setRefused(null);
  }, [refused]);
  const settings = draft.settings;
  const patch = (p: Partial<Settings>) => setDraft((d) => ({ ...d, settings: { ...d.settings, ...p } }));

  const save = async (form: HTMLFormElement) => {
    setMessage('');
    setFailure('');
    const checked = validateDraft(draft);
    setErrors(checked.errors);
    if (!checked.settings) {
      setFailure(t('saveFixErrors'));
      setRefused(form);
      return;
    }
    const next = checked.settings;
    if (next.syncEnabled && next.endpointUrl && !(await ensureHostPermission(endpointOriginPattern(next.endpointUrl)))) {
      setFailure(t('permissionDenied', new URL(next.endpointUrl).host));
    }
    try {
      const stored = await loadSettings();
      const trusted = stored.trusted.filter((a) => !removedTrusted.has(trustKey(a)));
      const saved = await saveSettings({ ...changedSettings(baseline, next, stored), trusted });
      setBaseline(saved);
      setDraft((d) => ({ ...d, settings: saved }));
      setRemovedTrusted(new Set());
      setMessage(t('saved'));
    } catch (error) {
      setFailure(t('saveFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <section id="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(e.currentTarget);
        }}
      >
        <SyncFields draft={settings} errors={errors} onChange={patch} />
        <DetectionFields
          draft={settings}
          onChange={patch}
          onLanguage={(language) => {
            patch({ language });
            onLanguage(language);
          }}
        />
        <KeywordFields
          text={draft.keywordText}
          errors={errors}
          onChange={(c, text) => setDraft((d) => ({ ...d, keywordText: { ...d.keywordText, [c]: text } }))}
        />
        <TrustedList
          trusted={settings.trusted.filter((a) => !removedTrusted.has(trustKey(a)))}
          onRemove={(a) => setRemovedTrusted(new Set([...removedTrusted, trustKey(a)]))}
        />
        <div class="save-bar">
          {/* The name keeps the English "Save" for automation and screen readers; in another language it
              also starts with the visible word, so speech users can say what they see (WCAG 2.5.3). */}
          <button type="submit" class="primary" aria-label={t.lang === 'en' ? t('save') : `${t('save')} Save`}>
            {t('save')}
          </button>
          <span role="status">{message}</span>
          {failure && (
            <p class="error" role="alert">
              {failure}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
