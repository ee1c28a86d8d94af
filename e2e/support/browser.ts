import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BUILD_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Flags this machine needs (e2e-notes.md): no sandbox as root, no outside network. */
export const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A copy of the production build whose manifest also holds the loopback endpoint's host.
 * Chromium's permission prompt (permissions.request) cannot be answered in headless
 * automation, so the grant the user gives in that prompt is given here instead; the code is
 * byte for byte the build's.
 */
export function extensionWithLoopbackGrant(extraHostPermissions: string[] = []): string {
  if (!fs.existsSync(path.join(BUILD_DIR, 'manifest.json'))) throw new Error(`no build at ${BUILD_DIR}: run npm run build first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-ext-'));
  fs.cpSync(BUILD_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, 'http://127.0.0.1/*', ...extraHostPermissions];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  hosts: string[];
  port: number;
  extensionDir?: string;
  /**
   * Extra grants for the copy: '<all_urls>' stands in for the activeTab grant a click on the
   * toolbar button gives (headless Chromium has no toolbar, and openPopup() grants nothing).
   */
  extraHostPermissions?: string[];
  locale?: string;
  headless?: boolean;
  /** Other hosts resolve as usual (npm start's browser, which a person uses); tests reach none. */
  outsideNetwork?: boolean;
}

export async function launchWithExtension(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const ext = opts.extensionDir ?? extensionWithLoopbackGrant(opts.extraHostPermissions);
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-profile-'));
  // In tests every other host fails at once (a real saved page's remote images and scripts must
  // not wait on DNS); the loopback endpoints of the sync tests stay reachable.
  const rules = [
    ...opts.hosts.map((h) => `MAP ${h} 127.0.0.1:${opts.port}`),
    ...(opts.outsideNetwork ? [] : ['MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost']),
  ].join(', ');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    locale: opts.locale ?? 'en-US',
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--host-resolver-rules=${rules}`,
      '--remote-debugging-port=0',
      // The fixture server's throwaway certificate, for the HSTS-preloaded hosts.
      '--ignore-certificate-errors',
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
      ...BASE_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    close: async () => {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A second (CDP) view of the same browser: the only one that sees the action popup. */
async function cdpView(b: ExtensionBrowser): Promise<Browser> {
  const port = fs.readFileSync(path.join(b.profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  return chromium.connectOverCDP(`http://127.0.0.1:${port}`);
}

const popupPages = (view: Browser) =>
  view
    .contexts()
    .flatMap((c) => c.pages())
    .filter((p) => /^chrome-extension:\/\/[a-p]{32}\/popup\.html(\?|$)/.test(p.url()));

/**
 * Opens the real action popup bound to `page`'s tab (e2e-notes.md): the popup is not a page of
 * the launching context, so it is reached over a CDP connection to the same browser (one made
 * after the popup opened: an older connection is not told about it).
 */
export async function openPopupFor(b: ExtensionBrowser, page: Page): Promise<Page> {
  // One popup at a time, as in a real browser: a leftover one (a failed test) would be found first.
  const before = await cdpView(b);
  for (const p of popupPages(before)) await p.close().catch(() => {});
  await page.bringToFront();
  await b.worker.evaluate(() => chrome.action.openPopup());
  return waitForPopup(b);
}

/** The action popup once it is open (whoever opened it: the test, or the extension itself). */
export async function waitForPopup(b: ExtensionBrowser): Promise<Page> {
  for (let i = 0; i < 50; i++) {
    const view = await cdpView(b);
    const popup = popupPages(view).find((p) => !p.isClosed());
    if (popup) {
      await popup.waitForLoadState('domcontentloaded');
      return popup;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the popup did not open');
}
