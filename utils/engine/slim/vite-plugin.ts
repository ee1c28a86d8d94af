import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { swapInScannerBuilds } from '../../build/scanner-builds';
import { SLIM_MODULES } from './names';

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
