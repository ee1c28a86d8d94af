import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase } from './backup';

describe('npm run server:backup', () => {
  it('finishes while another connection keeps writing (SQLite restarts a stepwise backup at each write)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-backup-'));
    const source = join(dir, 'live.db');
    const writer = new Database(source);
    writer.pragma('journal_mode = WAL');
    writer.exec('CREATE TABLE reports (seq INTEGER PRIMARY KEY, content TEXT NOT NULL)');
    const insert = writer.prepare('INSERT INTO reports (content) VALUES (?)');
    // About 8 MB: some 2,000 pages, twenty of the 100-page steps a default backup takes.
    writer.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(4_000));
    })();
    // The server's writes: one every few milliseconds, between the backup's steps.
    const writes = setInterval(() => insert.run('new'), 2);
    try {
      const copied = await Promise.race([
        backupDatabase(source, join(dir, 'copy.db')),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('backup never finished')), 10_000)),
      ]);
      expect(copied).toBeGreaterThanOrEqual(2_000);
    } finally {
      clearInterval(writes);
      writer.close();
    }
  });
});
