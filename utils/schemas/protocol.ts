import { z } from 'zod';
import { Report } from './report';

export const PROTOCOL_VERSION = 1;
export const MAX_BATCH = 25;
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * The request body as an endpoint first checks it: the envelope of 1..25 items. Each item is
 * validated as a Report on its own, so one bad report is rejected while the others are accepted.
 */
export const ReportBatchEnvelope = z.strictObject({
  reports: z.array(z.unknown()).min(1).max(MAX_BATCH),
});

export const ReportBatchRequest = z.strictObject({
  reports: z.array(Report).min(1).max(MAX_BATCH),
});
export type ReportBatchRequest = z.infer<typeof ReportBatchRequest>;

/**
 * A 200's body, read as leniently as its shape allows: sync-protocol.md sets no limit on a reason
 * or on the lists, and one over a limit of the client's own would throw away the ids the endpoint
 * accepted with it, so the same batch would fail for good. The answer is capped at 1 MiB (http.ts),
 * a reason is cut to what a log entry holds (plainLine), and ids not sent are ignored (settle).
 */
export const ReportBatchResponse = z.object({
  accepted: z.array(z.string()),
  rejected: z.array(z.object({ id: z.string(), reason: z.string() })),
});
export type ReportBatchResponse = z.infer<typeof ReportBatchResponse>;

export const HealthResponse = z.object({ ok: z.literal(true), protocol: z.literal(PROTOCOL_VERSION) });
export type HealthResponse = z.infer<typeof HealthResponse>;

/** Unlimited for the same reason: a long `error` is still the endpoint's words, cut to 500 characters when kept. */
export const ErrorResponse = z.object({ error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponse>;

/** https, or plain http only to a loopback host (sync-protocol.md, "Endpoint"). */
export function endpointUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.search || url.hash) return 'must not contain a query or fragment';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return null;
  return 'must use https (plain http only for localhost, 127.0.0.1 or [::1])';
}

export const EndpointUrl = z.string().superRefine((v, ctx) => {
  const problem = endpointUrlProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: `Endpoint URL ${problem}` });
});

/** `{base}/v1/<path>`, keeping any path the base already has. */
export function endpointPath(base: string, path: 'health' | 'reports'): string {
  return `${base.replace(/\/+$/, '')}/v1/${path}`;
}
