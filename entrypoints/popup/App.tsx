import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { FlagList } from '../../components/popup/FlagList';
import { PopupFooter } from '../../components/popup/PopupFooter';
import { SiteHeader } from '../../components/popup/SiteHeader';
import { reasonMessage } from '../../utils/engine/messages';
import { sendMessage } from '../../utils/messaging';
import { takeReportTarget } from '../../utils/report/draft';
import type { FlaggedAccount, SyncStatus, TabState } from '../../utils/schemas/messages';
import type { Settings } from '../../utils/schemas/settings';
import { currentTab, stateOfOpenSite, type TabContext } from './tab-context';
import { useReportFlow } from './use-report-flow';
import { useReported } from './use-reported';
import { useShowAccount } from './use-show-account';
import { useSiteActions } from './use-site-actions';

export interface PopupAppProps {
  settings: Settings;
}

export function PopupApp({ settings: initialSettings }: PopupAppProps) {
  const t = useT();
  const [tab, setTab] = useState<TabContext | null>();
  const [state, setState] = useState<TabState | null>(null);
  const [sync, setSync] = useState<SyncStatus>();
  /** Accounts with a stored report: the list marks them, so a second report is a choice. */
  const marks = useReported(state?.flagged);
  const site = useSiteActions(tab, initialSettings);
  const shown = useShowAccount(tab);
  const flow = useReportFlow(tab ?? null, state?.flagged, (key) => {
    marks.mark(key);
    void sendMessage('getSyncStatus', {}).then(setSync);
  });

  useEffect(() => {
    void (async () => {
      const ctx = await currentTab();
      setTab(ctx);
      const s = ctx ? stateOfOpenSite(await sendMessage('getTabState', { tabId: ctx.tabId }), ctx) : null;
      setState(s);
      const asked = ctx ? await takeReportTarget(ctx.tabId) : null;
      await flow.restore(ctx, s, new URLSearchParams(location.search).get('key') ?? asked);
      setSync(await sendMessage('getSyncStatus', {}));
    })();
    // While the popup is open it follows the page (new flags, a site just enabled) and the sync
    // engine (a report just filed is sent, or waits with a reason).
    const timer = setInterval(() => {
      void sendMessage('getSyncStatus', {}).then(setSync, () => {});
      void currentTab().then(
        (ctx) =>
          ctx &&
          sendMessage('getTabState', { tabId: ctx.tabId }).then(
            (s) => setState(stateOfOpenSite(s, ctx)),
            () => {},
          ),
      );
    }, 1500);
    return () => clearInterval(timer);
  }, []);

  const formOpen = !!flow.form;
  useEffect(() => {
    if (formOpen) return;
    // Filed or cancelled: keyboard focus goes back to the account's Report button (or "Report
    // another account…"), not to the document, where a keyboard user would start over.
    const key = flow.takeClosedTarget();
    if (key === null) return;
    const items = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="flag-item"]'));
    const item = items.find((el) => el.dataset.key === key);
    (
      item?.querySelector<HTMLElement>('button.primary') ?? document.querySelector<HTMLElement>('[data-testid="report-another"]')
    )?.focus();
  }, [formOpen]);

  if (tab === undefined) return <main aria-busy="true" />;
  const statuses = [site.status, shown.notice, flow.notice].filter(Boolean);
  const reasonText = (item: FlaggedAccount, fi: number, ri: number) => reasonMessage(item.flags[fi]!.reasons[ri]!, t.lang);

  return (
    <main>
      {tab && (
        <SiteHeader
          platform={tab.platform}
          supported={tab.supported || site.extraSite}
          addedHost={site.extraSite ? (site.host ?? undefined) : undefined}
          enabled={site.enabled}
          state={state}
          busy={site.busy}
          onToggle={(on) => void site.toggle(on)}
          onEnableSite={site.host ? () => void site.enable() : undefined}
        />
      )}
      {site.alert && (
        <p class="notice" role="alert" data-testid="site-notice">
          {site.alert}
        </p>
      )}
      {/* Always in the page, so that what is put in it is announced (a live region mounted
          together with its text may be read by no screen reader). One region for the popup. */}
      <p role="status" class={statuses.length ? 'notice' : undefined} style={statuses.length ? undefined : { margin: 0 }}>
        {statuses.map((text, i) => (
          <span key={text}>
            {i > 0 && ' '}
            {text}
          </span>
        ))}
      </p>
      {site.reload === 'offered' && (
        <button
          type="button"
          data-testid="reload-page"
          onClick={async () => {
            // The button goes once the page reloads: focus goes on to the switch, not to the document.
            if (await site.reloadPage()) document.querySelector<HTMLElement>('[role="switch"]')?.focus();
          }}
        >
          {t('reloadPage')}
        </button>
      )}
      {flow.draftWarning && (
        <p class="warning" role="alert">
          {flow.draftWarning}
        </p>
      )}
      {!tab && <p>{t('popupNotSupported')}</p>}
      {flow.form ? (
        flow.form
      ) : (
        <>
          {state && state.flagged.length > 0 ? (
            <FlagList
              items={state.flagged}
              reported={marks.reported}
              reasonText={reasonText}
              onShow={(item) => void shown.show(item)}
              onReport={(item) => flow.start(item)}
            />
          ) : (
            // No state: no scanner has reported for this tab (it was open before the install, or is still
            // loading). Just switched on here, the status says why instead (the page needs a reload).
            site.enabled &&
            (state || !site.reload) && <p data-testid="tab-check-state">{state ? t('popupNoFlags') : t('popupNotChecked')}</p>
          )}
          <button type="button" class="link" data-testid="report-another" onClick={() => flow.start(null)}>
            {t('reportAnother')}
          </button>
        </>
      )}
      <PopupFooter sync={sync} />
    </main>
  );
}
