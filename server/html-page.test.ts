import { describe, expect, it } from 'vitest';
import { renderReportsPage } from './html-page';
import { makeReport } from './test-support';

const RLO = '\u202E'; // RIGHT-TO-LEFT OVERRIDE, left unterminated

function pageWith(report: unknown): string {
  const row = { seq: 1, id: 'x', receivedAt: '2026-11-28T10:00:00.000Z', submitter: null, content: JSON.stringify(report) };
  return renderReportsPage({ rows: [row], total: 1, olderPageBefore: null, before: null, language: 'en', languageChosen: false });
}

describe('the HTML page and bidirectional text', () => {
  it('isolates every free-text value, so an unterminated U+202E cannot reverse what follows it', () => {
    const html = pageWith(
      makeReport({
        account: {
          displayName: `Official ${RLO}`,
          handle: `real_${RLO}`,
          verification: { kind: 'organization', label: `badge ${RLO}` },
        },
        note: `note ${RLO}`,
        pageUrl: `https://weibo.com/u/1?${RLO}`,
        evidence: { signals: [{ code: `code${RLO}`, field: 'displayName', match: `match${RLO}` }] },
      }),
    );
    const overrides = html.split(RLO).length - 1;
    expect(overrides).toBe(7);
    // Each override ends where its <bdi> ends, before any other markup or text of the page.
    expect(html.match(new RegExp(`${RLO}</bdi>`, 'g'))).toHaveLength(overrides);
    expect(html).toContain(`<bdi>Official ${RLO}</bdi> <small>@<bdi>real_${RLO}</bdi></small>`);
  });

  it('still escapes inside the isolation', () => {
    const html = pageWith(makeReport({ note: '<b>bold</b>' }));
    expect(html).toContain('<bdi>&lt;b&gt;bold&lt;/b&gt;</bdi>');
  });
});
