import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR } from './support/browser';

// Issue 6: the content script a tab carries stays within 50 KB gzip. A tab on a site gets that
// site's isolated-world script and every MAIN-world script whose patterns cover the same hosts
// (the page-data reader), so the budget holds for their sum, gzip -9 as bench:page reports it.
const BUDGET_BYTES = 50 * 1024;

interface ManifestScript {
  matches: string[];
  js?: string[];
  world?: string;
}

function gzipBytes(file: string): number {
  return gzipSync(fs.readFileSync(path.join(BUILD_DIR, file)), { level: 9 }).length;
}

describe('content script size', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts: ManifestScript[];
  };
  const scripts = manifest.content_scripts;
  const siteScripts = scripts.filter((s) => s.world !== 'MAIN');

  it('covers every site script of the build', () => {
    expect(siteScripts.length).toBeGreaterThanOrEqual(11);
  });

  it.each(siteScripts.map((s) => [s.js?.join(' ') ?? '', s] as const))('%s and what comes with it ≤ 50 KB gzip', (_, site) => {
    const alongside = scripts.filter((s) => s.world === 'MAIN' && s.matches.some((m) => site.matches.includes(m)));
    const files = [...(site.js ?? []), ...alongside.flatMap((s) => s.js ?? [])];
    const total = files.reduce((sum, f) => sum + gzipBytes(f), 0);
    console.log(`${files.join(' + ')}: ${total} B gzip (${(total / 1024).toFixed(1)} KB)`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
