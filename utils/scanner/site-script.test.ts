import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS } from '../adapters/hosts';
import { ADAPTERS } from '../adapters/registry';

const ROOT = resolve(__dirname, '../..');

// Each supported platform has a content script of its own (entrypoints/<platform>.content.ts)
// that imports only its adapters; the registry stays the one list of adapters. These tests
// keep the two in step.
describe('site content scripts', () => {
  for (const site of SITE_HOSTS) {
    it(`${site.platform}: its script holds exactly the registry's ${site.platform} adapters, which cover all its hosts`, () => {
      const source = readFileSync(resolve(ROOT, `entrypoints/${site.platform}.content.ts`), 'utf8');
      expect(source).toContain(`siteContentScript('${site.platform}'`);
      const mine = ADAPTERS.filter((a) => a.platform === site.platform);
      expect(mine.length).toBeGreaterThan(0);
      for (const adapter of mine)
        expect(source).toMatch(new RegExp(`\\b${adapter.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Adapter\\b`));
      const imported = [...source.matchAll(/from '\.\.\/utils\/adapters\/([\w-]+)'/g)].map((m) => m[1]);
      expect(imported.sort()).toEqual(mine.map((a) => a.id).sort());
      for (const host of site.hosts) {
        for (const name of site.exact ? [host] : [host, `www.${host}`, `m.${host}`]) {
          const url = new URL(`https://${name}/`);
          expect(
            mine.some((a) => a.matches(url)),
            name,
          ).toBe(true);
        }
      }
    });
  }
});
