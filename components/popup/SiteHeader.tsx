import { counted, type MessageKey } from '../../utils/i18n';
import type { Platform } from '../../utils/schemas/account';
import type { ExtractionLayer, TabState } from '../../utils/schemas/messages';
import { useT } from '../i18n';

export interface SiteHeaderProps {
  platform: Platform;
  /** Checked out of the box (a supported site) or added by the user. */
  supported: boolean;
  enabled: boolean;
  state: TabState | null;
  /** Changed since the page loaded: the switch applies after a reload. */
  needsReload: boolean;
  onToggle: (enabled: boolean) => void;
  onEnableSite?: () => void;
}

/** This site's status: supported, switched on, accounts checked, and where their data came from. */
export function SiteHeader({ platform, supported, enabled, state, needsReload, onToggle, onEnableSite }: SiteHeaderProps) {
  const t = useT();
  const layers = Object.entries(state?.health.layers ?? {})
    .filter(([, n]) => n)
    .map(([layer, n]) => `${t(`layer_${layer as ExtractionLayer}` as MessageKey)} ${n}`)
    .join(' · ');
  return (
    <header class="site-header">
      <h1>{t('popupTitle')}</h1>
      <p class="muted" data-testid="site-status">
        {t(`platform_${platform}` as MessageKey)} · {supported ? t('siteStatusSupported') : t('siteStatusOther')}
        {state && ` · ${counted(t, 'popupScanned', state.scanned)}`}
      </p>
      {supported ? (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={enabled}
            checked={enabled}
            onChange={(e) => onToggle(e.currentTarget.checked)}
          />
          <span>{t('siteSwitch')}</span>
        </label>
      ) : (
        onEnableSite && (
          <div>
            <button type="button" onClick={onEnableSite}>
              {t('enableOnThisSite')}
            </button>
            <p class="muted small">{t('enableOnThisSiteHelp')}</p>
          </div>
        )
      )}
      {needsReload && <p class="notice">{t('reloadToApply')}</p>}
      {supported && !enabled && <p class="muted">{t('siteDisabledNote')}</p>}
      {layers && <p class="muted small">{t('healthLayers', layers)}</p>}
      {state?.health.layoutChanged && <p class="warning">{t('popupLayoutChanged')}</p>}
    </header>
  );
}
