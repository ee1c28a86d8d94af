import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { StoredReport } from '../../utils/schemas/report';
import type { ExtensionSession } from './extension-session';

/** Where the options tests leave screenshots, exports and figures (CI keeps test-results/). */
export const RESULTS = path.resolve(import.meta.dirname, '../../test-results');
const STATUSES = ['local', 'pending', 'synced', 'rejected'] as const;
const CATEGORIES = ['military', 'public-institution', 'news-media', 'unqualified-advice', 'other'] as const;
const PLATFORMS = ['weibo', 'x', 'douyin', 'zhihu'] as const;

/** A valid stored report; `i` spreads them over statuses, categories, platforms and the last 12 weeks. */
export function makeRecord(
  i: number,
  over: { name?: string; note?: string; status?: StoredReport['status'] } = {},
): StoredReport {
  const at = new Date(Date.now() - (i % 80) * 86_400_000 - i * 1000).toISOString();
  const status = over.status ?? STATUSES[i % 4]!;
  return {
    report: {
      id: crypto.randomUUID(),
      createdAt: at,
      platform: PLATFORMS[i % PLATFORMS.length]!,
      account: { displayName: over.name ?? `账号 ${i} Account`, handle: `user_${i}`, verification: { kind: 'none' } },
      category: CATEGORIES[i % CATEGORIES.length]!,
      ...(over.note ? { note: over.note } : {}),
      pageUrl: 'https://weibo.com/',
      evidence: {
        signals: [{ code: 'military.unit-name', field: 'displayName', match: '司令部' }],
        severity: 'high',
        rulesetVersion: '2026.11',
      },
      client: { name: 'claimcheck', version: '0.1.0' },
    },
    status,
    updatedAt: at,
    ...(status === 'rejected' ? { statusReason: 'endpoint said no' } : {}),
    attempts:
      status === 'local'
        ? []
        : [
            {
              at,
              endpoint: 'https://r.example.org/v1/reports',
              status: status === 'rejected' ? 400 : 200,
              outcome: status === 'rejected' ? 'rejected' : 'accepted',
              ...(status === 'rejected' ? { error: 'endpoint said no' } : {}),
            },
          ],
  };
}

/** Writes records straight into the extension's IndexedDB, as the page itself would find them. */
export async function seed(page: Page, records: StoredReport[]): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('claimcheck');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('reports', 'readwrite');
      tx.objectStore('reports').clear();
      for (const r of rows) tx.objectStore('reports').put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

export const historyCount = (page: Page) => page.getByTestId('history-count').textContent();

/**
 * Opens the options page on an empty history, then seeds 40 spread-out reports and three
 * hostile ones (a rejected 火箭军司令部 with a full-width note, markup and a formula as a name and
 * note, a right-to-left override) and reloads; returns the page's URL.
 */
export async function openSeededOptions(env: ExtensionSession): Promise<string> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const url = `chrome-extension://${env.browser.extensionId}/options.html`;
  await env.page.goto(url);
  await env.page.getByText('You have not filed any reports yet.').waitFor();
  const records = Array.from({ length: 40 }, (_, i) => makeRecord(i));
  records.push(makeRecord(100, { name: '中国人民解放军火箭军司令部', note: 'Ｆａｋｅ 司令部 ACCOUNT', status: 'rejected' }));
  records.push(
    makeRecord(101, { name: '<img src=x onerror="window.__pwned=1">', note: '=HYPERLINK("http://evil")', status: 'local' }),
  );
  records.push(makeRecord(102, { name: `\u202Eevil ${'长'.repeat(200)}`.slice(0, 200), status: 'local' }));
  await seed(env.page, records);
  await env.page.reload();
  await env.page.getByTestId('history-row').first().waitFor();
  return url;
}
