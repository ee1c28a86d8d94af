import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { BASE_ARGS, CHROMIUM } from '../../e2e/support/browser';
import { timelineNames } from './names';
import type { BenchOptions, PageId } from './options';

const REPO = path.resolve(import.meta.dirname, '../..');
/** Real saved pages live outside the repo and are read in place (SOURCES.md: not to be copied). */
export const SAVED_X_PAGE = path.resolve(REPO, '../shared/fixtures/real/twitter/mario-zechner-wow.html');
const WEIBO_PAGE = path.join(REPO, 'e2e/fixtures/bench/m-weibo-timeline.html');
const PAGE_SCRIPT = path.join(import.meta.dirname, 'timeline-page-script.js');

export interface TimelinePage {
  id: PageId;
  host: string;
  path: string;
  html: string;
}

/**
 * The x.com timeline: the saved tweet-detail page with scripts, styles sheets and remote media
 * stripped, its tweet cell (about 28 KB of real markup) turned into the post template and every
 * other cell removed. Built in a throwaway Chromium with JavaScript off, as page-cost.mjs does.
 */
async function xTimelineHtml(): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BASE_ARGS });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(SAVED_X_PAGE).href, { waitUntil: 'domcontentloaded' });
    return await page.evaluate(() => {
      const blank = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      for (const e of document.querySelectorAll('script, noscript, link, iframe, meta[http-equiv]')) e.remove();
      for (const img of document.querySelectorAll('img')) {
        img.removeAttribute('srcset');
        img.setAttribute('src', blank);
      }
      for (const e of document.querySelectorAll('video, source')) {
        e.removeAttribute('src');
        e.removeAttribute('poster');
      }
      for (const e of document.querySelectorAll('[style*="url("]')) {
        e.setAttribute('style', (e.getAttribute('style') ?? '').replace(/url\((?:"[^"]*"|'[^']*'|[^)]*)\)/g, 'none'));
      }
      const article = document.querySelector('article[data-testid="tweet"]');
      if (!article) throw new Error('no article[data-testid="tweet"] in the saved page');
      const cell = article.closest('[data-testid="cellInnerDiv"]') ?? article;
      const container = cell.parentElement!;
      const userName = article.querySelector('[data-testid="User-Name"]')!;
      const linkTexts = Array.from(userName.querySelectorAll('a')).map((a) => a.textContent?.trim() ?? '');
      const handle = linkTexts.find((t) => t.startsWith('@'))!.slice(1);
      const name = linkTexts.find((t) => t && !t.startsWith('@'))!;
      const statusId = Array.from(article.querySelectorAll('a[href*="/status/"]'))
        .map((a) => new RegExp(`/${handle}/status/(\\d+)`).exec(a.getAttribute('href') ?? '')?.[1])
        .find(Boolean);
      for (const child of Array.from(container.children)) if (child !== cell) child.remove();
      // The saved cells are absolutely positioned by X's virtual list: stack them instead.
      container.setAttribute('style', 'position: relative;');
      container.setAttribute('data-post-container', '');
      cell.setAttribute('style', 'width: 100%;');
      cell.setAttribute('data-post-template', '');
      cell.setAttribute('data-name', name);
      cell.setAttribute('data-handle', handle);
      if (statusId) cell.setAttribute('data-vary-id', statusId);
      return `<!DOCTYPE html>\n${document.documentElement.outerHTML}`;
    });
  } finally {
    await browser.close();
  }
}

function withBenchScripts(html: string, id: PageId, options: BenchOptions): string {
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  const config = {
    posts: options.posts,
    batch: options.batch,
    intervalMs: options.intervalMs,
    accountMode: id === 'x' ? 'suffix' : 'uid',
  };
  const scripts =
    `<script type="application/json" id="bench-config">${json(config)}</script>` +
    `<script type="application/json" id="bench-names">${json(timelineNames(id))}</script>` +
    `<script>${fs.readFileSync(PAGE_SCRIPT, 'utf8')}</script>`;
  const lastBodyEnd = html.toLowerCase().lastIndexOf('</body>');
  return lastBodyEnd < 0 ? html + scripts : html.slice(0, lastBodyEnd) + scripts + html.slice(lastBodyEnd);
}

/** The pages to measure; a page whose source is missing is skipped with a printed reason. */
export async function timelinePages(options: BenchOptions): Promise<TimelinePage[]> {
  const pages: TimelinePage[] = [];
  for (const id of options.pages) {
    if (id === 'x') {
      if (!fs.existsSync(SAVED_X_PAGE)) {
        console.log(`skipping the x.com page: ${SAVED_X_PAGE} is absent (../shared/fixtures/real, see its SOURCES.md)`);
        continue;
      }
      const base = await xTimelineHtml();
      pages.push({ id, host: 'x.com', path: '/home', html: withBenchScripts(base, id, options) });
    } else {
      const base = fs.readFileSync(WEIBO_PAGE, 'utf8');
      pages.push({ id, host: 'm.weibo.cn', path: '/', html: withBenchScripts(base, id, options) });
    }
  }
  return pages;
}
