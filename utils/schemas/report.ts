import { z } from 'zod';
import { Platform, ReportAccount } from './account';
import { StatusWhy, SyncReasonCode } from './sync-run';
import { ReportCategory, Severity, SignalField } from './verdict';

/** 512 KiB of image, as a data: URL (base64 grows it by 4/3, plus the prefix). */
export const MAX_SCREENSHOT_BYTES = 512 * 1024;
const MAX_SCREENSHOT_URL_CHARS = Math.ceil((MAX_SCREENSHOT_BYTES * 4) / 3) + 32;

export const Screenshot = z
  .string()
  .max(MAX_SCREENSHOT_URL_CHARS, 'screenshot larger than 512 KiB')
  .regex(/^data:image\/(jpeg|png);base64,[A-Za-z0-9+/]+=*$/, 'screenshot must be a JPEG or PNG data: URL');

const uuidV4 = z.uuid({ version: 'v4' });
const httpUrl = z.url({ protocol: /^https?$/ }).max(2048);

export const Evidence = z.strictObject({
  signals: z
    .array(z.strictObject({ code: z.string().min(1).max(100), field: SignalField, match: z.string().max(200).optional() }))
    .max(40),
  severity: Severity.optional(),
  rulesetVersion: z.string().min(1).max(50).optional(),
  snippet: z.string().max(500).optional(),
  screenshot: Screenshot.optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** One report on the wire, exactly as sync-protocol.md version 1 defines it. */
export const Report = z.strictObject({
  id: uuidV4,
  createdAt: z.iso.datetime({ offset: false }),
  platform: Platform,
  account: ReportAccount,
  category: ReportCategory,
  note: z.string().max(2000).optional(),
  pageUrl: httpUrl,
  evidence: Evidence,
  client: z.strictObject({
    name: z.literal('claimcheck'),
    version: z.string().min(1).max(50),
    locale: z.string().min(2).max(35).optional(),
  }),
});
export type Report = z.infer<typeof Report>;

export const ReportStatus = z.enum(['local', 'pending', 'synced', 'rejected']);
export type ReportStatus = z.infer<typeof ReportStatus>;

/**
 * One try at sending a report: when, what came back, and why, as a `code` the page words in its
 * own language. With a code, `error` holds only words no catalogue has (the endpoint's reason,
 * the browser's network error). Without one (records of earlier versions, which wrote no code)
 * it may be our own English sentence: utils/sync/reason-text.ts reads those back.
 */
export const SyncAttempt = z.object({
  at: z.iso.datetime(),
  endpoint: z.string().max(2048),
  status: z.number().int().optional(),
  code: SyncReasonCode.optional(),
  error: z.string().max(500).optional(),
  outcome: z.enum(['accepted', 'rejected', 'retry', 'paused']),
});
export type SyncAttempt = z.infer<typeof SyncAttempt>;

/** A report as kept in IndexedDB: the wire report plus where it stands. */
export const StoredReport = z.object({
  report: Report,
  status: ReportStatus,
  updatedAt: z.iso.datetime(),
  nextAttemptAt: z.number().optional(),
  /** Why it is pending or rejected, for the page to word; absent in records of earlier versions. */
  statusWhy: StatusWhy.optional(),
  // Not derivable from attempts: old records keep their retry wait only here, a 413's unsent half logs the split last.
  /** With `statusWhy`: the endpoint's or browser's own words only. Without: as SyncAttempt.error. */
  statusReason: z.string().max(500).optional(),
  attempts: z.array(SyncAttempt).max(200),
});
export type StoredReport = z.infer<typeof StoredReport>;
