import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { swapInScannerBuilds } from '../engine/slim/vite-plugin';

/**
 * In the scanners' builds, `wxt/browser` is the browser's own `browser` (Firefox) or `chrome`
 * (Chromium) namespace, as WXT gives it without the polyfill module, instead of
 * webextension-polyfill (9.6 KB, about 3 KB gzip, in every tab). The scanners use only
 * promise-returning calls that both browsers have natively in MV3 (runtime.sendMessage,
 * runtime.id, a runtime.onMessage listener that never replies, storage.onChanged); the
 * background, popup and options keep the polyfill.
 */
export function nativeBrowserInScanners(): Plugin {
  const native = createRequire(import.meta.url).resolve('@wxt-dev/browser');
  return swapInScannerBuilds('claimcheck:native-browser', { '@wxt-dev/webextension-polyfill/browser': native });
}
