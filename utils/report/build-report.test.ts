import { describe, expect, it } from 'vitest';
import type { FlaggedAccount } from '../schemas/messages';
import { Report } from '../schemas/report';
import { buildReport } from './build-report';

const flagged: FlaggedAccount = {
  account: {
    platform: 'weibo',
    key: 'weibo:7910000001',
    id: '7910000001',
    displayName: '中国人民解放军火箭军司令部',
    profileUrl: 'https://weibo.com/u/7910000001',
    verification: { kind: 'none', source: 'dom' },
  },
  flags: [
    {
      category: 'military',
      severity: 'high',
      score: 0.9,
      reasons: [{ code: 'military.unit-name', field: 'displayName', match: '司令部', messageKey: 'military.unit-name' }],
    },
  ],
  rulesetVersion: '2026.11.1',
};
const base = {
  category: 'military' as const,
  note: '  冒充  ',
  snippet: '转发：紧急通知',
  pageUrl: 'https://weibo.com/',
  clientVersion: '0.1.0',
  locale: 'zh-CN',
};

describe('buildReport', () => {
  it('builds a wire report with the flag as evidence', () => {
    const built = buildReport(
      { account: flagged.account, flagged, ...base },
      '3b241101-e2bb-4255-8caf-4136c566a962',
      new Date('2026-11-28T10:00:00Z'),
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(Report.parse(built.report)).toEqual(built.report);
    expect(built.report).toMatchObject({
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      createdAt: '2026-11-28T10:00:00.000Z',
      account: { id: '7910000001', displayName: '中国人民解放军火箭军司令部', verification: { kind: 'none' } },
      note: '冒充',
      evidence: {
        signals: [{ code: 'military.unit-name', field: 'displayName', match: '司令部' }],
        severity: 'high',
        rulesetVersion: '2026.11.1',
        snippet: '转发：紧急通知',
      },
      client: { name: 'claimcheck', version: '0.1.0', locale: 'zh-CN' },
    });
    expect('source' in built.report.account.verification).toBe(false);
  });

  it('reports an unflagged account with empty signals, and drops an empty snippet and note', () => {
    const built = buildReport({ account: flagged.account, ...base, category: 'other', note: ' ', snippet: '' });
    expect(built.ok && built.report.evidence).toEqual({ signals: [] });
    expect(built.ok && built.report.note).toBeUndefined();
  });

  it('returns field errors instead of throwing', () => {
    const built = buildReport({ account: flagged.account, flagged, ...base, note: 'x'.repeat(2001), snippet: 'y'.repeat(501) });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(Object.keys(built.errors).sort()).toEqual(['note', 'snippet']);
  });

  it('files from a Weibo search page whose Chinese query takes the URL past 2048 characters', () => {
    const pageUrl = `https://s.weibo.com/weibo?q=${encodeURIComponent('火箭军司令部'.repeat(40))}&Refer=index`;
    expect(pageUrl.length).toBeGreaterThan(2048);
    const built = buildReport({ account: flagged.account, flagged, ...base, pageUrl });
    expect(built.ok && built.report.pageUrl).toBe('https://s.weibo.com/weibo');
  });

  it('cuts a hostile 10 KB name to the wire bound', () => {
    const account = { ...flagged.account, displayName: `<script>alert(1)</script>${'名'.repeat(10_000)}` };
    const built = buildReport({ account, flagged, ...base });
    expect(built.ok && built.report.account.displayName.length).toBe(200);
  });

  it('does not cut a name or badge label between the two halves of a character (an emoji at the bound)', () => {
    const long = `${'a'.repeat(199)}😀😀`;
    const account = {
      ...flagged.account,
      displayName: long,
      verification: { kind: 'personal' as const, label: long, source: 'dom' as const },
    };
    const built = buildReport({ account, flagged, ...base });
    expect(built.ok && built.report.account.displayName).toBe('a'.repeat(199));
    expect(built.ok && built.report.account.verification.label).toBe('a'.repeat(199));
  });
});
