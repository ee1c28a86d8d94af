import { z } from 'zod';
import { PLATFORMS } from './categories';

// Re-exported so that importers of the zod schemas keep one import.
export { PLATFORMS };

export const Platform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof Platform>;

export const VERIFICATION_KINDS = ['none', 'paid', 'personal', 'organization', 'government', 'media', 'unknown'] as const;
export const VerificationKind = z.enum(VERIFICATION_KINDS);
export type VerificationKind = z.infer<typeof VerificationKind>;

/** The platform's badge as the wire format carries it (sync-protocol.md). */
export const Verification = z.strictObject({
  kind: VerificationKind,
  label: z.string().max(200).optional(),
});
export type Verification = z.infer<typeof Verification>;

const httpUrl = z.url({ protocol: /^https?$/ }).max(2048);

/** The account inside a report, exactly as sync-protocol.md defines it. */
export const ReportAccount = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  handle: z.string().min(1).max(200).optional(),
  displayName: z.string().min(1).max(200),
  profileUrl: httpUrl.optional(),
  verification: Verification,
});
export type ReportAccount = z.infer<typeof ReportAccount>;

/**
 * What the engine reads: one account as an adapter or the classify CLI sees it. Lengths are
 * not capped here; the engine cuts names and bios to its own bound before matching.
 */
export const AccountInput = z.object({
  platform: Platform,
  id: z.string().optional(),
  handle: z.string().optional(),
  displayName: z.string(),
  bio: z.string().optional(),
  verification: z.object({ kind: VerificationKind, label: z.string().optional() }),
});
export type AccountInput = z.infer<typeof AccountInput>;

/** Where an adapter read the badge type from: the rendered DOM or the page's own data. */
export const VerificationSource = z.enum(['dom', 'data']);

/** One account found on a page (the element itself stays in the content script). */
export const ScannedAccount = z.object({
  platform: Platform,
  key: z.string().min(1).max(512),
  id: z.string().max(200).optional(),
  handle: z.string().max(200).optional(),
  displayName: z.string().min(1).max(2000),
  profileUrl: httpUrl.optional(),
  verification: z.object({
    kind: VerificationKind,
    label: z.string().max(2000).optional(),
    source: VerificationSource,
  }),
  bio: z.string().max(20000).optional(),
});
export type ScannedAccount = z.infer<typeof ScannedAccount>;
