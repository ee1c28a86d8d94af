import { useT } from '../../components/i18n';
import { ReportHistory } from '../../components/ReportHistory';
import { SyncSettings } from '../../components/SyncSettings';
import type { Settings } from '../../utils/schemas/settings';

export interface OptionsAppProps {
  initialSettings: Settings;
}

export function OptionsApp({ initialSettings }: OptionsAppProps) {
  const t = useT();
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <ReportHistory />
      <SyncSettings initial={initialSettings} />
    </main>
  );
}
