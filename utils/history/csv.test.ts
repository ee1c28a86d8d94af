import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import type { StoredReport } from '../schemas/report';
import { sampleReport } from '../testing/sample-report';
import { CSV_COLUMNS, csvField, reportsToCsv, UTF8_BOM } from './csv';

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes fields with commas, quotes, CR or LF and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('中文，逗号')).toBe('中文，逗号');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes BOM, header and CRLF rows that read back to the same text, Chinese included', () => {
    const hostile: StoredReport = {
      report: sampleReport({
        account: { displayName: '=cmd|" /C calc"!A0', handle: 'h,andle', verification: { kind: 'none' } },
        note: '第一行\r\n第二行, "引号"',
      }),
      status: 'rejected',
      statusReason: 'bad, "really"',
      updatedAt: '2026-11-28T10:00:00.000Z',
      attempts: [],
    };
    const csv = reportsToCsv([hostile]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').includes('\n')).toBe(csv.replace(/"[^"]*"/g, '').includes('\r\n'));
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const cell = (name: (typeof CSV_COLUMNS)[number]) => rows[1]![CSV_COLUMNS.indexOf(name)];
    expect(rows).toHaveLength(2);
    expect(cell('displayName')).toBe(`'=cmd|" /C calc"!A0`);
    expect(cell('handle')).toBe('h,andle');
    expect(cell('note')).toBe('第一行\r\n第二行, "引号"');
    expect(cell('statusReason')).toBe('bad, "really"');
    expect(cell('signals')).toBe('military.unit-name:displayName:司令部');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('words a stored reason code in the statusReason column (English unless told), and keeps the columns', () => {
    const base = { updatedAt: '2026-11-28T10:00:00.000Z', attempts: [] };
    const held: StoredReport = {
      ...base,
      report: sampleReport(),
      status: 'pending',
      statusWhy: { code: 'network', retryInMs: 30_000 },
      statusReason: 'fetch failed',
    };
    const refused: StoredReport = {
      ...base,
      report: sampleReport(),
      status: 'rejected',
      statusWhy: { code: 'rejected' },
      statusReason: 'no',
    };
    const reasons = (t?: ReturnType<typeof translator>) =>
      readCsv(reportsToCsv([held, refused], t).slice(1))
        .slice(1, 3)
        .map((row) => row[CSV_COLUMNS.indexOf('statusReason')]);
    expect(reasons()).toEqual([
      'the endpoint could not be reached; retrying in 30 s (fetch failed)',
      'the endpoint rejected this report (no)',
    ]);
    expect(reasons(translator('zh_CN'))).toEqual(['无法连接接收端；30 秒后重试（fetch failed）', '接收端拒绝了这条举报（no）']);
    expect(readCsv(reportsToCsv([held]).slice(1))[0]).toEqual([...CSV_COLUMNS]);
  });

  it('says a screenshot is attached in the reader’s language, and never writes the image', () => {
    const withShot: StoredReport = {
      report: sampleReport({ evidence: { signals: [], screenshot: `data:image/jpeg;base64,${'A'.repeat(400)}` } }),
      status: 'local',
      updatedAt: '2026-11-28T10:00:00.000Z',
      attempts: [],
    };
    const column = CSV_COLUMNS.indexOf('screenshot');
    const cell = (lang: 'en' | 'zh_CN') => readCsv(reportsToCsv([withShot], translator(lang)).slice(1))[1]![column];
    expect(cell('zh_CN')).toBe('有');
    expect(cell('en')).toBe('yes');
    expect(reportsToCsv([withShot], translator('zh_CN'))).not.toContain('base64');
  });
});
