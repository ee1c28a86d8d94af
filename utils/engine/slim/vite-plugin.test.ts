import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import SLIM_CONFUSABLES from './confusables.json';
import { COMPACT_CONFUSABLES_ID, compactConfusables, slimTablesForContentScript } from './vite-plugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

function buildWith(input: unknown, options?: Parameters<typeof slimTablesForContentScript>[0]) {
  const plugin = slimTablesForContentScript(options);
  (plugin.options as Hook).call({}, { input });
  return (id: string) => (plugin.resolveId as Hook).call({}, id, undefined, {}) as string | null;
}

describe('slimTablesForContentScript', () => {
  it("redirects the four data modules in the scanner content scripts' builds only", () => {
    const scanner = buildWith('virtual:wxt-content-script-isolated-world-entrypoint?/repo/entrypoints/x.content.ts');
    const file = scanner('opencc-js/dict/TSCharacters');
    expect(file).toMatch(/utils\/engine\/slim\/t2s-ts-characters\.ts$/);
    expect(existsSync(file!)).toBe(true);
    expect(scanner('unhomoglyph/data.json')).toBe(COMPACT_CONFUSABLES_ID);
    expect(scanner('opencc-js/dict/STCharacters')).toBeNull();
    for (const other of [
      'virtual:wxt-background-entrypoint?/repo/entrypoints/background/index.ts',
      'virtual:wxt-content-script-main-world-entrypoint?/repo/entrypoints/page-data.content/index.ts',
      { popup: '/repo/entrypoints/popup/index.html', options: '/repo/entrypoints/options/index.html' },
    ]) {
      expect(buildWith(other)('unhomoglyph/data.json')).toBeNull();
    }
  });

  it('swaps in any build when told to (bench:scan), from the slim directory it is given', () => {
    const bench = buildWith(
      { entry: '/tmp/bench-scan/entry.ts' },
      { always: true, slimDir: '/other/checkout/utils/engine/slim' },
    );
    expect(bench('opencc-js/dict/TSCharacters')).toBe('/other/checkout/utils/engine/slim/t2s-ts-characters.ts');
    expect(bench('unhomoglyph/data.json')).toBe(COMPACT_CONFUSABLES_ID);
    expect(buildWith({ entry: '/tmp/bench-scan/entry.ts' })('unhomoglyph/data.json')).toBeNull();
  });

  it('loads the slim confusables as a compact module that builds the same table', async () => {
    const plugin = slimTablesForContentScript();
    const code = (plugin.load as Hook).call({}, COMPACT_CONFUSABLES_ID) as string;
    expect((plugin.load as Hook).call({}, '/repo/other.ts')).toBeNull();
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: Record<string, string> };
    expect(module.default).toEqual(SLIM_CONFUSABLES);
    expect(Object.keys(module.default)).toEqual(Object.keys(SLIM_CONFUSABLES));
    expect(code.length).toBeLessThan(readFileSync(new URL('./confusables.json', import.meta.url), 'utf8').length * 0.8);
  });

  it('refuses a table it cannot write compactly', () => {
    expect(() => compactConfusables('{"ab":"x"}')).toThrow(/longer than one character/);
    expect(() => compactConfusables('{"a":"x\\ny"}')).toThrow(/newline/);
  });
});
