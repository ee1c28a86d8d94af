import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { scanOpenTabs } from './open-tabs';

const MANIFEST = {
  manifest_version: 3,
  name: 'ClaimCheck',
  version: '0.1.0',
  content_scripts: [
    { matches: ['*://*.bilibili.com/*'], js: ['content-scripts/bilibili-page-data.js'], world: 'MAIN' },
    { matches: ['*://*.bilibili.com/*'], js: ['content-scripts/bilibili.js'] },
    { matches: ['*://*.zhihu.com/*'], js: ['content-scripts/zhihu.js'] },
  ],
};

const TABS: Record<string, Partial<Browser.tabs.Tab>[]> = {
  '*://*.bilibili.com/*': [
    { id: 1, url: 'https://www.bilibili.com/video/BV1' },
    { id: 2, url: 'https://space.bilibili.com/1', discarded: true },
  ],
  '*://*.zhihu.com/*': [
    { id: 3, url: 'https://www.zhihu.com/question/1' },
    { id: 4, url: 'https://www.zhihu.com/error' },
  ],
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(MANIFEST as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(
    async (info) => (TABS[(info.url as string[])[0]!] ?? []) as Browser.tabs.Tab[],
  );
});
afterEach(() => vi.restoreAllMocks());

describe('scanOpenTabs', () => {
  it('starts each site’s scripts in its open tabs, the MAIN-world reader first, and goes on past a tab that refuses', async () => {
    const calls: string[] = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
      const { tabId } = injection.target;
      if (tabId === 4) throw new Error('Cannot access contents of the page');
      calls.push(`${tabId} ${injection.world} ${injection.files?.join(',')}`);
      return [];
    });
    expect(await scanOpenTabs()).toBe(3);
    expect(calls).toEqual([
      '1 MAIN content-scripts/bilibili-page-data.js',
      '1 ISOLATED content-scripts/bilibili.js',
      '3 ISOLATED content-scripts/zhihu.js',
    ]);
  });
});
