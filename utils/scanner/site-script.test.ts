import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS } from '../adapters/hosts';
import { ADAPTERS } from '../adapters/registry';
import * as SITES from '../adapters/site-hosts';

const ROOT = resolve(__dirname, '../..');

/** The site scripts (entrypoints/<name>.content.ts) with their platform, adapters and hosts. */
const SCRIPTS = readdirSync(resolve(ROOT, 'entrypoints'))
  .filter((name) => name.endsWith('.content.ts') && name !== 'generic.content.ts' && !name.endsWith('-page-data.content.ts'))
  .map((name) => {
    const source = readFileSync(resolve(ROOT, 'entrypoints', name), 'utf8');
    const call = /siteContentScript\((\w+), \[[^\]]*\](?:, \[([^\]]*)\])?\)/.exec(source);
    const site = (SITES as Record<string, unknown>)[call?.[1] ?? ''] as SITES.SiteHosts | undefined;
    return {
      name,
      source,
      platform: site?.platform,
      onlyHosts: call?.[2] ? [...call[2].matchAll(/'([^']+)'/g)].map((m) => m[1]!) : undefined,
      adapterFiles: [...source.matchAll(/from '\.\.\/utils\/adapters\/([\w-]+)'/g)]
        .map((m) => m[1]!)
        .filter((f) => f !== 'site-hosts'),
    };
  });

// Each supported platform has content scripts of its own (entrypoints/<site>.content.ts) that
// import only its adapters; the registry stays the one list of adapters. These tests keep the
// two in step: every adapter of the platform is in exactly one of its scripts, and each host is
// served by a script that runs there and has an adapter for it.
describe('site content scripts', () => {
  it('are all site scripts of a known platform', () => {
    for (const s of SCRIPTS)
      expect(
        SITE_HOSTS.map((h) => h.platform),
        s.name,
      ).toContain(s.platform);
  });

  for (const site of SITE_HOSTS) {
    it(`${site.platform}: its scripts hold exactly the registry's ${site.platform} adapters, which cover all its hosts`, () => {
      const scripts = SCRIPTS.filter((s) => s.platform === site.platform);
      expect(scripts.length).toBeGreaterThan(0);
      const mine = ADAPTERS.filter((a) => a.platform === site.platform);
      expect(mine.length).toBeGreaterThan(0);
      const imported = scripts.flatMap((s) => s.adapterFiles);
      expect(imported.sort()).toEqual(mine.map((a) => a.id).sort());
      for (const adapter of mine) {
        const name = `${adapter.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Adapter`;
        expect(scripts.filter((s) => new RegExp(`\\b${name}\\b`).test(s.source)).length, name).toBe(1);
      }
      for (const host of site.hosts) {
        const serving = scripts.filter((s) => !s.onlyHosts || s.onlyHosts.includes(host));
        expect(serving.length, host).toBe(1);
        const adapters = mine.filter((a) => serving[0]!.adapterFiles.includes(a.id));
        for (const name of site.exact ? [host] : [host, `www.${host}`, `m.${host}`]) {
          const url = new URL(`https://${name}/`);
          expect(
            adapters.some((a) => a.matches(url)),
            name,
          ).toBe(true);
        }
      }
    });
  }
});
