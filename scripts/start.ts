// `npm start`: builds, starts the reference endpoint and opens Chromium with the extension on
// the bundled demo pages, set up to sync to that endpoint. `npm start -- --headless` does the
// same without a display, writes screenshots to ./demo-output/ and exits.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension, openPopupFor } from '../e2e/support/browser';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { startServer } from '../server/start';

const headless = process.argv.includes('--headless');
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'demo-output');
const TOKEN = 'demo-token';

execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
const endpoint = await startServer({
  host: '127.0.0.1',
  port: Number(process.env.PORT ?? 8787),
  dbPath: path.join(root, 'data', 'claimcheck.db'),
  tokens: [TOKEN],
});
const fixtures = await startFixtureServer();
const browser = await launchWithExtension({ hosts: fixtures.hosts, port: fixtures.port, headless, outsideNetwork: true });
await browser.worker.evaluate(
  ([url, token]) =>
    chrome.storage.local.get('settings').then((got) =>
      chrome.storage.local.set({
        settings: { ...(got.settings ?? {}), endpointUrl: url, accessToken: token, syncEnabled: true, revision: 1 },
      }),
    ),
  [endpoint.url, TOKEN] as const,
);
const page = await browser.context.newPage();
await page.goto('http://weibo.com/');
console.log(`ClaimCheck demo: endpoint ${endpoint.url} (token ${TOKEN}), reports listed at ${endpoint.url}/`);

if (headless) {
  fs.mkdirSync(outDir, { recursive: true });
  await page.locator('[data-claimcheck-flag]').first().waitFor({ timeout: 20_000 });
  await page.screenshot({ path: path.join(outDir, 'demo-page.png') });
  const popup = await openPopupFor(browser, page);
  await popup.getByTestId('flag-item').first().waitFor({ timeout: 10_000 });
  await popup.screenshot({ path: path.join(outDir, 'popup.png'), fullPage: true });
  console.log(`screenshots written to ${path.relative(root, outDir)}/demo-page.png and popup.png`);
  await browser.close();
  await fixtures.close();
  await endpoint.close();
} else {
  console.log('Close the browser window or press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close().catch(() => {});
    await fixtures.close();
    await endpoint.close();
    process.exit(0);
  };
  browser.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}
