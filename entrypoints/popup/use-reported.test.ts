import { describe, expect, it } from 'vitest';
import type { ReportAccount, ScannedAccount } from '../../utils/schemas/account';
import { reportNames } from './use-reported';

const NAME = '中国人民解放军火箭军司令部';
const scanned = (parts: Partial<ScannedAccount>): ScannedAccount => ({
  platform: 'weibo',
  key: 'k',
  displayName: NAME,
  verification: { kind: 'none', source: 'dom' },
  ...parts,
});
const reported = (parts: Partial<ReportAccount>): ReportAccount => ({
  displayName: NAME,
  verification: { kind: 'none' },
  ...parts,
});

describe('reportNames', () => {
  it('is the same account when an id, handle (any case) or profile address is shared', () => {
    expect(reportNames(scanned({ id: '1' }), reported({ id: '1' }))).toBe(true);
    expect(reportNames(scanned({ id: '1', handle: 'Rocket' }), reported({ handle: 'rocket' }))).toBe(true);
    const url = 'https://weibo.com/u/1';
    expect(reportNames(scanned({ profileUrl: url }), reported({ profileUrl: url.toUpperCase(), displayName: 'typed' }))).toBe(
      true,
    );
  });

  it('is not the same account for the same name under another id, or with nothing to tell them apart on one side', () => {
    expect(reportNames(scanned({ id: '1' }), reported({ id: '2' }))).toBe(false);
    expect(reportNames(scanned({ handle: 'a' }), reported({ id: 'a' }))).toBe(false);
    expect(reportNames(scanned({}), reported({ id: '1' }))).toBe(false);
    expect(reportNames(scanned({ id: '1' }), reported({}))).toBe(false);
  });

  it("on a site the user added, goes by the whole profile address: a handle there is any site's path segment", () => {
    const other = (parts: Partial<ScannedAccount>) => scanned({ platform: 'other', ...parts });
    expect(reportNames(other({ handle: 'news', profileUrl: 'https://a.example/news' }), reported({ handle: 'news' }))).toBe(
      false,
    );
    expect(reportNames(other({ handle: 'news' }), reported({ handle: 'news', profileUrl: 'https://b.example/news' }))).toBe(
      false,
    );
    const url = 'https://forum.example/u/news';
    expect(reportNames(other({ handle: 'news', profileUrl: url }), reported({ profileUrl: url }))).toBe(true);
  });

  it('goes by the name only when neither side has an id, handle or address (a report keeps 200 of it)', () => {
    expect(reportNames(scanned({ displayName: ` ${NAME} ` }), reported({}))).toBe(true);
    expect(reportNames(scanned({}), reported({ displayName: '火箭军' }))).toBe(false);
    const long = 'a'.repeat(300);
    expect(reportNames(scanned({ displayName: long }), reported({ displayName: long.slice(0, 200) }))).toBe(true);
  });
});
