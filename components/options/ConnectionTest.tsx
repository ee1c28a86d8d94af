import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type ConnectionResult, testConnection } from '../../utils/history/connection-test';
import { endpointErrorKey, type FieldError, tokenError } from '../../utils/history/settings-draft';
import type { MessageKey } from '../../utils/i18n';
import { endpointOriginPattern, ensureHostPermission } from '../../utils/permissions/host-permission';
import { useT } from '../i18n';

export interface ConnectionTestProps {
  endpointUrl: string;
  accessToken: string;
}

/** "Test connection": GET {base}/v1/health with the typed (not yet saved) URL and token. */
export function ConnectionTest({ endpointUrl, accessToken }: ConnectionTestProps) {
  const t = useT();
  const [state, setState] = useState<
    | 'idle'
    | 'running'
    | ConnectionResult
    | { ok: false; reason: 'permission' | 'url' }
    | { ok: false; reason: 'token'; error: FieldError }
  >('idle');
  // Set in the click itself: a second press during the permission prompt (before "running"
  // renders) would otherwise ask again and test twice.
  const busy = useRef(false);
  const test = async () => {
    const url = endpointUrl.trim();
    if (!url || endpointErrorKey(url)) return setState({ ok: false, reason: 'url' });
    // A token no header can carry fails before the request leaves, which reads as a network error.
    const badToken = tokenError(accessToken.trim());
    if (badToken) return setState({ ok: false, reason: 'token', error: badToken });
    // Asked here, inside the click: the browser shows its prompt only for a user gesture.
    if (!(await ensureHostPermission(endpointOriginPattern(url)))) return setState({ ok: false, reason: 'permission' });
    setState('running');
    setState(
      await testConnection({
        endpointUrl: url,
        accessToken: accessToken.trim(),
        clientVersion: browser.runtime.getManifest().version,
      }),
    );
  };
  const run = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      await test();
    } finally {
      busy.current = false;
    }
  };
  const message = (() => {
    if (state === 'idle') return '';
    if (state === 'running') return t('testRunning');
    if (state.ok) return t('testOk');
    switch (state.reason) {
      case 'http':
        return t('testHttp', state.status);
      case 'network':
        return t('testNetwork', state.detail);
      case 'token':
        return t(state.error.key as MessageKey, state.error.arg ?? '');
      default:
        return t(`test_${state.reason}` as MessageKey);
    }
  })();
  // "Testing…" is neither success nor failure: not in the error colour.
  const tone = state === 'running' ? 'muted' : typeof state === 'object' && state.ok ? 'ok' : 'error';
  return (
    <div class="row connection">
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus it had. */}
      <button type="button" onClick={() => void run()} aria-disabled={state === 'running' ? 'true' : undefined}>
        {t('testConnection')}
      </button>
      <span class={tone} aria-live="polite" data-testid="connection-result">
        {message}
      </span>
    </div>
  );
}
