import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type EndpointProcess = { url: string; close(): Promise<void> };

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Runs the reference endpoint as its own process, exactly as `npm run server` does, on a free
 * port of 127.0.0.1, and resolves once its "listening" log line names the URL.
 */
export function startEndpointProcess(options: { dbPath: string; tokens: string[] }): Promise<EndpointProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DB: options.dbPath, TOKENS: options.tokens.join(','), RATE_LIMIT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NonNullable<ChildProcess['stdout']> });
    const timer = setTimeout(() => fail(new Error('the endpoint did not start within 20 s')), 20_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`the endpoint exited (code ${code}) before listening`)));
    // Every request logs a line; reading them all keeps the pipe from filling up.
    lines.on('line', (line) => {
      let entry: { msg?: string; url?: string } = {};
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg !== 'listening' || !entry.url) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url: entry.url, close: () => stop(child) });
    });
  });
}

/** SIGTERM: the endpoint's graceful shutdown (finishes requests, checkpoints SQLite). */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
