import { describe, expect, it } from 'vitest';
import { nativeBrowserInScanners } from './scanner-builds';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const POLYFILL = '@wxt-dev/webextension-polyfill/browser';

function resolveIn(input: unknown, id: string): string | null {
  const plugin = nativeBrowserInScanners();
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
