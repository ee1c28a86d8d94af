import type { ScannedAccount } from '../schemas/account';
import type { FlaggedAccount } from '../schemas/messages';
import { Report } from '../schemas/report';
import type { ReportCategory } from '../schemas/verdict';
import { topSeverity } from '../schemas/verdict';
import { fitPageUrl } from './page-url';

export interface ReportInput {
  account: ScannedAccount;
  /** The flag the user reports from, when the account was flagged. */
  flagged?: FlaggedAccount;
  category: ReportCategory;
  note: string;
  snippet: string;
  screenshot?: string;
  pageUrl: string;
  clientVersion: string;
  locale?: string;
}

/**
 * At most `max` UTF-16 units (what the wire schema counts), without the first half of a pair
 * cut off at the end: it would show as U+FFFD on the endpoint's page.
 */
function cut(text: string, max: number): string {
  const head = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

export type BuildResult = { ok: true; report: Report } | { ok: false; errors: Record<string, string> };

/**
 * Turns what the user filled in into a wire report (sync-protocol.md). The evidence is exactly
 * what is stored and, later, sent: the signals of the flag, its severity, the snippet the user
 * kept. Field errors come back by field name so the form can show them inline.
 */
export function buildReport(input: ReportInput, id: string = crypto.randomUUID(), now = new Date()): BuildResult {
  const { account, flagged } = input;
  const note = input.note.trim();
  const snippet = input.snippet.trim();
  const candidate = {
    id,
    createdAt: now.toISOString(),
    platform: account.platform,
    account: {
      id: account.id || undefined,
      handle: account.handle || undefined,
      displayName: cut(account.displayName.trim(), 200),
      profileUrl: account.profileUrl,
      verification: { kind: account.verification.kind, label: cut(account.verification.label ?? '', 200) || undefined },
    },
    category: input.category,
    note: note || undefined,
    // A page address past the wire limit is shortened, not refused (the form does not show it).
    pageUrl: fitPageUrl(input.pageUrl),
    evidence: {
      signals: (flagged?.flags ?? [])
        .flatMap((f) => f.reasons.map((r) => ({ code: r.code, field: r.field, match: r.match })))
        .slice(0, 40),
      severity: flagged ? topSeverity(flagged.flags) : undefined,
      rulesetVersion: flagged?.rulesetVersion,
      snippet: snippet || undefined,
      screenshot: input.screenshot,
    },
    client: { name: 'claimcheck' as const, version: input.clientVersion, locale: input.locale },
  };
  const parsed = Report.safeParse(candidate);
  if (parsed.success) return { ok: true, report: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.at(-1) === 'displayName' ? 'displayName' : String(issue.path.at(-1) ?? 'form');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
