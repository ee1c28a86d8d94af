import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accessWarnings, configFromEnv } from './config';
import { ReportStore } from './store';
import { makeReport, postReports } from './test-support';

describe('configFromEnv', () => {
  it('defaults to 127.0.0.1:8787, ./data/claimcheck.db, open, 600 requests/min', () => {
    expect(configFromEnv({})).toEqual({
      host: '127.0.0.1',
      port: 8787,
      dbPath: './data/claimcheck.db',
      tokens: [],
      readTokens: [],
      rateLimit: { requestsPerMinute: 600 },
      trustProxy: false,
      publicHosts: [],
    });
  });

  it('reads TOKENS (comma-separated) and TOKEN, RATE_LIMIT=0 as no limit, TRUST_PROXY', () => {
    const config = configFromEnv({ TOKENS: ' a1, b2 ,,a1', TOKEN: 'c3', RATE_LIMIT: '0', TRUST_PROXY: 'true', PORT: '0' });
    expect(config).toMatchObject({ tokens: ['a1', 'b2', 'c3'], rateLimit: false, trustProxy: true, port: 0 });
  });

  it('reads READ_TOKENS like TOKENS', () => {
    expect(configFromEnv({ READ_TOKENS: ' r1, r2 ,,r1' }).readTokens).toEqual(['r1', 'r2']);
    expect(configFromEnv({ READ_TOKENS: ' , ' }).readTokens).toEqual([]);
  });

  it.each([{ PORT: '80a' }, { PORT: '70000' }, { RATE_LIMIT: '-1' }])('refuses %o', (env) => {
    expect(() => configFromEnv(env)).toThrow(/must be an integer/);
  });
});

describe('accessWarnings (the start-up log)', () => {
  it('warns once that report tokens read every report while READ_TOKENS is not set', () => {
    expect(accessWarnings({ tokens: ['a1'], readTokens: [] })).toEqual([expect.stringMatching(/READ_TOKENS/)]);
    expect(accessWarnings({ tokens: ['a1'], readTokens: ['r1'] })).toEqual([]);
  });

  it('warns about open posting, and about open reading only when READ_TOKENS is not set either', () => {
    // Each in English, then Chinese (an operator may read either).
    expect(accessWarnings({ tokens: [], readTokens: [] })).toEqual([
      expect.stringMatching(/post reports and read them \/ .*提交并读取举报$/),
    ]);
    const intake = accessWarnings({ tokens: [], readTokens: ['r1'] });
    expect(intake).toEqual([
      expect.stringMatching(/can post reports \(reading needs READ_TOKENS\) \/ .*读取需要 READ_TOKENS）$/),
    ]);
    expect(accessWarnings({ tokens: ['t'], readTokens: [] })).toEqual([
      expect.stringMatching(/^READ_TOKENS is not set: .* \/ 未设置 READ_TOKENS/),
    ]);
  });
});

describe('npm run server (server/main.ts as its own process)', () => {
  it('serves from the environment, logs JSON lines, and on SIGTERM exits 0 with every report kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-main-'));
    const dbPath = join(dir, 'data', 'claimcheck.db');
    const root = fileURLToPath(new URL('..', import.meta.url));
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', DB: dbPath, TOKENS: 'secret-one,secret-two', READ_TOKENS: undefined },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: Record<string, unknown>[] = [];
    const listening = new Promise<string>((resolve) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (entry.msg === 'listening') resolve(entry.url as string);
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await listening;
      const report = makeReport();
      expect((await postReports({ url }, { reports: [report] }, 'secret-two')).status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);

      // The warning first, once: every extension user holds a report token, and it reads too.
      expect(lines[0]).toMatchObject({ level: 'warn', msg: expect.stringMatching(/^READ_TOKENS is not set/) });
      expect(lines.slice(1).map((entry) => entry.msg)).toEqual(['listening', 'request', 'shutting down', 'stopped']);
      expect(lines[1]).toMatchObject({ tokens: 2, readTokens: 0 });
      expect(lines[2]).toMatchObject({
        level: 'info',
        method: 'POST',
        path: '/v1/reports',
        status: 200,
        accepted: 1,
        rejected: 0,
      });
      expect(JSON.stringify(lines)).not.toContain('secret-');
      const store = new ReportStore(dbPath);
      expect(store.get(report.id)?.content).toBe(JSON.stringify(report));
      store.close();
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
