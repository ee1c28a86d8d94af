import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FlagList } from '../../components/FlagList';
import { useT } from '../../components/i18n';
import { ReportForm, type ReportFormValues } from '../../components/ReportForm';
import { reasonMessage } from '../../utils/engine/messages';
import { sendMessage } from '../../utils/messaging';
import type { FlaggedAccount, SyncStatus, TabState } from '../../utils/schemas/messages';
import { buildReport } from '../../utils/report/build-report';

/** The tab this popup is about: the active one, or ?tab= when opened in its own window. */
async function targetTab(): Promise<number | undefined> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function PopupApp() {
  const t = useT();
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [sync, setSync] = useState<SyncStatus>();
  const [reporting, setReporting] = useState<FlaggedAccount | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void (async () => {
      const id = await targetTab();
      setTabId(id);
      const s = id === undefined ? null : await sendMessage('getTabState', { tabId: id });
      setState(s);
      const key = new URLSearchParams(location.search).get('key');
      const target = s?.flagged.find((f) => f.account.key === key);
      if (target) setReporting(target);
      setSync(await sendMessage('getSyncStatus', {}));
    })();
  }, []);

  const reasonText = (item: FlaggedAccount, fi: number, ri: number) => reasonMessage(item.flags[fi]!.reasons[ri]!, t.lang);

  const file = async (item: FlaggedAccount, values: ReportFormValues) => {
    const built = buildReport({
      account: item.account,
      flagged: item,
      ...values,
      pageUrl: state?.url ?? item.account.profileUrl ?? '',
      clientVersion: browser.runtime.getManifest().version,
      locale: t.lang === 'zh_CN' ? 'zh-CN' : 'en',
    });
    if (!built.ok) return setErrors(built.errors);
    setBusy(true);
    try {
      await sendMessage('fileReport', built.report);
      setReporting(null);
      setErrors({});
      setNotice(t('reportFiled'));
      setSync(await sendMessage('getSyncStatus', {}));
    } catch (err) {
      setErrors({ form: t('reportFailed', err instanceof Error ? err.message : String(err)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <header>
        <h1>{t('popupTitle')}</h1>
        {state && <p class="muted">{t('popupScanned', state.scanned)}</p>}
      </header>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {state === null && <p>{t('popupNotSupported')}</p>}
      {state?.health.layoutChanged && <p class="warning">{t('popupLayoutChanged')}</p>}
      {reporting ? (
        <ReportForm
          title={t('reportFormTitle', reporting.account.displayName)}
          initial={{ category: reporting.flags[0]?.category ?? 'other', note: '', snippet: reporting.context ?? '' }}
          errors={errors}
          busy={busy}
          onSubmit={(v) => void file(reporting, v)}
          onCancel={() => setReporting(null)}
        />
      ) : state && state.flagged.length > 0 ? (
        <FlagList
          items={state.flagged}
          reasonText={reasonText}
          onShow={(item) => tabId !== undefined && void browser.tabs.sendMessage(tabId, { type: 'showAccount', key: item.account.key })}
          onReport={(item) => {
            setNotice('');
            setReporting(item);
          }}
        />
      ) : (
        state && <p>{t('popupNoFlags')}</p>
      )}
      <footer>
        {sync && <span data-testid="sync-counts">{t('footerCounts', sync.counts.pending, sync.counts.synced)}</span>}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('openHistory')}
        </a>
      </footer>
    </main>
  );
}
