// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { listReports } from '../../utils/store/reports';
import { engineHarness } from '../../utils/sync/testing/engine-harness';
import { acceptAll, json } from '../../utils/sync/testing/fake-endpoint';
import { reportId, seedPending } from '../../utils/sync/testing/fixtures';
import { LATIN, shownReasons, withoutDetail } from './testing/shown-reasons';

const h = engineHarness('https://reports.example.org/claimcheck');

type Answer = Parameters<typeof h.engineFor>[0];
/** Per report number: its status reason, and its one attempt's reason, as the zh_CN page shows them. */
type Expected = Record<number, [reason: string, attempt: string]>;

const fetchFailed = () => Promise.reject(new TypeError('fetch failed'));
const CASES: [name: string, answer: Answer, expected: Expected, timeoutMs?: number][] = [
  // The endpoint's own reason ({"error"}) is logged with every answer (sync-protocol.md).
  ['503', () => json(503, { error: 'busy' }), { 0: ['接收端繁忙（503）；30 秒后重试（busy）', '接收端繁忙（503）（busy）'] }],
  ['a network error', fetchFailed, { 0: ['无法连接接收端；30 秒后重试（fetch failed）', '无法连接接收端（fetch failed）'] }],
  [
    'an unexpected 404',
    () => json(404, { error: 'not found' }),
    { 0: ['接收端返回状态码 404；30 秒后重试（not found）', '接收端返回状态码 404（not found）'] },
  ],
  [
    'a garbage 200',
    () => new Response('<<not json>>'),
    { 0: ['接收端的回复不是有效的批量结果；30 秒后重试', '接收端的回复不是有效的批量结果'] },
  ],
  ['no answer in time', () => new Promise<Response>(() => {}), { 0: ['接收端未及时回复；30 秒后重试', '接收端未及时回复'] }, 100],
  [
    '401',
    () => json(401, { error: 'bad token' }),
    { 0: ['接收端拒绝了访问令牌（bad token）', '接收端拒绝了访问令牌（bad token）'] },
  ],
  [
    'a 200 that rejects one report and leaves one out',
    (r) => json(200, { accepted: [r.ids[0]], rejected: [{ id: r.ids[1], reason: 'pageUrl is not a URL' }] }),
    {
      0: ['', ''],
      1: ['接收端拒绝了这条举报（pageUrl is not a URL）', '接收端拒绝了这条举报（pageUrl is not a URL）'],
      2: ['接收端未答复这条举报；30 秒后重试', '接收端未答复这条举报'],
    },
  ],
  [
    '400 with the endpoint error text',
    () => json(400, { error: 'body must be {"reports":[...]}' }),
    { 0: ['接收端拒绝了整批举报（body must be {"reports":[...]}）', '接收端拒绝了整批举报（body must be {"reports":[...]}）'] },
  ],
  ['400 without one', () => new Response('', { status: 400 }), { 0: ['接收端拒绝了整批举报', '接收端拒绝了整批举报'] }],
  [
    '413 for one report',
    () => json(413, { error: 'too large' }),
    { 0: ['举报过大，接收端无法接收（too large）', '举报过大，接收端无法接收（too large）'] },
  ],
];

describe("a report's status reason and attempt log, in the Chinese options page", () => {
  it.each(CASES)(
    '%s: Chinese words only, the endpoint or browser words in brackets',
    async (_name, answer, expected, timeoutMs) => {
      const count = Object.keys(expected).length;
      await seedPending(count, h.clock.now());
      await h.engineFor(answer, timeoutMs ? { timeoutMs } : {}).engine.run();
      const shown = shownReasons(await listReports(), 'zh_CN');
      expect(shown.size).toBe(count);
      for (const [n, [reason, attempt]] of Object.entries(expected)) {
        const { row, detail, attempts } = shown.get(reportId(Number(n)))!;
        expect({ row, detail, attempts }).toEqual({ row: reason, detail: reason, attempts: [attempt] });
        for (const text of [row, detail, ...attempts]) expect(withoutDetail(text)).not.toMatch(LATIN);
      }
    },
  );

  it('a later answer replaces the reason and its words: no stale network error under a 503', async () => {
    await seedPending(1, h.clock.now());
    await h.engineFor(fetchFailed).engine.run();
    h.clock.advance(30_000);
    await h.engineFor(() => json(503, {})).engine.run();
    const [stored] = await listReports();
    expect(stored).toMatchObject({ statusWhy: { code: 'busy', httpStatus: 503, retryInMs: 60_000 } });
    expect(stored?.statusReason).toBeUndefined();
    expect(shownReasons([stored!], 'zh_CN').get(reportId(0))).toEqual({
      row: '接收端繁忙（503）；60 秒后重试',
      detail: '接收端繁忙（503）；60 秒后重试',
      attempts: ['接收端繁忙（503）', '无法连接接收端（fetch failed）'],
    });
    h.clock.advance(60_000);
    await h.engineFor(acceptAll).engine.run();
    const [synced] = await listReports();
    expect(synced).not.toHaveProperty('statusWhy');
    expect(shownReasons([synced!], 'zh_CN').get(reportId(0))?.row).toBe('');
  });

  it('reads in English in the English interface (the history still says "retrying in")', async () => {
    await seedPending(1, h.clock.now());
    await h.engineFor(fetchFailed).engine.run();
    const shown = shownReasons(await listReports(), 'en').get(reportId(0));
    expect(shown).toEqual({
      row: 'the endpoint could not be reached; retrying in 30 s (fetch failed)',
      detail: 'the endpoint could not be reached; retrying in 30 s (fetch failed)',
      attempts: ['the endpoint could not be reached (fetch failed)'],
    });
  });
});
