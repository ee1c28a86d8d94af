import { describe, expect, it } from 'vitest';
import type { Report } from '../../utils/schemas/report';
import { sampleReport } from '../../utils/testing/sample-report';
import { sameFiling } from './report-input';

const FILED = sampleReport({
  note: 'seen twice',
  evidence: { ...sampleReport().evidence, rulesetVersion: '1', snippet: 'post' },
});
const with_ = (change: Partial<Report>): Report => ({ ...FILED, ...change });

describe('sameFiling', () => {
  it('holds when the flag was judged again since (signals, severity, ruleset), or the time, page, client or badge differ', () => {
    const rejudged = with_({
      createdAt: new Date(0).toISOString(),
      pageUrl: 'https://weibo.com/u/2',
      client: { name: 'claimcheck', version: '0.2.0', locale: 'zh-CN' },
      account: { ...FILED.account, verification: { kind: 'personal', label: 'read later' } },
      evidence: {
        ...FILED.evidence,
        signals: [{ code: 'military.command', field: 'displayName', match: '司令部' }],
        severity: 'medium',
        rulesetVersion: '2',
      },
    });
    expect(sameFiling(FILED, rejudged)).toBe(true);
    // Key order aside: the store and the messaging each rebuild the record.
    const reordered = Object.fromEntries(Object.entries({ ...FILED, account: { ...FILED.account } }).reverse()) as Report;
    expect(sameFiling(FILED, reordered)).toBe(true);
  });

  it.each<[string, Partial<Report>]>([
    ['note', { note: 'seen twice, and more' }],
    ['category', { category: 'other' }],
    ['snippet', { evidence: { ...FILED.evidence, snippet: 'another post' } }],
    ['screenshot', { evidence: { ...FILED.evidence, screenshot: 'data:image/png;base64,AAAA' } }],
    ['account name', { account: { ...FILED.account, displayName: 'someone else' } }],
    ['profile address', { account: { ...FILED.account, profileUrl: 'https://weibo.com/u/3' } }],
    ['account id', { account: { ...FILED.account, id: '42' } }],
    ['platform', { platform: 'x' }],
  ])('does not hold when the %s differs', (_what, change) => {
    expect(sameFiling(FILED, with_(change))).toBe(false);
  });
});
