import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SLIM_MODULES } from './names';

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

/** A plugin that resolves the given module ids to other files, in the scanners' builds only. */
export function swapInScannerBuilds(name: string, swaps: Readonly<Record<string, string>>): Plugin {
  let active = false;
  return {
    name,
    enforce: 'pre',
    // Read per build: WXT calls the config's vite() for every build, but a shared instance must
    // not carry one build's decision into the next.
    options(options) {
      active = inputIds(options.input as Input).some((id) => SCANNER_BUILD.test(id.replace(/\\/g, '/')));
      return null;
    },
    resolveId(source) {
      return active && Object.hasOwn(swaps, source) ? swaps[source]! : null;
    },
  };
}

/**
 * Swaps the engine's full confusables and opencc tables for the slim ones (npm run slim-tables)
 * in the scanners' builds. The background, popup and options builds keep the full tables.
 */
export function slimTablesForContentScript(): Plugin {
  const swaps = Object.fromEntries(
    Object.entries(SLIM_MODULES).map(([id, file]) => [id, fileURLToPath(new URL(file, import.meta.url))]),
  );
  return swapInScannerBuilds('claimcheck:slim-tables', swaps);
}
