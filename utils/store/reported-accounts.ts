import type { Platform, ReportAccount } from '../schemas/account';
import { reportsDb } from './db';
import { ACCOUNT_INDEXES } from './db-schema';

/** What the popup compares a flagged account with: the fields a report names its account by. */
export type ReportedAccount = Pick<ReportAccount, 'displayName' | 'id' | 'handle' | 'profileUrl'>;

/**
 * The accounts the stored reports on `platform` name, whatever their status (local, pending,
 * synced, rejected): the popup marks these reported. Read from the account indexes' keys only,
 * never the records: a screenshot is up to 512 KiB, and a record read is a screenshot read.
 */
export async function reportedAccountsOn(platform: Platform): Promise<ReportedAccount[]> {
  const tx = (await reportsDb()).transaction('reports');
  const byReport = new Map<string, ReportedAccount>();
  // Arrays sort after strings: [platform, []] is above every [platform, text].
  const range = IDBKeyRange.bound([platform], [platform, []]);
  for (const [index, field] of ACCOUNT_INDEXES) {
    for (let c = await tx.store.index(index).openKeyCursor(range); c; c = await c.continue()) {
      const account = byReport.get(c.primaryKey) ?? { displayName: '' };
      account[field] = c.key[1];
      byReport.set(c.primaryKey, account);
    }
  }
  await tx.done;
  return [...byReport.values()];
}
