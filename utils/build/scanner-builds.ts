import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

// Vite plugins for the build (wxt.config.ts), not code that ships: what the site content
// scripts' builds get instead of some modules the other entrypoints keep.

type Input = string | string[] | Record<string, string> | undefined;

function inputIds(input: Input): string[] {
  if (input === undefined) return [];
  if (typeof input === 'string') return [input];
  return Array.isArray(input) ? input : Object.values(input);
}

/**
 * WXT builds each content script in a Vite build of its own, with the entrypoint behind WXT's
 * virtual wrapper ("virtual:wxt-content-script-isolated-world-entrypoint?/…/entrypoints/x.content.ts", after the root)
 * as the only input. The scanners are the isolated-world ones; the page-data reader runs in the
 * MAIN world and holds no engine.
 */
const SCANNER_BUILD = /(^|[\0/])virtual:wxt-content-script-isolated-world-entrypoint\?/;

/**
 * A plugin that resolves the given module ids to other files, in the scanners' builds only
 * (or in every build, `always`: bench:scan's, which bundles the scanners' modules itself).
 */
export function swapInScannerBuilds(name: string, swaps: Readonly<Record<string, string>>, always = false): Plugin {
  let active = always;
  return {
    name,
    enforce: 'pre',
    // Read per build: WXT calls the config's vite() for every build, but a shared instance must
    // not carry one build's decision into the next.
    options(options) {
      active = always || inputIds(options.input as Input).some((id) => SCANNER_BUILD.test(id.replace(/\\/g, '/')));
      return null;
    },
    resolveId(source) {
      return active && Object.hasOwn(swaps, source) ? swaps[source]! : null;
    },
  };
}

/**
 * In the scanners' builds, `wxt/browser` is the browser's own `browser` (Firefox) or `chrome`
 * (Chromium) namespace, as WXT gives it without the polyfill module, instead of
 * webextension-polyfill (9.6 KB, about 3 KB gzip, in every tab). The scanners use only
 * promise-returning calls that both browsers have natively in MV3 (runtime.sendMessage,
 * runtime.id, a runtime.onMessage listener that answers at once through sendResponse or not at
 * all, storage.onChanged); the background, popup and options keep the polyfill.
 */
export function nativeBrowserInScanners(): Plugin {
  const native = createRequire(import.meta.url).resolve('@wxt-dev/browser');
  return swapInScannerBuilds('claimcheck:native-browser', { '@wxt-dev/webextension-polyfill/browser': native });
}
