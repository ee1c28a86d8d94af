import type { StoredReport } from '../schemas/report';

const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

/**
 * Whether a stored record has everything the history reads to list it and open its details.
 * Stored records are not validated when read (zod over 10,000 records with screenshots costs
 * too much), so one written in another shape (a newer build's, then rolled back) would otherwise
 * throw while the list is built and hide every other report.
 */
export function isListable(value: unknown): value is StoredReport {
  const stored = value as Partial<StoredReport> | null;
  const report = stored?.report as Partial<StoredReport['report']> | undefined;
  const account = report?.account as Partial<StoredReport['report']['account']> | undefined;
  return (
    typeof report?.id === 'string' &&
    typeof report.createdAt === 'string' &&
    typeof report.platform === 'string' &&
    typeof report.category === 'string' &&
    optionalString(report.note) &&
    typeof account?.displayName === 'string' &&
    optionalString(account.handle) &&
    typeof account.verification?.kind === 'string' &&
    Array.isArray(report.evidence?.signals) &&
    typeof stored?.status === 'string' &&
    Array.isArray(stored.attempts)
  );
}
