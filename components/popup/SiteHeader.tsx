import { useRef, useState } from 'preact/hooks';
import { counted, type MessageKey } from '../../utils/i18n';
import type { Platform } from '../../utils/schemas/account';
import type { ExtractionLayer, TabState } from '../../utils/schemas/messages';
import { useT } from '../i18n';
import { useRefocus } from './use-refocus';

export interface SiteHeaderProps {
  platform: Platform;
  /** Checked out of the box (a supported site) or added by the user. */
  supported: boolean;
  /** The host of a site the user added (not one supported out of the box): it is named by it. */
  addedHost?: string;
  enabled: boolean;
  state: TabState | null;
  /** A change of this site is under way: its control says so and ignores presses (it keeps focus). */
  busy: boolean;
  onToggle: (enabled: boolean) => void;
  onEnableSite?: () => void;
}

/** This site's status: supported, switched on, accounts checked, and where their data came from. */
export function SiteHeader({ platform, supported, addedHost, enabled, state, busy, onToggle, onEnableSite }: SiteHeaderProps) {
  const t = useT();
  const toggle = useRef<HTMLInputElement>(null);
  const enable = useRef<HTMLButtonElement>(null);
  /** The user's choice of showing the technical details; until then they show only when the layout may have changed. */
  const [detailsChosen, setDetailsChosen] = useState<boolean | null>(null);
  const detailsShown = detailsChosen ?? !!state?.health.layoutChanged;
  // Enabling a site turns its button into the switch, and switching an added site off turns it
  // back: focus follows to the control now shown.
  useRefocus(supported, () => toggle.current ?? enable.current);
  const layers = Object.entries(state?.health.layers ?? {})
    .filter(([, n]) => n)
    .map(([layer, n]) => `${t(`layer_${layer as ExtractionLayer}` as MessageKey)} ${n}`)
    .join(' · ');
  return (
    <header class="site-header">
      <h1>{t('popupTitle')}</h1>
      <p class="muted" data-testid="site-status">
        {addedHost
          ? `${addedHost} · ${t('siteStatusAdded')}`
          : `${t(`platform_${platform}` as MessageKey)} · ${supported ? t('siteStatusSupported') : t('siteStatusOther')}`}
        {state && ` · ${counted(t, 'popupScanned', state.scanned)}`}
      </p>
      {supported ? (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            ref={toggle}
            aria-checked={enabled}
            aria-disabled={busy || undefined}
            checked={enabled}
            onChange={(e) => {
              // Pressed again while the last change runs: the switch keeps showing the saved state.
              if (busy) e.currentTarget.checked = enabled;
              else onToggle(e.currentTarget.checked);
            }}
          />
          <span>{t('siteSwitch')}</span>
        </label>
      ) : (
        onEnableSite && (
          <div>
            <button type="button" ref={enable} aria-disabled={busy || undefined} onClick={() => busy || onEnableSite()}>
              {busy ? t('enablingSite') : t('enableOnThisSite')}
            </button>
            <p class="muted small">{t('enableOnThisSiteHelp')}</p>
          </div>
        )
      )}
      {supported && !enabled && <p class="muted">{t('siteDisabledNote')}</p>}
      {/* Where the accounts were read from is for a bug report, not for reading each time: folded,
          and open by itself only when the layout may have changed. A button, not a <details>: the
          popup holds no <details>, so one that a hostile name smuggled in stands out. */}
      {layers && (
        <div class="muted small">
          <button
            type="button"
            class="link"
            aria-expanded={detailsShown}
            aria-controls="site-diagnostics"
            onClick={() => setDetailsChosen(!detailsShown)}
          >
            {t('popupDiagnostics')}
          </button>
          <p id="site-diagnostics" hidden={!detailsShown} style={{ margin: 0 }}>
            {t('healthLayers', layers)}
          </p>
        </div>
      )}
      {state?.health.layoutChanged && <p class="warning">{t('popupLayoutChanged')}</p>}
    </header>
  );
}
