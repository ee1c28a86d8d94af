import { useEffect, useRef, useState } from 'preact/hooks';
import {
  changedSettings,
  type DraftErrors,
  draftEdited,
  draftFrom,
  rebaseDraft,
  type SettingsDraft,
  validateDraft,
} from '../utils/history/settings-draft';
import { endpointOriginPattern, ensureHostPermission } from '../utils/permissions/host-permission';
import type { Language, Settings } from '../utils/schemas/settings';
import { loadSettings, saveSettings } from '../utils/store/settings';
import { useT } from './i18n';
import { DetectionFields } from './options/DetectionFields';
import { EnabledSites } from './options/EnabledSites';
import { KeywordFields } from './options/KeywordFields';
import { failureNotice, type Notice, notice, noticeText } from './options/notice';
import { SaveBar } from './options/SaveBar';
import { SyncFields } from './options/SyncFields';
import { TrustedList } from './options/TrustedList';
import { useLeaveGuard } from './options/use-leave-guard';

export interface SyncSettingsProps {
  initial: Settings;
  /** The stored settings as they change, from this page or another (the popup enables a site, a popover trusts an account): the lists that apply at once show these. */
  live: Settings;
  /** A stored token the settings could not keep (unusableStoredToken): shown in its field, with what is wrong. */
  unusableToken?: string;
  onLanguage: (language: Language) => void;
}

/**
 * The settings form. It edits a draft: nothing typed is lost on a failed save, and a save
 * writes the draft in one go. The lists below it (sites the user enabled, trusted accounts)
 * apply at once, as the popup and the page's popover that fill them do.
 */
export function SyncSettings({ initial, live, unusableToken, onLanguage }: SyncSettingsProps) {
  const t = useT();
  // A token that reads as none is shown as it was stored, marked, so that it is fixed, not lost unseen.
  const shown = unusableToken === undefined ? initial : { ...initial, accessToken: unusableToken };
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(shown));
  // What the form showed before the user's edits: a save writes only what differs from it.
  const [baseline, setBaseline] = useState<Settings>(shown);
  const [errors, setErrors] = useState<DraftErrors>(() =>
    unusableToken === undefined ? {} : { accessToken: { key: 'errorTokenStored' } },
  );
  // Kept as keys, so that they read in the page's language of the moment (notice.ts).
  const [message, setMessage] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);
  // A second Enter or click while a save (or its permission prompt) runs would save twice.
  const busy = useRef(false);
  const latest = useRef(draft);
  latest.current = draft;
  const [refused, setRefused] = useState<HTMLFormElement | null>(null);
  // A refused save focuses the first field to fix, so keyboard users land on it and hear its
  // error. In an effect: aria-invalid is in the DOM only after this render.
  useEffect(() => {
    refused?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    setRefused(null);
  }, [refused]);
  // An edit makes "Settings saved." untrue: it goes, and the status says what is unsaved instead.
  const edit = (change: (d: SettingsDraft) => SettingsDraft) => {
    setDraft(change);
    setMessage(null);
  };
  const patch = (p: Partial<Settings>) => edit((d) => ({ ...d, settings: { ...d.settings, ...p } }));

  const save = async (form: HTMLFormElement) => {
    setMessage(null);
    setFailure(null);
    const sent = draft;
    const checked = validateDraft(sent);
    setErrors(checked.errors);
    if (!checked.settings) {
      setFailure(notice('saveFixErrors'));
      setRefused(form);
      return;
    }
    const next = checked.settings;
    const needsHost = next.syncEnabled && next.endpointUrl;
    // Asked first, before any other await: the browser shows its prompt only inside the click.
    const allowed = !needsHost || (await ensureHostPermission(endpointOriginPattern(next.endpointUrl)));
    try {
      const saved = await saveSettings(changedSettings(baseline, next, await loadSettings()));
      setBaseline(saved);
      // What was typed while the save ran stays, and shows as unsaved (no "Settings saved." beside it).
      setDraft((d) => rebaseDraft(d, sent, saved));
      // Saved, yet sync cannot send: said as that outcome with its next step, never as a plain "Settings saved.".
      if (!allowed) setFailure(notice('savedNoHostPermission', new URL(next.endpointUrl).host));
      else if (latest.current === sent) setMessage(notice('saved'));
    } catch (error) {
      setFailure(failureNotice('saveFailed', error));
    }
  };
  const submit = async (form: HTMLFormElement) => {
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    try {
      await save(form);
    } finally {
      busy.current = false;
      setSaving(false);
    }
  };
  const dirty = draftEdited(draft, baseline);
  useLeaveGuard(dirty);
  const status = saving ? t('settingsSaving') : message ? noticeText(t, message) : dirty ? t('settingsUnsaved') : '';

  return (
    <section id="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
      >
        <SyncFields draft={draft.settings} errors={errors} onChange={patch} />
        <DetectionFields
          draft={draft.settings}
          onChange={patch}
          onLanguage={(language) => {
            // Applied and saved at once (main.tsx), so it is no unsaved change of the form's.
            setBaseline((b) => ({ ...b, language }));
            setDraft((d) => ({ ...d, settings: { ...d.settings, language } }));
            onLanguage(language);
          }}
        />
        <KeywordFields
          text={draft.keywordText}
          errors={errors}
          onChange={(c, text) => edit((d) => ({ ...d, keywordText: { ...d.keywordText, [c]: text } }))}
        />
        <SaveBar saving={saving} status={status} failure={failure} />
      </form>
      <EnabledSites hosts={live.extraSites} />
      <TrustedList trusted={live.trusted} />
    </section>
  );
}
