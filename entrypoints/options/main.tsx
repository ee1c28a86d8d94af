import '../../utils/schemas/zod-setup';
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { TranslateContext } from '../../components/i18n';
import { useStoredSettings } from '../../components/options/use-stored-settings';
import { resolveLang, translator } from '../../utils/i18n';
import { type Language, parseSettings, type Settings, unusableStoredToken } from '../../utils/schemas/settings';
import { saveSettings, settingsItem } from '../../utils/store/settings';
import { OptionsApp } from './App';

interface OptionsRootProps {
  initial: Settings;
  unusableToken?: string;
}

/** Holds the page's language: choosing one re-renders the whole page in it at once. */
function OptionsRoot({ initial, unusableToken }: OptionsRootProps) {
  const live = useStoredSettings(initial);
  const [language, setLanguage] = useState<Language>(initial.language);
  // Chosen here (at once), or in another window (the stored settings).
  useEffect(() => setLanguage(live.language), [live.language]);
  const t = useMemo(() => translator(resolveLang(language, navigator.language)), [language]);
  useEffect(() => {
    document.documentElement.lang = t.lang === 'zh_CN' ? 'zh-CN' : 'en';
    document.title = t('optionsTitle');
  }, [t]);
  return (
    <TranslateContext.Provider value={t}>
      <OptionsApp
        initialSettings={initial}
        liveSettings={live}
        unusableToken={unusableToken}
        onLanguage={(next) => {
          setLanguage(next);
          void saveSettings({ language: next });
        }}
      />
    </TranslateContext.Provider>
  );
}

// Marks for the e2e timing of a 10,000-report open (read back with performance.getEntriesByType).
performance.mark('options:script');
// Read as loadSettings reads them, keeping the stored value: a token they could not keep is shown at its field.
const stored = await settingsItem.getValue();
performance.mark('options:settings');
render(
  <OptionsRoot initial={parseSettings(stored)} unusableToken={unusableStoredToken(stored)} />,
  document.getElementById('app')!,
);
