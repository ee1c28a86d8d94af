import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportStore } from './store';
import { makeReport, postReports, startTestServer, type TestServer } from './test-support';

/** Reaches the server's own connection: max_page_count holds per connection, not per file. */
const connectionOf = (store: ReportStore) => (store as unknown as { db: Database.Database }).db;

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.dispose());

async function expect503(response: Response, retryAfter: string, english: RegExp): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe(retryAfter);
  const [en, zh] = ((await response.json()) as { error: string }).error.split(' / ');
  expect(en).toMatch(english);
  expect(zh).toMatch(/\p{Script=Han}/u);
}

describe('the database file cannot take a write', () => {
  it('answers 503 "storage busy" with Retry-After, after about a second, while another process holds the write lock', async () => {
    const other = new Database(server.dbPath);
    other.exec('BEGIN IMMEDIATE'); // as a backup script or an sqlite3 shell writing would
    try {
      const started = performance.now();
      await expect503(await postReports(server, { reports: [makeReport()] }), '10', /^storage is busy/);
      // The wait blocks every request (better-sqlite3 is synchronous): about 1 s, not 5.
      expect(performance.now() - started).toBeLessThan(2500);
      expect((await fetch(`${server.url}/v1/reports`)).status).toBe(200); // WAL: reading goes on
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await postReports(server, { reports: [makeReport()] })).status).toBe(200);
  });

  it('answers 503 "storage full" with Retry-After 120 on a full disk, storing nothing, and recovers once there is room', async () => {
    const db = connectionOf(server.store);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`); // the file may not grow: SQLITE_FULL on the next page
    const reports = Array.from({ length: 25 }, () => makeReport({ note: 'n'.repeat(2000) }));
    await expect503(await postReports(server, { reports }), '120', /^storage is full or cannot be written/);
    expect(server.store.count()).toBe(0);

    db.pragma('max_page_count = 1073741823'); // the operator freed space
    const retried = await postReports(server, { reports });
    expect(retried.status).toBe(200);
    expect(server.store.count()).toBe(25);
  });
});

describe('ReportStore.close()', () => {
  it('closes the file even when the final checkpoint fails', () => {
    const store = new ReportStore(`${server.dir}/other.db`);
    vi.spyOn(connectionOf(store), 'pragma').mockImplementation(() => {
      throw new Error('disk I/O error');
    });
    expect(() => store.close()).toThrow(/disk I\/O error/);
    expect(store.isOpen).toBe(false);
  });
});
