import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { getReport } from '../store/reports';
import { errorText } from './answer';
import { attemptReasonText } from './reason-text';
import { engineHarness } from './testing/engine-harness';
import { acceptAll, json } from './testing/fake-endpoint';
import { reportId, seedPending } from './testing/fixtures';

const h = engineHarness('https://reports.example.org/claimcheck');
const lastAttempt = async (n: number) => (await getReport(reportId(n)))?.attempts.at(-1);

describe('sync engine: every attempt logs the endpoint’s reason', () => {
  it.each([
    [401, 'paused'],
    [403, 'paused'],
    [429, 'retry'],
    [503, 'retry'],
    [500, 'retry'],
    [404, 'retry'],
  ])('%i: the {"error"} text is in the attempt and the report’s reason', async (status, outcome) => {
    await seedPending(2, h.clock.now());
    const { engine } = h.engineFor(() => json(status, { error: `reason for ${status}` }));
    await engine.run();
    expect(await lastAttempt(1)).toMatchObject({ status, outcome, error: `reason for ${status}` });
    expect((await getReport(reportId(1)))?.statusReason).toBe(`reason for ${status}`);
  });

  it('logs the 413 that split a batch with every report in it, then what each half got', async () => {
    await seedPending(4, h.clock.now());
    const { engine, requests } = h.engineFor((r, i) =>
      i === 0 ? json(413, { error: 'body over 4 MiB' }) : i === 1 ? acceptAll(r) : json(503, { error: 'busy' }),
    );
    await engine.run();
    expect(requests.map((r) => r.ids.length)).toEqual([4, 2, 2]);
    const log = async (n: number) => (await getReport(reportId(n)))?.attempts.map((a) => [a.status, a.outcome, a.error]);
    expect(await log(0)).toEqual([
      [413, 'retry', 'body over 4 MiB'],
      [200, 'accepted', undefined],
    ]);
    expect(await log(3)).toEqual([
      [413, 'retry', 'body over 4 MiB'],
      [503, 'retry', 'busy'],
    ]);
    const split = (await getReport(reportId(0)))?.attempts[0];
    expect(split).toMatchObject({ code: 'batchSplit' });
    expect(attemptReasonText(split!, translator('zh_CN'))).toBe(
      '整批举报对接收端过大（状态码 413），已拆成两半重新发送（body over 4 MiB）',
    );
  });

  it('logs the 413 for the half left unsent when the first half stops the pass', async () => {
    await seedPending(4, h.clock.now());
    const { engine, requests } = h.engineFor((_r, i) => (i === 0 ? json(413, {}) : json(503, {})));
    await engine.run();
    expect(requests).toHaveLength(2);
    expect((await getReport(reportId(3)))?.attempts.map((a) => a.status)).toEqual([413]);
    expect((await getReport(reportId(3)))?.status).toBe('pending');
  });
});

describe('errorText', () => {
  it('takes a bounded, plain-text reason from {"error": string} only', () => {
    expect(errorText('{"error":"quota exceeded"}')).toBe('quota exceeded');
    expect(errorText('{"error":42}')).toBeUndefined();
    expect(errorText('<html>502</html>')).toBeUndefined();
    expect(errorText(JSON.stringify({ error: 'x'.repeat(1500) }))?.length).toBe(500);
    // Control and bidi-override characters could garble or disguise the line it is shown in.
    expect(errorText(JSON.stringify({ error: 'bad\u202Etoken\n\u0007here' }))).toBe('bad token here');
  });
});
