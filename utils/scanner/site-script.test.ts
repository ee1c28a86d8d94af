import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS } from '../adapters/hosts';
import * as READERS from '../adapters/page-data-site-readers';
import { ADAPTERS } from '../adapters/registry';
import * as SITES from '../adapters/site-hosts';
import { SITE_READERS } from '../adapters/test-helpers';

const ROOT = resolve(__dirname, '../..');

/** The site scripts (entrypoints/<name>.content.ts) with their site, adapters and source. */
const SCRIPTS = readdirSync(resolve(ROOT, 'entrypoints'))
  .filter((name) => name.endsWith('.content.ts') && name !== 'generic.content.ts' && !name.endsWith('-page-data.content.ts'))
  .map((name) => {
    const source = readFileSync(resolve(ROOT, 'entrypoints', name), 'utf8');
    const call = /siteContentScript\((\w+), \[[^\]]*\]\)/.exec(source);
    return {
      name,
      source,
      site: (SITES as Record<string, unknown>)[call?.[1] ?? ''] as SITES.SiteHosts | undefined,
      adapterFiles: [...source.matchAll(/from '\.\.\/utils\/adapters\/([\w-]+)'/g)]
        .map((m) => m[1]!)
        .filter((f) => f !== 'site-hosts'),
    };
  });

// Each supported site has a content script of its own (entrypoints/<site>.content.ts) that
// imports only its adapters; the registry stays the one list of adapters. These tests keep the
// two in step: every adapter of a platform is in exactly one of its sites' scripts, and each
// site is served by one script that has an adapter for each of its hosts.
describe('site content scripts', () => {
  it('are each for a supported site', () => {
    for (const s of SCRIPTS) expect(SITE_HOSTS, s.name).toContain(s.site);
  });

  for (const platform of new Set(SITE_HOSTS.map((s) => s.platform))) {
    it(`${platform}: its sites' scripts hold exactly the registry's ${platform} adapters, each once`, () => {
      const scripts = SCRIPTS.filter((s) => s.site?.platform === platform);
      const mine = ADAPTERS.filter((a) => a.platform === platform);
      expect(mine.length).toBeGreaterThan(0);
      expect(scripts.flatMap((s) => s.adapterFiles).sort()).toEqual(mine.map((a) => a.id).sort());
      for (const adapter of mine) {
        const name = `${adapter.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Adapter`;
        expect(scripts.filter((s) => new RegExp(`\\b${name}\\b`).test(s.source)).length, name).toBe(1);
      }
    });
  }

  for (const site of SITE_HOSTS) {
    it(`${site.hosts.join(', ')}: one script serves the site and has an adapter for each of its hosts`, () => {
      const serving = SCRIPTS.filter((s) => s.site === site);
      expect(serving.length).toBe(1);
      const adapters = ADAPTERS.filter((a) => serving[0]!.adapterFiles.includes(a.id));
      for (const host of site.hosts) {
        for (const name of site.exact ? [host] : [host, `www.${host}`, `m.${host}`]) {
          expect(
            adapters.some((a) => a.matches(new URL(`https://${name}/`))),
            name,
          ).toBe(true);
        }
      }
    });
  }

  it('pair each MAIN-world reader with its site as the test helpers do', () => {
    const pairs = readdirSync(resolve(ROOT, 'entrypoints'))
      .filter((name) => name.endsWith('-page-data.content.ts'))
      .map((name) => {
        const source = readFileSync(resolve(ROOT, 'entrypoints', name), 'utf8');
        const call = /pageDataScript\((\w+), (\w+)\)/.exec(source);
        return [(SITES as Record<string, unknown>)[call?.[1] ?? ''], (READERS as Record<string, unknown>)[call?.[2] ?? '']];
      });
    expect(pairs.length).toBe(SITE_READERS.length);
    for (const pair of pairs) expect(SITE_READERS).toContainEqual(pair);
    for (const pair of SITE_READERS) expect(pairs).toContainEqual(pair);
  });
});
