import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { ReportStore } from './store';
import { makeReport } from './test-support';

/** The HTML page of an app holding `count` reports, as a browser with these headers gets it. */
async function pageOf(count: number, query = '', headers: Record<string, string> = {}) {
  const store = new ReportStore(':memory:');
  store.insertBatch(Array.from({ length: count }, () => makeReport()).map((r) => ({ id: r.id, content: JSON.stringify(r) })));
  const response = await createApp({ store, rateLimit: false }).request(`/${query}`, { headers });
  expect(response.status).toBe(200);
  return { html: await response.text(), headers: response.headers };
}

/** What a person reads: the page without its tags, and without the reports' own values. */
const chrome = (html: string) =>
  html
    .replace(/<tbody>.*<\/tbody>/s, '')
    .replace(/<style>.*<\/style>/s, '')
    .replace(/<[^>]+>/g, ' ');

describe('GET / in the reader’s language', () => {
  it('reads in Chinese for a browser that prefers Chinese, every fixed text included', async () => {
    const { html, headers } = await pageOf(51, '', { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.8' });
    expect(html).toContain('<html lang="zh-CN">');
    expect(headers.get('content-language')).toBe('zh-CN');
    expect(headers.get('vary')).toMatch(/Accept-Language/);
    for (const text of ['<title>ClaimCheck 举报</title>', '<th>收到时间</th>', '<th>备注</th>', '共收到 51 份', '更早的举报 →'])
      expect(html).toContain(text);
    // No English sentence is left: the only Latin words are the name and the switch to English.
    expect(chrome(html).match(/[A-Za-z]{3,}/g)).toEqual(['ClaimCheck', 'ClaimCheck', 'English']);
  });

  it('reads in English for a browser that prefers English, with no Chinese but the switch', async () => {
    const { html } = await pageOf(0, '', { 'Accept-Language': 'en-GB,en;q=0.9,zh;q=0.5' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('No reports on this page.');
    expect(chrome(html).match(/\p{Script=Han}+/gu)).toEqual(['中文']);
  });

  it('follows the switch (?lang=) over Accept-Language, and keeps it on the older-page link', async () => {
    const { html } = await pageOf(51, '?lang=zh', { 'Accept-Language': 'en' });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/href="\?lang=zh&amp;before=\d+">更早的举报 →/);
    expect(html).toContain('href="?lang=en" lang="en">English</a>');
  });

  it('keeps the page it is on when switching language', async () => {
    const newest = await pageOf(51, '?before=3', { 'Accept-Language': 'zh' });
    expect(newest.html).toContain('href="?lang=en&amp;before=3"');
  });

  it('falls back to English for a language it has no text for, and ignores a refused (q=0) one', async () => {
    expect((await pageOf(0, '', { 'Accept-Language': 'ja' })).html).toContain('<html lang="en">');
    expect((await pageOf(0, '', { 'Accept-Language': 'zh;q=0, ja' })).html).toContain('<html lang="en">');
    expect((await pageOf(0, '?lang=fr', { 'Accept-Language': 'zh-TW' })).html).toContain('<html lang="zh-CN">');
  });
  it('names platform, badge, category and severity in the page’s language, as the extension does', async () => {
    const zh = (await pageOf(1, '', { 'Accept-Language': 'zh-CN' })).html.match(/<tbody>.*<\/tbody>/s)![0];
    for (const cell of ['<td>微博</td>', '<td>没有认证标识</td>', '<td>军队 <small>高</small></td>']) expect(zh).toContain(cell);
    const en = (await pageOf(1, '', { 'Accept-Language': 'en' })).html.match(/<tbody>.*<\/tbody>/s)![0];
    for (const cell of ['<td>Weibo</td>', '<td>Military <small>High</small></td>']) expect(en).toContain(cell);
    expect(en).not.toMatch(/<td>(weibo|military|none)<\/td>/);
  });
});
