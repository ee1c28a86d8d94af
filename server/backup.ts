import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';

/**
 * `npm run server:backup -- <destination.db>`: a consistent copy of the reports database
 * (DB, as for the server) taken while the server keeps running. SQLite's online backup
 * copies pages under a read transaction, which in WAL mode does not block the server's
 * writes, and never copies half a transaction, unlike `cp` of a file in WAL mode.
 */
export async function backupDatabase(source: string, destination: string): Promise<number> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // After the first step, the rest in one: SQLite starts a stepwise backup over whenever
    // another connection writes between its steps, so under a server's steady writes the
    // default 100-page steps never reached the end (backup.test.ts).
    await db.backup(destination, { progress: () => Number.MAX_SAFE_INTEGER });
  } finally {
    db.close();
  }
  const copy = new Database(destination, { readonly: true });
  try {
    return (copy.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  } finally {
    copy.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const source = process.env.DB?.trim() || './data/claimcheck.db';
  const destination = process.argv[2];
  if (!destination) {
    console.error(
      'usage: npm run server:backup -- <destination.db>   (source: $DB, default ./data/claimcheck.db)\n用法：npm run server:backup -- <目标.db>   （来源：$DB，默认 ./data/claimcheck.db）',
    );
    process.exit(2);
  }
  const reports = await backupDatabase(source, destination);
  console.log(JSON.stringify({ msg: 'backup written', source, destination, reports }));
}
