import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusEntry, type LocatedEntry } from './entry';

// Node-only (reads files): imported by tests and scripts, never by the extension.
export const CORPUS_DIR = new URL('.', import.meta.url).pathname;

/** Every entry of every corpus/*.jsonl; a malformed line throws, naming file and line. */
export function loadCorpus(dir: string = CORPUS_DIR): LocatedEntry[] {
  const entries: LocatedEntry[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      const parsed = CorpusEntry.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      entries.push({ ...parsed.data, file, line: i + 1 });
    });
  }
  return entries;
}
