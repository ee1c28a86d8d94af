import { request } from 'node:http';
import { expect, it } from 'vitest';
import type { ReportBatchResponse } from '../utils/schemas/protocol';
import { ReportStore } from './store';
import { makeReport, postReports, startTestServer } from './test-support';

/** A POST whose body is sent in two parts, so it can be in flight when shutdown starts. */
function postInTwoParts(port: number, body: Buffer) {
  let answer: (value: { status: number; body: string }) => void;
  const response = new Promise<{ status: number; body: string }>((resolve) => {
    answer = resolve;
  });
  const req = request(
    {
      host: '127.0.0.1',
      port,
      path: '/v1/reports',
      method: 'POST',
      agent: false,
      headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
    },
    (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk;
      });
      res.on('end', () => answer({ status: res.statusCode ?? 0, body: text }));
    },
  );
  req.write(body.subarray(0, body.length / 2));
  return { response, sendRest: () => req.end(body.subarray(body.length / 2)) };
}

/** Resolves to the error code of a fresh connection attempt, or 'connected'. */
function tryNewConnection(port: number): Promise<string> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/v1/health', agent: false }, (res) => {
      res.resume();
      resolve('connected');
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    req.end();
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('on shutdown finishes requests in flight, takes no new ones, and loses nothing it answered 200', async () => {
  const server = await startTestServer();
  const slowBatch = Array.from({ length: 25 }, () => makeReport());
  const slow = postInTwoParts(server.port, Buffer.from(JSON.stringify({ reports: slowBatch })));
  await pause(50); // the server now has the headers and half the body

  // Forty more batches race the shutdown, which starts once the first five are answered:
  // each ends answered 200, 503 (arrived on an open connection while closing), or refused.
  let answered = 0;
  let fiveAnswered: () => void;
  const shutdownTime = new Promise<void>((resolve) => {
    fiveAnswered = resolve;
  });
  const racing = Array.from({ length: 40 }, () =>
    postReports(server, { reports: Array.from({ length: 25 }, () => makeReport()) }).then(
      async (response) => {
        const body = (await response.json()) as ReportBatchResponse;
        if (++answered === 5) fiveAnswered();
        return { status: response.status, body };
      },
      () => ({ status: 0, body: null }),
    ),
  );
  await shutdownTime;
  const closed = server.close();

  expect(await tryNewConnection(server.port)).toBe('ECONNREFUSED');
  slow.sendRest();
  const slowAnswer = await slow.response;
  expect(slowAnswer.status).toBe(200);
  expect((JSON.parse(slowAnswer.body) as ReportBatchResponse).accepted).toEqual(slowBatch.map((report) => report.id));

  const answers = await Promise.all(racing);
  await closed;
  expect(server.store.isOpen).toBe(false);
  for (const { status } of answers) expect([0, 200, 503]).toContain(status);
  expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(5);

  const acceptedIds = [
    ...slowBatch.map((report) => report.id),
    ...answers.flatMap((a) => (a.status === 200 ? a.body!.accepted : [])),
  ];
  const reopened = new ReportStore(server.dbPath);
  try {
    for (const id of acceptedIds) expect(reopened.get(id)).toBeDefined();
    // Nothing was stored that the client was not told about either.
    expect(reopened.count()).toBe(acceptedIds.length);
  } finally {
    reopened.close();
    await server.dispose();
  }
});
