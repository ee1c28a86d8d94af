import type { FetchLike } from '../http';

export type SeenRequest = {
  url: string;
  headers: Headers;
  ids: string[];
  body: { reports: Record<string, unknown>[] };
  bytes: number;
};

/**
 * An in-process endpoint for unit tests: records every request and answers with `answer`.
 * `acceptAll` is the well-behaved answer of sync-protocol.md.
 */
export function fakeEndpoint(answer: (request: SeenRequest, index: number) => Response | Promise<Response>) {
  const requests: SeenRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    const text = String(init.body);
    const body = JSON.parse(text) as SeenRequest['body'];
    const request: SeenRequest = {
      url,
      headers: new Headers(init.headers),
      ids: body.reports.map((r) => String(r.id)),
      body,
      bytes: new TextEncoder().encode(text).byteLength,
    };
    requests.push(request);
    return answer(request, requests.length - 1);
  };
  return { fetch, requests };
}

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...headers } });

export const acceptAll = (request: SeenRequest): Response => json(200, { accepted: request.ids, rejected: [] });
