import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PATTERNS } from './utils/adapters/hosts';
import { nativeBrowserInScanners, scannerContextInScanners, selectorExpectationsOutOfBuilds } from './utils/build/scanner-builds';
import { LIVE_CSS_FILE } from './utils/dom/live-style';
import { slimTablesForContentScript } from './utils/engine/slim/vite-plugin';
import { OPTIONAL_HOST_PATTERNS } from './utils/permissions/optional-hosts';

// Explicit imports everywhere (style anchor: a reader sees where each name comes from).
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip (for Firefox review) carries the code, not test output or local data.
  zip: { excludeSources: ['test-results/**', 'demo-output/**', 'data/**', '.github/**', 'web-ext-artifacts/**'] },
  // The scanners judge accounts in the page with the engine's fold tables cut to what the
  // shipped rules can use (utils/engine/slim/README.md), and use the browser's own extension
  // namespace and a content-script context of their own (utils/scanner/scanner-context.ts);
  // every other entrypoint keeps the whole tables and the polyfill. No build carries the
  // selectors' expected counts, which only the tests read.
  vite: () => ({
    plugins: [
      preact(),
      slimTablesForContentScript(),
      nativeBrowserInScanners(),
      scannerContextInScanners(),
      selectorExpectationsOutOfBuilds(),
    ],
  }),
  hooks: {
    // Firefox takes an extension's manifest style sheets out of open tabs when it is disabled or
    // uninstalled, and runs none of its scripts: this sheet is what makes its badges go with it
    // (utils/dom/live-style.ts). Each site script's entry gets it; the page-data readers' (MAIN
    // world, no badges) do not.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      for (const script of manifest.content_scripts ?? []) {
        if ((script as { world?: string }).world !== 'MAIN') script.css = [...(script.css ?? []), LIVE_CSS_FILE];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'ClaimCheck',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup's screenshot of the visible tab (captureVisibleTab), only when the user opens it.
    // scripting: "Enable on this site" registers the scanner for a site the user adds.
    // unlimitedStorage: the reports (and their screenshots) live in IndexedDB until the user
    // deletes them; without it the browser may evict the whole store under disk pressure.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting'],
    host_permissions: SUPPORTED_HOST_PATTERNS,
    // The endpoint's host is asked for only when the user saves it (sync-protocol.md), a site's
    // only when the user enables it; each for that one host (utils/permissions/optional-hosts.ts).
    optional_host_permissions: OPTIONAL_HOST_PATTERNS,
    // The popover's code, imported by the site scripts on a badge's first opening
    // (utils/scanner/popover-module.ts). Any site: one the user enabled runs the generic script.
    // Under a per-session address, so a page cannot probe for it by the extension's fixed id.
    web_accessible_resources: [{ resources: ['popover-module.js'], matches: ['*://*/*'], use_dynamic_url: true }],
    action: { default_title: 'ClaimCheck' },
    // A keyboard way to open the popup (and, like a click, it grants activeTab for the screenshot).
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_openPopupCommand__' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'claimcheck@claimcheck.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
