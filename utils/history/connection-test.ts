import { endpointPath, HealthResponse } from '../schemas/protocol';

export const HEALTH_TIMEOUT_MS = 10_000;

export type ConnectionResult =
  | { ok: true }
  | { ok: false; reason: 'http'; status: number }
  | { ok: false; reason: 'network'; detail: string }
  | { ok: false; reason: 'timeout' }
  | { ok: false; reason: 'body' };

export interface ConnectionTestInput {
  endpointUrl: string;
  accessToken: string;
  clientVersion: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** GET {base}/v1/health as sync-protocol.md defines it; the answer must be `{"ok":true,"protocol":1}`. */
export async function testConnection(input: ConnectionTestInput): Promise<ConnectionResult> {
  const doFetch = input.fetch ?? fetch;
  const headers: Record<string, string> = { 'X-ClaimCheck-Client': `claimcheck/${input.clientVersion}` };
  if (input.accessToken) headers.Authorization = `Bearer ${input.accessToken}`;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), input.timeoutMs ?? HEALTH_TIMEOUT_MS);
  try {
    const res = await doFetch(endpointPath(input.endpointUrl, 'health'), {
      method: 'GET',
      headers,
      signal: abort.signal,
      credentials: 'omit',
      redirect: 'error',
    });
    if (res.status !== 200) return { ok: false, reason: 'http', status: res.status };
    const body: unknown = await res.json().catch(() => undefined);
    return HealthResponse.safeParse(body).success ? { ok: true } : { ok: false, reason: 'body' };
  } catch (error) {
    if (abort.signal.aborted) return { ok: false, reason: 'timeout' };
    return { ok: false, reason: 'network', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
