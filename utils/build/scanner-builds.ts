import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Plugin, parseAst } from 'vite';

// Vite plugins for the build (wxt.config.ts), not code that ships: what the site content
// scripts' builds get instead of some modules the other entrypoints keep.

type Input = string | string[] | Record<string, string> | undefined;

function inputIds(input: Input): string[] {
  if (input === undefined) return [];
  if (typeof input === 'string') return [input];
  return Array.isArray(input) ? input : Object.values(input);
}

/**
 * WXT builds each content script in a Vite build of its own, with the entrypoint behind WXT's
 * virtual wrapper ("virtual:wxt-content-script-isolated-world-entrypoint?/…/entrypoints/x.content.ts", after the root)
 * as the only input. The scanners are the isolated-world ones; the page-data reader runs in the
 * MAIN world and holds no engine.
 */
const SCANNER_BUILD = /(^|[\0/])virtual:wxt-content-script-isolated-world-entrypoint\?/;

/**
 * A plugin that resolves the given module ids to other files, in the scanners' builds only
 * (or in every build, `always`: bench:scan's, which bundles the scanners' modules itself).
 */
export function swapInScannerBuilds(name: string, swaps: Readonly<Record<string, string>>, always = false): Plugin {
  let active = always;
  return {
    name,
    enforce: 'pre',
    // Read per build: WXT calls the config's vite() for every build, but a shared instance must
    // not carry one build's decision into the next.
    options(options) {
      active = always || inputIds(options.input as Input).some((id) => SCANNER_BUILD.test(id.replace(/\\/g, '/')));
      return null;
    },
    resolveId(source) {
      return active && Object.hasOwn(swaps, source) ? swaps[source]! : null;
    },
  };
}

/**
 * In the scanners' builds, `wxt/browser` is the browser's own `browser` (Firefox) or `chrome`
 * (Chromium) namespace, as WXT gives it without the polyfill module, instead of
 * webextension-polyfill (9.6 KB, about 3 KB gzip, in every tab). The scanners use only
 * promise-returning calls that both browsers have natively in MV3 (runtime.sendMessage,
 * runtime.id, a runtime.onMessage listener that answers at once through sendResponse or not at
 * all, storage.onChanged); the background, popup and options keep the polyfill.
 */
export function nativeBrowserInScanners(): Plugin {
  const native = createRequire(import.meta.url).resolve('@wxt-dev/browser');
  return swapInScannerBuilds('claimcheck:native-browser', { '@wxt-dev/webextension-polyfill/browser': native });
}

/**
 * In the scanners' builds, WXT's ContentScriptContext is utils/scanner/scanner-context.ts: the
 * same members the scanner uses, without the page-dispatchable events WXT's listens to (see
 * there), and about 1 KB gzip lighter in every tab.
 */
export function scannerContextInScanners(): Plugin {
  const own = fileURLToPath(new URL('../scanner/scanner-context.ts', import.meta.url));
  return swapInScannerBuilds('claimcheck:scanner-context', { 'wxt/utils/content-script-context': own });
}

/**
 * Empties the selectors' `expect` lists (which fixture holds how many matches: test data that
 * selectors.test.ts reads) in the adapters' modules of every build; no code that ships reads
 * them. About 100 B gzip a tab, where weibo.com's scripts are within a few dozen bytes of the
 * 50 KB budget (issue 6). Builds only: the tests run the modules as written.
 */
export function selectorExpectationsOutOfBuilds(): Plugin {
  return {
    name: 'claimcheck:selector-expectations',
    apply: 'build',
    transform(code, id) {
      if (!/[/\\]utils[/\\]adapters[/\\][\w-]+\.ts$/.test(id) || id.endsWith('.test.ts') || !code.includes('expect')) return null;
      const out = withoutExpectations(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}

type AstNode = { type?: string; start: number; end: number; [key: string]: unknown };

/** Every `expect: [ … ]` property's list emptied, found in the syntax tree (TypeScript or JavaScript). */
export function withoutExpectations(code: string): string {
  const lists: AstNode[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as AstNode;
    const key = n.key as AstNode | undefined;
    const value = n.value as AstNode | undefined;
    if (n.type === 'Property' && key?.name === 'expect' && value?.type === 'ArrayExpression') lists.push(value);
    else for (const k in n) if (k !== 'parent') visit(n[k]);
  };
  visit(parseAst(code, { lang: 'ts' }));
  let out = '';
  let from = 0;
  for (const list of lists.sort((a, b) => a.start - b.start)) {
    // The list's line breaks stay, so every later line keeps its number (the transform gives no source map).
    const breaks = code.slice(list.start, list.end).split('\n').length - 1;
    out += `${code.slice(from, list.start)}[${'\n'.repeat(breaks)}]`;
    from = list.end;
  }
  return out + code.slice(from);
}
