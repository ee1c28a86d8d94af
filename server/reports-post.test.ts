import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthResponse, ReportBatchResponse } from '../utils/schemas/protocol';
import { makeReport, postReports, startTestServer, type TestServer } from './test-support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.dispose());

async function batchAnswer(response: Response): Promise<ReportBatchResponse> {
  expect(response.status).toBe(200);
  return ReportBatchResponse.parse(await response.json());
}

describe('GET /v1/health', () => {
  it('answers {"ok":true,"protocol":1}', async () => {
    const response = await fetch(`${server.url}/v1/health`);
    expect(response.status).toBe(200);
    expect(HealthResponse.parse(await response.json())).toEqual({ ok: true, protocol: 1 });
  });
});

describe('POST /v1/reports', () => {
  it('accepts a valid batch and stores each report as the exact JSON sent', async () => {
    const reports = [makeReport(), makeReport({ platform: 'x', category: 'news-media' })];
    const answer = await batchAnswer(await postReports(server, { reports }));
    expect(answer).toEqual({ accepted: reports.map((r) => r.id), rejected: [] });
    for (const report of reports) expect(server.store.get(report.id)?.content).toBe(JSON.stringify(report));
  });

  it('accepts an id it already has again, without storing it twice or changing it', async () => {
    const original = makeReport({ note: 'first words' });
    await batchAnswer(await postReports(server, { reports: [original] }));
    const before = server.store.count();
    const altered = { ...original, note: 'changed words' };
    const answer = await batchAnswer(await postReports(server, { reports: [altered] }));
    expect(answer).toEqual({ accepted: [original.id], rejected: [] });
    expect(server.store.count()).toBe(before);
    expect(JSON.parse(server.store.get(original.id)!.content).note).toBe('first words');
  });

  it('rejects only the invalid reports of a batch, with a readable reason, and stores the rest', async () => {
    const good = makeReport();
    const longName = makeReport({ account: { displayName: 'x'.repeat(201), verification: { kind: 'none' } } });
    const badPlatform = makeReport({ platform: 'myspace' });
    const answer = await batchAnswer(await postReports(server, { reports: [good, longName, badPlatform] }));
    expect(answer.accepted).toEqual([good.id]);
    expect(answer.rejected.map((r) => r.id)).toEqual([longName.id, badPlatform.id]);
    expect(answer.rejected[0]!.reason).toMatch(/^reports\[1\]: account\.displayName: .*200/);
    expect(answer.rejected[1]!.reason).toMatch(/^reports\[2\]: platform: /);
    expect(server.store.get(good.id)).toBeDefined();
    expect(server.store.get(longName.id)).toBeUndefined();
  });

  it('names every id of the request exactly once, also with duplicates and id-less items', async () => {
    const first = makeReport({ note: 'first copy' });
    const invalidThenValid = makeReport();
    const items = [
      first,
      { ...first, note: 'second copy' },
      { ...invalidThenValid, category: 'nonsense' },
      invalidThenValid,
      { note: 'no id at all' },
      42,
    ];
    const answer = await batchAnswer(await postReports(server, { reports: items }));
    expect(answer.accepted).toEqual([first.id, invalidThenValid.id]);
    expect(answer.rejected.map((r) => r.id)).toEqual(['reports[4]', 'reports[5]']);
    expect(JSON.parse(server.store.get(first.id)!.content).note).toBe('first copy');
    // Accepted means stored: the valid copy that came after an invalid one with the same id.
    expect(JSON.parse(server.store.get(invalidThenValid.id)!.content).category).toBe(invalidThenValid.category);
  });

  it.each([
    ['not JSON', '{"reports": ['],
    ['not an object', '[1,2]'],
    ['no reports key', '{"items": []}'],
    ['an empty batch', '{"reports": []}'],
    ['26 reports', JSON.stringify({ reports: Array.from({ length: 26 }, () => makeReport()) })],
    ['an extra key', JSON.stringify({ reports: [makeReport()], extra: 1 })],
  ])('answers 400 {"error"} to %s', async (_name, body) => {
    const before = server.store.count();
    const response = await postReports(server, body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual(expect.any(String));
    expect(server.store.count()).toBe(before);
  });

  it('answers 400 to a body that is not UTF-8', async () => {
    const response = await fetch(`${server.url}/v1/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/^request body is not UTF-8 \/ /);
  });

  it('answers 413 to a body over 4 MiB, and still reads a body of exactly 4 MiB', async () => {
    const limit = 4 * 1024 * 1024;
    const over = await postReports(server, `{"reports":["${'a'.repeat(limit)}"]}`);
    expect(over.status).toBe(413);
    expect((await over.json()).error).toMatch(/larger than 4194304 bytes/);

    const exact = `{"reports":[${' '.repeat(limit - 14)}]}`;
    expect(Buffer.byteLength(exact)).toBe(limit);
    const atLimit = await postReports(server, exact);
    expect(atLimit.status).toBe(400); // read and parsed: an empty batch, not "too large"
  });

  it('answers 413 to a chunked body as soon as it passes 4 MiB, without waiting for the rest', async () => {
    // node:http, not fetch: its 'response' comes while the body is still being written. fetch's
    // did not always (an endless body then streamed until the test worker ran out of heap), and
    // a bounded one could fail on the write the server's close refuses before the answer was read.
    const megabyte = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const answer = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const request = http.request(`${server.url}/v1/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
      });
      const pump = () => {
        while (sent < 64 && !request.destroyed) {
          sent++;
          if (!request.write(megabyte)) return void request.once('drain', pump);
        }
      };
      request.on('response', (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (text: string) => {
          body += text;
        });
        response.on('end', () => {
          resolve({ status: response.statusCode, body });
          request.destroy();
        });
      });
      request.on('error', reject); // after the answer, a refused write changes nothing
      pump();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatch(/larger than 4194304 bytes/);
    expect(sent).toBeLessThan(64);
  });

  it('keeps the connection after a 413 only briefly: a body left open is cut within seconds', async () => {
    const { port, hostname } = new URL(server.url);
    const socket = net.connect(Number(port), hostname);
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (text: string) => {
      answer += text;
    });
    const started = Date.now();
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)));
    socket.on('error', () => {});
    // 5 MiB of a chunked body that never ends: over the limit, then silence.
    socket.write(
      'POST /v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    for (let i = 0; i < 5; i++) socket.write(`100000\r\n${' '.repeat(1024 * 1024)}\r\n`);
    const after = await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    // @hono/node-server drains for 500 ms after the answer, then closes.
    expect(after).toBeGreaterThanOrEqual(400);
    expect(after).toBeLessThan(5000);
  });
});
