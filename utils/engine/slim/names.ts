/** The committed slim file for each module the content script's build redirects (vite-plugin.ts). */
export const SLIM_MODULES = {
  'unhomoglyph/data.json': 'confusables.json',
  'opencc-js/dict/TSCharacters': 't2s-ts-characters.ts',
  'opencc-js/dict/TWVariantsRev': 't2s-tw-variants-rev.ts',
  'opencc-js/dict/HKVariantsRev': 't2s-hk-variants-rev.ts',
} as const;

export const ALPHABET_FILE = 'alphabet.json';
