import { MAX_BATCH, MAX_BODY_BYTES } from '../schemas/protocol';
import type { Report, StoredReport } from '../schemas/report';

/** One report ready to send: its id and its JSON exactly as it goes on the wire (`screenshot`: with one). */
export type WireReport = { id: string; stored: StoredReport; json: string; screenshot: boolean };

/**
 * The copy that leaves the browser. The screenshot stays local unless the user switched on
 * "include screenshots in sync" (sync-protocol.md, `evidence.screenshot`).
 */
export function wireCopy(report: Report, includeScreenshots: boolean): Report {
  if (includeScreenshots || report.evidence.screenshot === undefined) return report;
  const { screenshot: _dropped, ...evidence } = report.evidence;
  return { ...report, evidence };
}

const encoder = new TextEncoder();
const ENVELOPE_BYTES = '{"reports":[]}'.length;

/** UTF-8 bytes of `text`, as the endpoint's 4 MiB limit counts them. */
export const byteLength = (text: string): number => encoder.encode(text).byteLength;

export function toWire(stored: StoredReport, includeScreenshots: boolean): WireReport {
  const report = wireCopy(stored.report, includeScreenshots);
  return { id: stored.report.id, stored, json: JSON.stringify(report), screenshot: report.evidence.screenshot !== undefined };
}

/** The batch with its screenshots dropped: the user switched them off after it was packed (only smaller, so it still fits). */
export function withoutScreenshots(batch: readonly WireReport[]): WireReport[] {
  return batch.map((r) => (r.screenshot ? toWire(r.stored, false) : r));
}

/**
 * Takes, in order, as many reports as fit one request: at most 25 and at most 4 MiB of body
 * (sync-protocol.md, `POST /v1/reports`). The first report always goes, so that a report too
 * large on its own still reaches the endpoint, which answers 413 and settles it as rejected.
 */
export function packBatch(reports: readonly WireReport[]): WireReport[] {
  const batch: WireReport[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const report of reports) {
    if (batch.length === MAX_BATCH) break;
    const size = byteLength(report.json) + (batch.length > 0 ? 1 : 0);
    if (batch.length > 0 && bytes + size > MAX_BODY_BYTES) break;
    batch.push(report);
    bytes += size;
  }
  return batch;
}

export function batchBody(batch: readonly WireReport[]): string {
  return `{"reports":[${batch.map((r) => r.json).join(',')}]}`;
}

/** The halves a 413 asks for (sync-protocol.md: "halve the batch and retry at once"), or a slow uplink's timeout (split.ts). */
export function halve<T>(batch: readonly T[]): [T[], T[]] {
  const mid = Math.ceil(batch.length / 2);
  return [batch.slice(0, mid), batch.slice(mid)];
}
