import { ERROR_TEXT } from './error-text';

export type BodyResult = { ok: true; text: string } | { ok: false; status: 400 | 413; error: string };

/**
 * Reads a request body of at most `maxBytes`, counting while it streams in: a larger body is
 * refused as soon as it passes the limit (or at once, from Content-Length), never buffered.
 */
export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<BodyResult> {
  const tooLarge = { ok: false, status: 413, error: ERROR_TEXT.bodyTooLarge(maxBytes) } as const;
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return tooLarge;
  if (!request.body) return { ok: true, text: '' };

  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not cancelled: that destroys the request and its socket at once (see reports-api.ts).
      reader.releaseLock();
      return tooLarge;
    }
    chunks.push(value);
  }
  try {
    // fatal: a body that is not UTF-8 is refused instead of silently mangled into U+FFFD.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size)) };
  } catch {
    return { ok: false, status: 400, error: ERROR_TEXT.bodyNotUtf8 };
  }
}
