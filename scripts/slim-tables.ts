// npm run slim-tables: writes utils/engine/slim/*: the confusables and opencc entries that can
// change a result of the engine given the shipped rules and official accounts, for the content
// script's build (its budget cannot carry the full tables). Run after changing rules/ or officials/;
// utils/engine/slim/slim-tables.test.ts fails while the committed files are stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FULL_RAW } from '../utils/engine/slim/domain';
import { computeSlimFiles, SLIM_DIR } from '../utils/engine/slim/files';

const { files, alphabet, raw } = computeSlimFiles();
for (const [name, content] of Object.entries(files)) writeFileSync(join(SLIM_DIR, name), content);

const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const count = (pairs: string) => (pairs ? pairs.split('|').length : 0);
console.log(`alphabet: ${alphabet.size} non-ASCII characters (ASCII is always in)`);
console.log(
  `confusables: ${Object.keys(raw.confusables).length} of ${Object.keys(FULL_RAW.confusables).length} entries, ` +
    `${gz(JSON.stringify(raw.confusables))} of ${gz(JSON.stringify(FULL_RAW.confusables))} bytes gzip`,
);
for (const key of ['tsCharacters', 'twVariantsRev', 'hkVariantsRev'] as const) {
  console.log(
    `${key}: ${count(raw[key])} of ${count(FULL_RAW[key])} entries, ${gz(raw[key])} of ${gz(FULL_RAW[key])} bytes gzip`,
  );
}
