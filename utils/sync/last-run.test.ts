import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { SyncStopCode } from '../schemas/sync-run';
import { reportsDb } from '../store/db';
import { writeMeta } from '../store/outbox';
import { delayText, lastRunText } from './last-run-text';
import { engineHarness } from './testing/engine-harness';
import { acceptAll, json } from './testing/fake-endpoint';
import { seedPending } from './testing/fixtures';

const h = engineHarness('https://reports.example.org/claimcheck');
const AT = '2026-11-28T12:00:00.000Z';
const zh = translator('zh_CN');
const en = translator('en');
/** Any Latin letter: in the Chinese interface none should come from our own words. */
const LATIN = /[A-Za-z]/;

/** The last run as the engine reads it back, after an earlier version stored `value` under its key. */
async function readBack(value: unknown) {
  await writeMeta(await reportsDb(), 'syncLastRun', value);
  return (await h.engineFor(acceptAll).engine.status()).lastRun;
}

const pending = (n: number) => ({ sent: n, accepted: 0, rejected: 0, pending: n });
const stopped = (n: number, reason: string) =>
  `sent ${n} report${n === 1 ? '' : 's'}: 0 accepted, 0 rejected, ${n} still pending; ${reason}`;

describe('a last run stored by an earlier version (one English sentence)', () => {
  it.each([
    ['nothing to send', true, { sent: 0, accepted: 0, rejected: 0, pending: 0 }],
    ['sent 2 reports: 2 accepted, 0 rejected', true, { sent: 2, accepted: 2, rejected: 0, pending: 0 }],
    ['sent 3 reports: 1 accepted, 1 rejected, 1 still pending', false, { sent: 3, accepted: 1, rejected: 1, pending: 1 }],
    [
      stopped(1, 'the endpoint is busy (503); retrying in 30 s'),
      false,
      { ...pending(1), stop: 'busy', httpStatus: 503, retryInMs: 30_000 },
    ],
    [
      stopped(25, 'network error: fetch failed (connect ECONNREFUSED); retrying in 4 min'),
      false,
      { ...pending(25), stop: 'network', detail: 'fetch failed (connect ECONNREFUSED)', retryInMs: 240_000 },
    ],
    [
      stopped(2, 'the endpoint answered 502; retrying in 2 h'),
      false,
      { ...pending(2), stop: 'httpError', httpStatus: 502, retryInMs: 7_200_000 },
    ],
    [
      stopped(2, 'the endpoint answered 404 (unexpected); retrying in 30 s'),
      false,
      { ...pending(2), stop: 'httpError', httpStatus: 404, retryInMs: 30_000 },
    ],
    [
      stopped(2, 'the endpoint answered 200 with something that is not a batch result; retrying in 60 s'),
      false,
      { ...pending(2), stop: 'badAnswer', httpStatus: 200, retryInMs: 60_000 },
    ],
    [
      stopped(2, 'no complete answer within 15 s; retrying in 30 s'),
      false,
      { ...pending(2), stop: 'timeout', retryInMs: 30_000 },
    ],
    [stopped(2, 'answer larger than 1 MiB; retrying in 30 s'), false, { ...pending(2), stop: 'tooLarge', retryInMs: 30_000 }],
    [stopped(25, 'the endpoint refused the access token'), false, { ...pending(25), stop: 'tokenRefused' }],
    ['sent 0 reports: 0 accepted, 0 rejected; another sync took over', false, { ...pending(0), stop: 'lostLock' }],
  ])('"%s" loads as counts and a code', async (outcome, ok, run) => {
    const lastRun = await readBack({ at: AT, outcome, ok });
    expect(lastRun).toEqual({ at: AT, ok, ...run });
    // And so reads in Chinese: only the browser's own words (detail) stay as they were.
    const text = lastRunText(lastRun!, zh);
    expect(lastRun?.detail ? text.replace(`（${lastRun.detail}）`, '') : text).not.toMatch(LATIN);
  });

  it('keeps a reason it does not know as detail, and ignores a value it cannot read', async () => {
    expect(await readBack({ at: AT, outcome: stopped(1, 'disk on fire; retrying in 5 min'), ok: false })).toEqual({
      at: AT,
      ok: false,
      ...pending(1),
      detail: 'disk on fire',
      retryInMs: 300_000,
    });
    expect(await readBack({ at: AT, outcome: 42 })).toBeUndefined();
  });

  it('is replaced by the new shape at the next run', async () => {
    await writeMeta(await reportsDb(), 'syncLastRun', { at: AT, outcome: 'nothing to send', ok: true });
    await seedPending(1, h.clock.now());
    const status = await h.engineFor(acceptAll).engine.run();
    expect(status.lastRun).toEqual({ at: new Date(h.clock.now()).toISOString(), ok: true, ...pending(0), sent: 1, accepted: 1 });
    expect((await reportsDb().then((db) => db.get('meta', 'syncLastRun')))?.value).not.toHaveProperty('outcome');
  });
});

describe('lastRunText', () => {
  it('has words in both languages for every stop', () => {
    for (const code of SyncStopCode.options)
      for (const t of [en, zh]) expect(lastRunText({ at: AT, ok: false, ...pending(1), stop: code }, t)).not.toContain('lastRun');
  });

  it('says a run with nothing to send, in Chinese', async () => {
    const status = await h.engineFor(acceptAll).engine.run({ force: true });
    expect(lastRunText(status.lastRun!, zh)).toBe('没有需要发送的举报');
    expect(lastRunText(status.lastRun!, en)).toBe('nothing to send');
  });

  it('words a stopped run clause by clause, the browser words last', async () => {
    await seedPending(2, h.clock.now());
    const status = await h.engineFor(() => json(429, {}, { 'retry-after': '600' })).engine.run();
    expect(lastRunText(status.lastRun!, zh)).toBe(
      '已发送 2 条举报：0 条已接收，0 条被拒绝，2 条仍待发送；接收端繁忙（429）；10 分钟后重试',
    );
    expect(lastRunText(status.lastRun!, en)).toBe(
      'sent 2 reports: 0 accepted, 0 rejected, 2 still pending; the endpoint is busy (429); retrying in 10 min',
    );
    const failed = { at: AT, ok: false, ...pending(1), stop: 'network' as const, retryInMs: 30_000, detail: 'fetch failed' };
    expect(lastRunText(failed, zh)).toBe(
      '已发送 1 条举报：0 条已接收，0 条被拒绝，1 条仍待发送；无法连接接收端；30 秒后重试（fetch failed）',
    );
  });

  it('rounds waits to seconds, minutes or hours, in the page language', () => {
    expect([30_000, 480_000, 6 * 3_600_000].map((ms) => delayText(ms, zh))).toEqual(['30 秒', '8 分钟', '6 小时']);
    expect([30_000, 480_000, 6 * 3_600_000].map((ms) => delayText(ms, en))).toEqual(['30 s', '8 min', '6 h']);
  });
});
