import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SLIM_MODULES } from './names';

type Input = string | string[] | Record<string, string> | undefined;

function inputIds(input: Input): string[] {
  if (input === undefined) return [];
  if (typeof input === 'string') return [input];
  return Array.isArray(input) ? input : Object.values(input);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Swaps the engine's full confusables and opencc tables for the slim ones (npm run slim-tables),
 * but only in the build whose input is the given entrypoint: WXT builds each content script in
 * a Vite build of its own, with the entrypoint (behind WXT's virtual wrapper, as
 * "virtual:wxt-content-script-isolated-world-entrypoint?/…/entrypoints/scanner.content/index.ts")
 * as the only input. The background, popup and options builds keep the full tables.
 */
export function slimTablesForContentScript(entrypoint = 'entrypoints/scanner.content'): Plugin {
  const matches = new RegExp(`(^|[/?])${escapeRegExp(entrypoint)}(/|\\.[cm]?[jt]sx?$|$)`);
  let active = false;
  return {
    name: 'claimcheck:slim-tables',
    enforce: 'pre',
    // Read per build: WXT calls the config's vite() for every build, but a shared instance must
    // not carry one build's decision into the next.
    options(options) {
      active = inputIds(options.input as Input).some((id) => matches.test(id.replace(/\\/g, '/')));
      return null;
    },
    resolveId(source) {
      if (!active || !Object.hasOwn(SLIM_MODULES, source)) return null;
      return fileURLToPath(new URL(SLIM_MODULES[source as keyof typeof SLIM_MODULES], import.meta.url));
    },
  };
}
