import type { Context } from 'hono';
import { MAX_BATCH, MAX_BODY_BYTES, ReportBatchEnvelope, type ReportBatchResponse } from '../utils/schemas/protocol';
import { describeIssues, sortBatch } from './batch';
import { readBodyWithLimit } from './body';
import { ERROR_TEXT } from './error-text';
import type { ReportStore } from './store';

export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 1000;
/**
 * Where a page stops growing: 1,000 reports with screenshots (up to ~700 K characters each)
 * would pass V8's longest string and fail at the same cursor every time. The reader gets
 * `more: true` and continues from `next`. One report always goes, however large.
 */
export const LIST_PAGE_BYTES = 32 * 1024 * 1024;

/** What the request log line of a POST records besides method, path and status. */
export type BatchLogFields = { accepted: number; rejected: number; newlyStored: number };

/** `POST /v1/reports`: the batch is stored in one transaction before the answer goes out. */
export async function postReports(c: Context, store: ReportStore, submitter: string | null): Promise<Response> {
  // A web page can send text/plain without asking the server first (no CORS preflight); only
  // JSON, which it cannot send unasked, is taken. The extension always sends application/json.
  const mediaType = (c.req.header('Content-Type') ?? '').split(';', 1)[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return c.json({ error: ERROR_TEXT.notJson }, 415);
  const body = await readBodyWithLimit(c.req.raw, MAX_BODY_BYTES);
  if (!body.ok) {
    // No "Connection: close": closing while the client is still sending resets the connection,
    // and the reset can erase the answer before the client reads it (RFC 9112 §9.6; a test client
    // lost about one 413 in ten). @hono/node-server drains the rest after the answer instead, for
    // at most 500 ms or 64 MiB, then closes.
    return c.json({ error: body.error }, body.status);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    return c.json({ error: ERROR_TEXT.bodyNotJson }, 400);
  }
  const envelope = ReportBatchEnvelope.safeParse(parsed);
  if (!envelope.success) {
    return c.json({ error: ERROR_TEXT.notAnEnvelope(MAX_BATCH, describeIssues(envelope.error)) }, 400);
  }
  // No await between the look-ups and the insert: no other request can store an id in between.
  const batch = sortBatch(envelope.data.reports, (id) => store.has(id));
  const newlyStored = store.insertBatch(batch.toStore, submitter);
  const answer: ReportBatchResponse = { accepted: batch.accepted, rejected: batch.rejected };
  c.set('logFields', {
    accepted: answer.accepted.length,
    rejected: answer.rejected.length,
    newlyStored: newlyStored.length,
  } satisfies BatchLogFields);
  return c.json(answer);
}

type ListStart = { afterSeq: number } | { receivedSince: string };

/**
 * `GET /v1/reports?since=&limit=`: reports in received order. `since` is a cursor (the `next`
 * of the previous page) or an RFC 3339 time; `next` is always a cursor to poll from, even
 * when the page is empty, so a reviewer's script can just keep asking.
 */
export function listReports(c: Context, store: ReportStore, maxBytes = LIST_PAGE_BYTES): Response {
  const start = parseSince(c.req.query('since'));
  if (start === null) return c.json({ error: ERROR_TEXT.badSince }, 400);
  const limitText = c.req.query('limit') ?? String(DEFAULT_LIST_LIMIT);
  const limit = /^\d{1,5}$/.test(limitText) ? Number(limitText) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_LIST_LIMIT)) return c.json({ error: ERROR_TEXT.badLimit(MAX_LIST_LIMIT) }, 400);

  // One row more than asked tells whether another page follows. Rows are read one at a time,
  // so those past the byte budget are never loaded.
  const items: string[] = [];
  let bytes = 0;
  let more = false;
  let last: number | null = null;
  for (const row of store.iterateInReceivedOrder(start, limit + 1)) {
    more = items.length === limit;
    if (more) break; // breaking out ends the statement too
    // The stored JSON goes out as it is: no parse and re-serialise of up to 1,000 reports.
    const item = `{"cursor":"${row.seq}","receivedAt":${JSON.stringify(row.receivedAt)},"submitter":${JSON.stringify(row.submitter)},"report":${row.content}}`;
    bytes += Buffer.byteLength(item) + 1;
    more = items.length > 0 && bytes > maxBytes;
    if (more) break;
    items.push(item);
    last = row.seq;
  }
  const next = last ?? ('afterSeq' in start ? start.afterSeq : store.maxSeq());
  return c.body(`{"reports":[${items.join(',')}],"next":"${next}","more":${more}}`, 200, {
    'Content-Type': 'application/json; charset=UTF-8',
  });
}

function parseSince(since: string | undefined): ListStart | null {
  if (since === undefined || since === '') return { afterSeq: 0 };
  if (/^\d{1,15}$/.test(since)) return { afterSeq: Number(since) };
  // An unencoded "+02:00" offset arrives as " 02:00" (a query string's + is a space).
  since = since.replace(/ (\d{2}:\d{2})$/, '+$1');
  // RFC 3339 needs a date, a time and an offset; stored times are UTC ISO strings, so normalise.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(since)) return null;
  const time = new Date(since);
  return Number.isNaN(time.getTime()) ? null : { receivedSince: time.toISOString() };
}
