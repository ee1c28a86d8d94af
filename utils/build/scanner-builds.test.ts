import { describe, expect, it } from 'vitest';
import { xSelectors } from '../adapters/x-selectors';
import { nativeBrowserInScanners, scannerContextInScanners, withoutExpectations } from './scanner-builds';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const POLYFILL = '@wxt-dev/webextension-polyfill/browser';

function resolveIn(input: unknown, id: string, plugin = nativeBrowserInScanners()): string | null {
  (plugin.options as Hook).call({}, { input });
  return (plugin.resolveId as Hook).call({}, id, undefined, {}) as string | null;
}

describe('nativeBrowserInScanners', () => {
  it("gives the site content scripts the browser's own namespace and leaves every other build the polyfill", () => {
    const scanner = '/repo/virtual:wxt-content-script-isolated-world-entrypoint?/repo/entrypoints/x.content.ts';
    expect(resolveIn(scanner, POLYFILL)).toMatch(/@wxt-dev\/browser\//);
    expect(resolveIn(scanner, 'webextension-polyfill')).toBeNull();
    for (const other of [
      '/repo/virtual:wxt-background-entrypoint?/repo/entrypoints/background/index.ts',
      '/repo/virtual:wxt-content-script-main-world-entrypoint?/repo/entrypoints/page-data.content/index.ts',
      { popup: '/repo/entrypoints/popup/index.html' },
    ]) {
      expect(resolveIn(other, POLYFILL)).toBeNull();
    }
  });
});

describe('scannerContextInScanners', () => {
  it("gives WXT's isolated-world wrapper the scanners' own context, in their builds only", () => {
    const CONTEXT = 'wxt/utils/content-script-context';
    const scanner = '/repo/virtual:wxt-content-script-isolated-world-entrypoint?/repo/entrypoints/generic.content.ts';
    expect(resolveIn(scanner, CONTEXT, scannerContextInScanners())).toMatch(/utils\/scanner\/scanner-context\.ts$/);
    const background = '/repo/virtual:wxt-background-entrypoint?/repo/entrypoints/background/index.ts';
    expect(resolveIn(background, CONTEXT, scannerContextInScanners())).toBeNull();
  });
});

describe('withoutExpectations', () => {
  it('empties every expect list, nested brackets and strings included, and leaves the rest as written', () => {
    const code = `const a = { css: '[data-testid="x"]', expect: [{ fixture: REAL, count: 2 }, { fixture: 'a]b', count: 0 }] };
const b = { css: 'div[dir]', expect: [] , note: "expect: [1]" /* expect: [2] */ } as const;`;
    expect(withoutExpectations(code)).toBe(`const a = { css: '[data-testid="x"]', expect: [] };
const b = { css: 'div[dir]', expect: [] , note: "expect: [1]" /* expect: [2] */ } as const;`);
  });

  it('keeps the selectors of a real module and drops only their counts', async () => {
    const fs = await import('node:fs');
    const source = fs.readFileSync(new URL('../adapters/x-selectors.ts', import.meta.url), 'utf8');
    const stripped = withoutExpectations(source);
    expect(stripped.length).toBeLessThan(source.length - 300);
    expect(stripped.split('\n')).toHaveLength(source.split('\n').length);
    const cssLines = [...source.matchAll(/css: [^,\n]+/g)].map((m) => m[0]);
    expect(cssLines.length).toBe(Object.keys(xSelectors).length);
    for (const line of cssLines) expect(stripped).toContain(line);
    expect(stripped).not.toMatch(/count: \d/);
  });

  it('counts offsets past non-ASCII text right, and keeps every line where it was', () => {
    const code = `const a = { css: '微博·认证', expect: [\n  { fixture: 'a', count: 1 },\n] };\nconst b = 'à';`;
    const out = withoutExpectations(code);
    expect(out).toBe(`const a = { css: '微博·认证', expect: [\n\n] };\nconst b = 'à';`);
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('fails on code it cannot parse, rather than cut it anywhere', () => {
    expect(() => withoutExpectations('x = { expect: [1, 2 };')).toThrow();
  });
});
