import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../utils/schemas/report';
import { type RunningServer, type StartServerOptions, startServer } from './start';

/** A valid report as the extension would send it; override any field to break it. */
export function makeReport(overrides: Partial<Record<keyof Report, unknown>> = {}): Report {
  return {
    id: randomUUID(),
    createdAt: '2026-11-28T10:00:00.000Z',
    platform: 'weibo',
    account: { displayName: '东部战区司令部', handle: 'eastern_command', verification: { kind: 'none' } },
    category: 'military',
    note: 'Claims to be a command, no government badge.',
    pageUrl: 'https://weibo.com/u/123',
    evidence: { signals: [{ code: 'military-unit-name', field: 'displayName', match: '战区' }], severity: 'high' },
    client: { name: 'claimcheck', version: '0.1.0', locale: 'zh-CN' },
    ...overrides,
  } as Report;
}

export interface TestServer extends RunningServer {
  dir: string;
  dbPath: string;
  /** Closes the server (if still open) and deletes its directory. */
  dispose(): Promise<void>;
}

/** A real server on 127.0.0.1 (random port) with a real SQLite file in a fresh temp dir. */
export async function startTestServer(
  opts: Partial<StartServerOptions> = {},
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-server-')),
): Promise<TestServer> {
  const dbPath = opts.dbPath ?? join(dir, 'reports.db');
  const server = await startServer({ host: '127.0.0.1', port: 0, tokens: [], ...opts, dbPath });
  return {
    ...server,
    dir,
    dbPath,
    async dispose() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postReports(server: { url: string }, body: unknown, token?: string): Promise<Response> {
  return fetch(`${server.url}/v1/reports`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-ClaimCheck-Client': 'claimcheck/0.1.0',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
