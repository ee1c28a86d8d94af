import type { Database } from 'better-sqlite3';

/**
 * Schema versions, applied in order; the database's `user_version` says how many have run.
 * Never edit a released migration: add a new one, so every existing file upgrades the same way.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the first reference server (issue #2): one row per report id, the report as sent.
  `CREATE TABLE reports (
     seq         INTEGER PRIMARY KEY AUTOINCREMENT,
     id          TEXT NOT NULL UNIQUE,
     received_at TEXT NOT NULL,
     content     TEXT NOT NULL
   );`,
  // 2: which token sent a report (a fingerprint, never the token), and the index that
  // `GET /v1/reports?since=<time>` reads.
  `ALTER TABLE reports ADD COLUMN submitter TEXT;
   CREATE INDEX reports_received_at ON reports (received_at);`,
  // 3: ids are stored lower-case (UUIDs are case-insensitive; store.ts canonicalReportId).
  // Servers before this compared them case-sensitively, so one report may have been stored
  // twice, e.g. "3F25…" and "3f25…". The first one received stays, as for any re-send; later
  // copies move to a side table rather than being deleted, for the operator to look at.
  `CREATE TABLE reports_case_duplicates (
     seq         INTEGER PRIMARY KEY,
     id          TEXT NOT NULL,
     received_at TEXT NOT NULL,
     submitter   TEXT,
     content     TEXT NOT NULL
   );
   INSERT INTO reports_case_duplicates (seq, id, received_at, submitter, content)
     SELECT seq, id, received_at, submitter, content FROM reports
     WHERE seq NOT IN (SELECT min(seq) FROM reports GROUP BY lower(id));
   DELETE FROM reports WHERE seq IN (SELECT seq FROM reports_case_duplicates);
   UPDATE reports SET id = lower(id) WHERE id <> lower(id);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the file up to SCHEMA_VERSION, each step in its own transaction together with the
 * version bump, so a crash mid-upgrade leaves the file at a whole version. A file from a
 * newer server is refused rather than guessed at.
 */
export function migrate(db: Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > SCHEMA_VERSION) {
    throw new Error(
      `database schema version ${from} is newer than this server's ${SCHEMA_VERSION}; upgrade the server / 数据库结构版本 ${from} 比本服务器的 ${SCHEMA_VERSION} 新；请升级服务器`,
    );
  }
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version]!;
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return { from, to: SCHEMA_VERSION };
}
