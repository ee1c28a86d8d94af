import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentScriptSizes, patternHost } from '../scripts/bench-page/extension-build';
import { BUILD_DIR } from './support/browser';

// Issue 6: the content script a tab carries stays within 50 KB gzip. A tab on a site loads every
// script whose patterns cover its host (the site's own and the MAIN-world page-data reader), so
// the budget holds for their sum, gzip -9 as bench:page reports it (contentScriptSizes).
const BUDGET_BYTES = 50 * 1024;

interface ManifestScript {
  matches: string[];
  js?: string[];
  world?: string;
}

/** The host a match pattern names (`*://*.weibo.com/*` → weibo.com). */
const hostOf = (pattern: string) => patternHost(pattern)?.replace(/^\*\./, '');

describe('content script size', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts: ManifestScript[];
    web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
    permissions?: string[];
  };
  const siteScripts = manifest.content_scripts.filter((s) => s.world !== 'MAIN');

  it('covers every site script of the build', () => {
    expect(siteScripts.length).toBeGreaterThanOrEqual(11);
  });

  it.each(siteScripts.map((s) => [s.js?.join(' ') ?? '', s] as const))('%s and what comes with it ≤ 50 KB gzip', (_, site) => {
    const hosts = [...new Set(site.matches.map(hostOf).filter((h): h is string => !!h))];
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) {
      const sizes = contentScriptSizes(BUILD_DIR, host);
      expect(sizes.map((s) => s.file)).toEqual(expect.arrayContaining(site.js ?? []));
      const total = sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
      console.log(`${host}: ${sizes.map((s) => s.file).join(' + ')}: ${total} B gzip (${(total / 1024).toFixed(1)} KB)`);
      expect(total, host).toBeLessThanOrEqual(BUDGET_BYTES);
    }
  });

  // The popover is imported when a badge is first opened (utils/scanner/popover-module.ts): its
  // code is in no site script, and it is the only file a page could be given the address of.
  it('leaves the popover out of the site scripts, in one web-accessible file under a per-session address', () => {
    const module = fs.readFileSync(path.join(BUILD_DIR, 'popover-module.js'), 'utf8');
    expect(module).toContain('[role=dialog]');
    for (const file of new Set(siteScripts.flatMap((s) => s.js ?? []))) {
      expect(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'), file).not.toContain('[role=dialog]');
    }
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['popover-module.js'], matches: ['*://*/*'], use_dynamic_url: true },
    ]);
    console.log(`popover-module.js: ${zlib.gzipSync(module, { level: 9 }).length} B gzip, loaded on the first opening`);
  });

  // Minimal permissions, each one the README's table explains; the reports' store may not be evicted.
  it('asks for the permissions the README lists and no others', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'scripting', 'storage', 'unlimitedStorage']);
  });
});
