import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredReport } from '../utils/schemas/report';
import { useExtensionBrowser } from './support/extension-session';
import { historyCount as count, openSeededOptions, RESULTS, seed } from './support/options-history';

describe('options page: report history', () => {
  const env = useExtensionBrowser();

  beforeAll(async () => {
    await openSeededOptions(env);
  });

  it('filters by status and category and searches case- and width-insensitively, Chinese included', async () => {
    expect(await count(env.page)).toBe('43 of 43 reports');
    await env.page.getByLabel('Status', { exact: true }).selectOption('rejected');
    await expect.poll(() => count(env.page)).toBe('11 of 43 reports');
    await env.page.getByLabel('Category', { exact: true }).selectOption('military');
    await expect.poll(() => count(env.page)).toMatch(/^\d+ of 43 reports$/);
    await env.page.getByLabel('Category', { exact: true }).selectOption('');
    await env.page.getByLabel('Status', { exact: true }).selectOption('');
    const search = env.page.getByRole('searchbox');
    await search.fill('fake 司令部 account');
    await expect.poll(() => count(env.page)).toBe('1 of 43 reports');
    await expect.poll(() => env.page.getByTestId('history-row').first().textContent()).toContain('中国人民解放军火箭军司令部');
    await search.fill('USER_3');
    await expect.poll(() => count(env.page)).toBe('11 of 43 reports'); // user_3, user_30..39
    await search.fill('');
    await expect.poll(() => count(env.page)).toBe('43 of 43 reports');
    expect(await env.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await env.page.getByTestId('history-row').filter({ hasText: '<img src=x' }).count()).toBe(1);
  });

  it('opens the detail view with evidence and the attempt log, deletes with confirmation, and undoes', async () => {
    const row = env.page.getByTestId('history-row').filter({ hasText: '中国人民解放军火箭军司令部' });
    // Keyboard: Enter opens the dialog, Escape closes it and gives focus back.
    await row.getByRole('button', { name: /^Details/ }).focus();
    await env.page.keyboard.press('Enter');
    await expect.poll(() => env.page.getByRole('dialog').count()).toBe(1);
    await env.page.keyboard.press('Escape');
    await expect.poll(() => env.page.getByRole('dialog').count()).toBe(0);
    // Focus comes back once the dialog has gone, a render later: polled, not read at once.
    await expect
      .poll(() => env.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Details: 中国人民解放军/);
    await row.getByRole('button', { name: /^Details/ }).click();
    const dialog = env.page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('military.unit-name');
    expect(await dialog.textContent()).toContain('endpoint said no');
    expect(await dialog.getByRole('cell', { name: '400' }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Delete report' }).click();
    await env.page
      .getByRole('dialog', { name: /Delete 1 report/ })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect.poll(() => count(env.page)).toBe('42 of 42 reports');
    await env.page.getByTestId('undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => count(env.page)).toBe('43 of 43 reports');
    expect(await row.count()).toBe(1);
  });

  it('bulk-deletes a selection', async () => {
    const rows = env.page.getByTestId('history-row');
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await env.page.getByRole('button', { name: 'Delete selected (2)' }).click();
    await env.page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => count(env.page)).toBe('41 of 41 reports');
  });

  it('exports JSON and CSV, and the JSON imports back losslessly, skipping ids already there', async () => {
    const before = await env.page.evaluate(() => document.querySelectorAll('[data-testid=history-row]').length);
    expect(before).toBeGreaterThan(0);
    const [jsonDownload] = await Promise.all([
      env.page.waitForEvent('download'),
      env.page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const jsonPath = path.join(RESULTS, 'options-export.json');
    await jsonDownload.saveAs(jsonPath);
    const exported = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
    expect(exported).toMatchObject({ format: 'claimcheck-reports', version: 1 });
    expect(exported.reports).toHaveLength(41);

    const [csvDownload] = await Promise.all([
      env.page.waitForEvent('download'),
      env.page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csvPath = path.join(RESULTS, 'options-export.csv');
    await csvDownload.saveAs(csvPath);
    const csv = fs.readFileSync(csvPath, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(43); // header + 41 rows + final CRLF
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);

    // Import into an emptied store gives the same records back; a second import skips them all.
    await seed(env.page, []);
    await env.page.reload();
    await env.page.getByText('You have not filed any reports yet.').waitFor();
    await env.page.getByLabel('Import JSON…').setInputFiles(jsonPath);
    await expect
      .poll(() => env.page.getByTestId('import-summary').textContent())
      .toContain('Imported 41, skipped 0 already here, 0 invalid.');
    await expect.poll(() => count(env.page)).toBe('41 of 41 reports');
    const stored = await env.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('claimcheck');
        req.onsuccess = () => resolve(req.result);
      });
      const all = await new Promise<unknown[]>((resolve) => {
        const req = db.transaction('reports').objectStore('reports').getAll();
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return all;
    });
    const byId = (a: StoredReport, b: StoredReport) => a.report.id.localeCompare(b.report.id);
    expect((stored as StoredReport[]).sort(byId)).toEqual((exported.reports as StoredReport[]).sort(byId));
    await env.page.getByLabel('Import JSON…').setInputFiles(jsonPath);
    await expect
      .poll(() => env.page.getByTestId('import-summary').textContent())
      .toContain('Imported 0, skipped 41 already here');

    const badPath = path.join(RESULTS, 'options-bad-import.json');
    fs.writeFileSync(badPath, '{"format":"claimcheck-reports","version":1,"reports":[{"nope":1}]');
    await env.page.getByLabel('Import JSON…').setInputFiles(badPath);
    await expect.poll(() => env.page.getByRole('alert').first().textContent()).toContain('not valid JSON');
    expect(await count(env.page)).toBe('41 of 41 reports');
  });
});
