import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase } from './backup';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { startServer } from './start';
import { makeReport, postReports } from './test-support';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-persistence-'));
  dbPath = join(dir, 'nested', 'reports.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const start = () => startServer({ host: '127.0.0.1', port: 0, dbPath, tokens: [] });

function inspect(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }),
      journal: db.pragma('journal_mode', { simple: true }),
      columns: (db.prepare('PRAGMA table_info(reports)').all() as { name: string }[]).map((column) => column.name),
      indexes: (db.prepare('PRAGMA index_list(reports)').all() as { name: string }[]).map((index) => index.name),
    };
  } finally {
    db.close();
  }
}

describe('the SQLite file', () => {
  it('is created (with its directory) at the latest schema, in WAL mode', async () => {
    const server = await start();
    await server.close();
    expect(inspect(dbPath)).toMatchObject({ version: SCHEMA_VERSION, journal: 'wal' });
    expect(inspect(dbPath).indexes).toContain('reports_received_at');
  });

  it('keeps every report across a restart on the same file', async () => {
    const reports = Array.from({ length: 25 }, () => makeReport());
    const first = await start();
    expect((await postReports(first, { reports })).status).toBe(200);
    await first.close();

    const second = await start();
    try {
      expect(second.store.count()).toBe(25);
      const listed = await (await fetch(`${second.url}/v1/reports`)).json();
      expect(listed.reports.map((item: { report: unknown }) => item.report)).toEqual(reports);
      // Re-sending after the restart is still idempotent.
      expect(await (await postReports(second, { reports })).json()).toEqual({ accepted: reports.map((r) => r.id), rejected: [] });
      expect(second.store.count()).toBe(25);
    } finally {
      await second.close();
    }
  });

  it('can be backed up while the server runs, and the copy opens as a server database', async () => {
    const server = await start();
    const reports = Array.from({ length: 25 }, () => makeReport());
    try {
      expect((await postReports(server, { reports })).status).toBe(200);
      expect(await backupDatabase(dbPath, join(dir, 'backup.db'))).toBe(25);
      expect((await postReports(server, { reports: [makeReport()] })).status).toBe(200);
    } finally {
      await server.close();
    }
    dbPath = join(dir, 'backup.db');
    const restored = await start();
    expect(restored.store.get(reports[24]!.id)?.content).toBe(JSON.stringify(reports[24]));
    expect(restored.store.count()).toBe(25);
    await restored.close();
  });

  it('upgrades a file of the first schema version, keeping its reports', async () => {
    const old = makeReport({ note: 'stored by the version 1 server' });
    mkdirSync(join(dir, 'nested'));
    const v1 = new Database(dbPath);
    v1.exec(MIGRATIONS[0]!);
    v1.pragma('user_version = 1');
    v1.prepare('INSERT INTO reports (id, received_at, content) VALUES (?, ?, ?)').run(
      old.id,
      '2026-11-01T00:00:00.000Z',
      JSON.stringify(old),
    );
    v1.close();

    const server = await start();
    try {
      expect(server.store.get(old.id)).toMatchObject({ submitter: null, content: JSON.stringify(old) });
      const altered = { ...old, note: 'changed' };
      expect((await postReports(server, { reports: [altered, makeReport()] })).status).toBe(200);
      expect(server.store.count()).toBe(2);
      expect(JSON.parse(server.store.get(old.id)!.content).note).toBe('stored by the version 1 server');
    } finally {
      await server.close();
    }
    expect(inspect(dbPath)).toMatchObject({ version: SCHEMA_VERSION, journal: 'wal' });
    expect(inspect(dbPath).columns).toEqual(['seq', 'id', 'received_at', 'content', 'submitter']);
  });

  it('refuses a file written by a newer server instead of guessing', async () => {
    mkdirSync(join(dir, 'nested'));
    const future = new Database(dbPath);
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.close();
    await expect(start()).rejects.toThrow(/newer than this server/);
  });
});
