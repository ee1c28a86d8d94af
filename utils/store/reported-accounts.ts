import type { Platform, ReportAccount } from '../schemas/account';
import { reportsDb } from './db';

/**
 * The accounts the stored reports on `platform` name, whatever their status (local, pending,
 * synced, rejected): the popup marks these reported. Read-only; only the account of each record
 * is kept, not its evidence (a screenshot is up to 512 KiB).
 */
export async function reportedAccountsOn(platform: Platform): Promise<ReportAccount[]> {
  const tx = (await reportsDb()).transaction('reports');
  const accounts: ReportAccount[] = [];
  for (let c = await tx.store.index('platform').openCursor(platform); c; c = await c.continue()) {
    accounts.push(c.value.report.account);
  }
  await tx.done;
  return accounts;
}
