/**
 * One POST with hard bounds, so that a hostile or broken endpoint cannot crash or hang the
 * worker (issue #5): the answer is stream-read and abandoned beyond 1 MiB, and one deadline
 * covers the headers AND the body (sync-protocol.md: "timeout (15 s)").
 */
export const RESPONSE_CAP_BYTES = 1024 * 1024;
export const REQUEST_TIMEOUT_MS = 15_000;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type HttpAnswer =
  | { kind: 'answer'; status: number; body: string; retryAfter: string | null }
  | { kind: 'failed'; error: string; code: FailureCode; detail?: string };

/**
 * Why no usable answer came, for the UI to word; `detail` is the browser's own error message
 * (a network error), which no catalogue can translate.
 */
export type FailureCode = 'network' | 'timeout' | 'tooLarge';

export type PostOptions = {
  fetch: FetchLike;
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs?: number;
  capBytes?: number;
};

class AnswerTooLarge extends Error {}

export async function postJson(options: PostOptions): Promise<HttpAnswer> {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The race guarantees the deadline even if a fetch implementation ignores the abort signal.
  const deadline = new Promise<HttpAnswer>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
      resolve({ kind: 'failed', error: `no complete answer within ${limit}`, code: 'timeout' });
    }, timeoutMs);
  });
  let complete = false;
  try {
    const answer = await Promise.race([exchange(options, controller), deadline]);
    complete = answer.kind === 'answer';
    return answer;
  } finally {
    clearTimeout(timer);
    // Frees the connection if the body was left unread (over the cap, timed out, an error).
    if (!complete) controller.abort();
  }
}

async function exchange(options: PostOptions, controller: AbortController): Promise<HttpAnswer> {
  try {
    const response = await options.fetch(options.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...options.headers },
      body: options.body,
      signal: controller.signal,
      // A redirect could carry the report (and the token) somewhere the user never chose.
      redirect: 'error',
      credentials: 'omit',
      cache: 'no-store',
    });
    const body = await readCapped(response, options.capBytes ?? RESPONSE_CAP_BYTES);
    const status = typeof response.status === 'number' ? response.status : 0;
    return { kind: 'answer', status, body, retryAfter: response.headers?.get('retry-after') ?? null };
  } catch (error) {
    if (error instanceof AnswerTooLarge) return { kind: 'failed', error: 'answer larger than 1 MiB', code: 'tooLarge' };
    // Only the deadline aborts this controller before the answer is complete.
    if (controller.signal.aborted) return { kind: 'failed', error: 'request aborted', code: 'timeout' };
    const detail = describeError(error);
    return { kind: 'failed', error: `network error: ${detail}`, code: 'network', detail };
  }
}

/** Reads the body chunk by chunk and gives up as soon as it passes the cap. */
async function readCapped(response: Response, capBytes: number): Promise<string> {
  const declared = Number(response.headers?.get('content-length'));
  if (Number.isFinite(declared) && declared > capBytes) {
    await response.body?.cancel().catch(() => {});
    throw new AnswerTooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('answer body is not bytes');
    total += value.byteLength;
    if (total > capBytes) {
      await reader.cancel().catch(() => {});
      throw new AnswerTooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${message}${cause}`.slice(0, 300);
}
