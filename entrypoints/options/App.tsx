import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { DangerZone } from '../../components/options/DangerZone';
import { ExportImport } from '../../components/options/ExportImport';
import { HowItWorks } from '../../components/options/HowItWorks';
import { SyncStatusPanel } from '../../components/options/SyncStatusPanel';
import { useReports } from '../../components/options/use-reports';
import { WeeklyChart } from '../../components/options/WeeklyChart';
import { PAGE_SIZE, ReportHistory } from '../../components/ReportHistory';
import { SyncSettings } from '../../components/SyncSettings';
import { failureText } from '../../utils/i18n/failure-text';
import type { Language, Settings } from '../../utils/schemas/settings';
import { loadSettings } from '../../utils/store/settings';

export interface OptionsAppProps {
  initialSettings: Settings;
  /** Stored settings as they change (from this page or another), for what the page shows live. */
  liveSettings: Settings;
  /** A stored token the settings could not keep (unusableStoredToken), for the form to show at its field. */
  unusableToken?: string;
  onLanguage: (language: Language) => void;
}

export function OptionsApp({ initialSettings, liveSettings, unusableToken, onLanguage }: OptionsAppProps) {
  const t = useT();
  const { entries, complete, loadError, unreadable, reload } = useReports(PAGE_SIZE);
  // Worded at each render: the Language field re-words it. A full disk, a store a newer version
  // made, or the extension reloaded under the page are advice; anything else the browser's words.
  const loadFailure = loadError && failureText(t, 'loadFailed', loadError.error);
  // Bumped after "Delete all local data", to rebuild the settings form from the defaults.
  const [formGeneration, setFormGeneration] = useState(0);
  const [formSettings, setFormSettings] = useState(initialSettings);
  // Gone with "Delete all local data", which resets the stored token too.
  const [formToken, setFormToken] = useState(unusableToken);
  useEffect(() => {
    // The popover's "Why am I seeing this?" opens options.html#how; the section renders after load.
    if (location.hash === '#how') document.getElementById('how')?.focus();
  }, []);
  return (
    <main>
      <header class="page-head">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('navLabel')}>
          <a href="#history">{t('historyTitle')}</a>
          <a href="#settings">{t('settingsTitle')}</a>
          <a href="#how">{t('howTitle')}</a>
        </nav>
      </header>
      {loadFailure && (
        <p class="error" role="alert" dir="auto">
          {loadFailure}
        </p>
      )}
      <ReportHistory
        entries={entries}
        complete={complete}
        reload={reload}
        syncEnabled={liveSettings.syncEnabled}
        loadError={loadFailure || undefined}
        unreadable={unreadable}
      />
      {entries && complete && <WeeklyChart entries={entries} />}
      {entries && complete && <ExportImport entries={entries} unreadable={unreadable} reload={reload} />}
      <SyncStatusPanel ready={complete || !!loadError} onSynced={() => void reload()} endpointUrl={liveSettings.endpointUrl} />
      <SyncSettings
        key={formGeneration}
        initial={formSettings}
        live={liveSettings}
        unusableToken={formToken}
        onLanguage={onLanguage}
      />
      <DangerZone
        onCleared={() =>
          void loadSettings().then((s) => {
            setFormSettings(s);
            setFormToken(undefined);
            setFormGeneration((g) => g + 1);
            onLanguage(s.language);
            return reload();
          })
        }
      />
      <HowItWorks />
    </main>
  );
}
