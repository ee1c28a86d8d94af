import type { Worker } from 'playwright-core';
import type { StoredReport } from '../../utils/schemas/report';
import type { Settings } from '../../utils/schemas/settings';

/** Every stored report, read inside the extension's worker (its real IndexedDB). */
export function storedReports(worker: Worker): Promise<StoredReport[]> {
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('claimcheck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('reports')) return resolve([]);
          const req = db.transaction('reports').objectStore('reports').getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** The stored settings object (chrome.storage.local "settings"). */
export function storedSettings(worker: Worker): Promise<Partial<Settings>> {
  return worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? {});
}
