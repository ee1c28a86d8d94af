import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

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
export function extensionWithLoopbackGrant(): string {
  if (!fs.existsSync(path.join(BUILD_DIR, 'manifest.json'))) throw new Error(`no build at ${BUILD_DIR}: run npm run build first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-ext-'));
  fs.cpSync(BUILD_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, 'http://127.0.0.1/*'];
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
  locale?: string;
  headless?: boolean;
}

export async function launchWithExtension(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const ext = opts.extensionDir ?? extensionWithLoopbackGrant();
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-profile-'));
  const rules = opts.hosts.map((h) => `MAP ${h} 127.0.0.1:${opts.port}`).join(', ');
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

/**
 * Opens the real action popup bound to `page`'s tab (e2e-notes.md): the popup is not a page of
 * the launching context, so it is reached over a CDP connection to the same browser.
 */
export async function openPopupFor(b: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  await b.worker.evaluate(() => chrome.action.openPopup());
  const port = fs.readFileSync(path.join(b.profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  for (let i = 0; i < 50; i++) {
    const popup = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().endsWith('/popup.html'));
    if (popup) {
      await popup.waitForLoadState('domcontentloaded');
      return popup;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the popup did not open');
}
