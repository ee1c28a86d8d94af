import { describe, expect, it } from 'vitest';
import { ErrorResponse, ReportBatchResponse } from '../utils/schemas/protocol';
import { type AppOptions, createApp } from './app';
import { ReportStore } from './store';
import { makeReport } from './test-support';

const TOKEN = 'error-text-token';
const bearer = { Authorization: `Bearer ${TOKEN}` };

function appWith(opts: Partial<AppOptions> = {}) {
  return createApp({ store: new ReportStore(':memory:'), tokens: [TOKEN], rateLimit: false, ...opts });
}

const postBody = (body: BodyInit, headers: Record<string, string> = bearer): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body,
});

/**
 * "English words / 中文": the extension shows this text in brackets after a sentence in the
 * user's language, so both languages are in it; English first, so a script that matched the
 * earlier English-only text by its start still does.
 */
function expectBilingual(text: string, english: RegExp): void {
  const [en, zh, ...rest] = text.split(' / ');
  expect(rest).toEqual([]);
  expect(en).toMatch(english);
  expect(en).not.toMatch(/\p{Script=Han}/u);
  expect(zh).toMatch(/\p{Script=Han}/u);
}

describe('the {"error"} of every refusal reads in English and Chinese, status and shape unchanged', () => {
  const storeClosed = new ReportStore(':memory:');
  storeClosed.close();
  it.each<[string, () => Response | Promise<Response>, number, RegExp]>([
    ['no token', () => appWith().request('/v1/reports'), 401, /^missing access token/],
    [
      'a wrong token',
      () => appWith().request('/v1/reports', { headers: { Authorization: 'Bearer x' } }),
      403,
      /^access token refused$/,
    ],
    [
      'a report token on the reading API',
      () => appWith({ readTokens: ['reader'] }).request('/v1/reports', { headers: bearer }),
      403,
      /^this access token may send reports but not read them$/,
    ],
    [
      'a read token posting',
      () => appWith({ readTokens: ['reader'] }).request('/v1/reports', postBody('{}', { Authorization: 'Bearer reader' })),
      403,
      /^this access token may read reports but not send them$/,
    ],
    ['a body that is not JSON', () => appWith().request('/v1/reports', postBody('{')), 400, /^request body is not JSON$/],
    [
      'a body that is not an envelope',
      () => appWith().request('/v1/reports', postBody('{"reports":[]}')),
      400,
      /^request body must be/,
    ],
    [
      'a body that is not UTF-8',
      () => appWith().request('/v1/reports', postBody(new Uint8Array([0x7b, 0xff]))),
      400,
      /^request body is not UTF-8$/,
    ],
    [
      'a body over 4 MiB',
      () => appWith().request('/v1/reports', postBody('x'.repeat(4 * 1024 * 1024 + 1))),
      413,
      /^request body larger than 4194304 bytes$/,
    ],
    ['a bad since', () => appWith().request('/v1/reports?since=yesterday', { headers: bearer }), 400, /^since must be/],
    [
      'a bad limit',
      () => appWith().request('/v1/reports?limit=0', { headers: bearer }),
      400,
      /^limit must be an integer from 1 to 1000$/,
    ],
    ['an unknown path', () => appWith().request('/v2/x'), 404, /^no such path: \/v2\/x$/],
    [
      'a body that is not typed JSON',
      () => appWith().request('/v1/reports', { ...postBody('{}'), headers: { ...bearer, 'Content-Type': 'text/plain' } }),
      415,
      /^Content-Type must be application\/json$/,
    ],
    [
      'a host name an open server does not serve',
      () => appWith({ tokens: [] }).request('http://rebound.example/v1/health'),
      421,
      /^host name rebound\.example is not served here \(set PUBLIC_HOST\)$/,
    ],
    ['a wrong method', () => appWith().request('/v1/health', { method: 'DELETE' }), 405, /^method DELETE not allowed$/],
    [
      'a request during shutdown',
      () => appWith({ isShuttingDown: () => true }).request('/v1/health'),
      503,
      /^server is shutting down$/,
    ],
    [
      'a failure inside',
      () => appWith({ store: storeClosed }).request('/v1/reports', { headers: bearer }),
      500,
      /^internal server error$/,
    ],
  ])('%s', async (_name, send, status, english) => {
    const response = await send();
    expect(response.status).toBe(status);
    expectBilingual(ErrorResponse.parse(await response.json()).error, english);
  });

  it('over the rate limit', async () => {
    const app = appWith({ rateLimit: { requestsPerMinute: 1, burst: 1 } });
    expect((await app.request('/v1/reports', { headers: bearer })).status).toBe(200);
    const limited = await app.request('/v1/reports', { headers: bearer });
    expect(limited.status).toBe(429);
    expectBilingual((await limited.json()).error, /^too many requests$/);
  });
});

describe('a rejected report’s reason', () => {
  it('words our own part ("and 2 more") in both languages and keeps the field paths', async () => {
    const broken = makeReport({ platform: 1, category: 2, pageUrl: 3, note: 4, createdAt: 5, client: 6, account: 7 });
    const response = await appWith().request('/v1/reports', postBody(JSON.stringify({ reports: [broken] })));
    const { rejected } = ReportBatchResponse.parse(await response.json());
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatch(/^reports\[0\]: createdAt: .*; and 2 more \/ 另有 2 项$/);
  });
});
