import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slimTablesForContentScript } from './vite-plugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

function buildWith(input: unknown) {
  const plugin = slimTablesForContentScript();
  (plugin.options as Hook).call({}, { input });
  return (id: string) => (plugin.resolveId as Hook).call({}, id, undefined, {}) as string | null;
}

describe('slimTablesForContentScript', () => {
  it("redirects the four data modules in the scanner content scripts' builds only", () => {
    const scanner = buildWith('virtual:wxt-content-script-isolated-world-entrypoint?/repo/entrypoints/x.content.ts');
    const file = scanner('opencc-js/dict/TSCharacters');
    expect(file).toMatch(/utils\/engine\/slim\/t2s-ts-characters\.ts$/);
    expect(existsSync(file!)).toBe(true);
    expect(scanner('unhomoglyph/data.json')).toMatch(/slim\/confusables\.json$/);
    expect(scanner('opencc-js/dict/STCharacters')).toBeNull();
    for (const other of [
      'virtual:wxt-background-entrypoint?/repo/entrypoints/background/index.ts',
      'virtual:wxt-content-script-main-world-entrypoint?/repo/entrypoints/page-data.content/index.ts',
      { popup: '/repo/entrypoints/popup/index.html', options: '/repo/entrypoints/options/index.html' },
    ]) {
      expect(buildWith(other)('unhomoglyph/data.json')).toBeNull();
    }
  });
});
