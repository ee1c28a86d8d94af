import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PageDataItem } from './page-data-protocol';
import { ReadMarks } from './page-data-read-helpers';
import { readPageData, type SiteReader } from './page-data-reader';
import {
  BILIBILI_READER,
  M_WEIBO_READER,
  WEIBO_READER,
  X_READER,
  XIAOHONGSHU_READER,
  YOUTUBE_READER,
} from './page-data-site-readers';
import { BILIBILI, type SiteHosts, siteCovers, WEIBO_COM, WEIBO_MOBILE, X, XIAOHONGSHU, YOUTUBE } from './site-hosts';
import type { FoundAccount, PageAccountData, ScanContext } from './types';

/** Repository root (vitest runs from it) and the shared real fixtures beside it (SOURCES.md). */
export const REPO_ROOT = resolve(__dirname, '../..');
// CLAIMCHECK_REAL_DIR lets a run point elsewhere (or at nothing, to check the skip path).
export const REAL_DIR = resolve(REPO_ROOT, process.env.CLAIMCHECK_REAL_DIR ?? '../shared/fixtures/real');
export const REAL_AVAILABLE = existsSync(REAL_DIR);
export const REAL_MISSING_REASON = `real fixtures not found at ${REAL_DIR} (they live outside the repo; see SOURCES.md)`;

/** The text of a fixture named as in SelectorExpectation: repo-relative, or `real:<path>` (gz is unpacked). */
export function readFixture(fixture: string): string {
  const path = fixture.startsWith('real:') ? resolve(REAL_DIR, fixture.slice(5)) : resolve(REPO_ROOT, fixture);
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Parses HTML into a fresh document of the test's happy-dom window, without running its scripts. */
export function loadDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function makeContext(url: string, pageData: [string, PageAccountData][] = []): ScanContext {
  return { url: new URL(url), seen: new WeakSet(), pageData: new Map(pageData) };
}

/** The comparable part of a record (no element), for toEqual. */
export function summary(account: FoundAccount): Record<string, unknown> {
  const { element: _element, ...rest } = account;
  return rest;
}

export function brief(account: FoundAccount): [string, string, string, string] {
  return [account.key, account.displayName, account.verification.kind, account.layer];
}

/**
 * Loads a fixture into the test window's own document and runs its inline scripts, for
 * fixtures whose markup is built by script (Bilibili's shadow-DOM comments). Test-only.
 */
export function loadLiveDocument(fixture: string): Document {
  const html = readFixture(fixture);
  const parsed = loadDocument(html);
  document.head.innerHTML = '';
  document.body.innerHTML = parsed.body.innerHTML;
  for (const script of Array.from(parsed.querySelectorAll('script:not([src])'))) {
    new Function(script.textContent ?? '')();
  }
  return document;
}

/**
 * Every site's MAIN-world reader, paired with its site as entrypoints/<site>-page-data.content.ts
 * pairs them (site-script.test.ts holds the two in step), so a test reads any fixture through
 * one call.
 */
export const SITE_READERS: readonly (readonly [SiteHosts, SiteReader])[] = [
  [X, X_READER],
  [WEIBO_COM, WEIBO_READER],
  [WEIBO_MOBILE, M_WEIBO_READER],
  [BILIBILI, BILIBILI_READER],
  [YOUTUBE, YOUTUBE_READER],
  [XIAOHONGSHU, XIAOHONGSHU_READER],
];

export function readerForHost(host: string): SiteReader {
  return SITE_READERS.find(([site]) => siteCovers(site, host))?.[1] ?? {};
}

/** What the host's reader finds in `win` (under `roots`). */
export function collectPageData(
  win: Window,
  read: ReadMarks = new ReadMarks(),
  roots: readonly ParentNode[] = [win.document],
): PageDataItem[] {
  return readPageData(win, readerForHost(win.location.hostname), read, roots);
}
