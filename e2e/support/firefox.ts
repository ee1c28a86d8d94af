import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

/** Debian's Firefox (`apt-get install firefox-esr`, as .ci/run does); playwright's needs its own build. */
export const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (p): p is string => !!p && fs.existsSync(p),
);
export const FIREFOX_BUILD = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');

/**
 * The fixture server as the profile's HTTP proxy: Firefox has no --host-resolver-rules, and a
 * proxy gets the real host name in each request (fixture-server.ts reads it from the URL or
 * Host). No other network: every request goes to the fixtures. HTTPS-first off: they are http.
 */
function writePrefs(profile: string, proxyPort: number): void {
  const prefs: Record<string, string | number | boolean> = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'dom.security.https_first': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.disabledForTesting': true,
  };
  const lines = Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  fs.writeFileSync(path.join(profile, 'user.js'), `${lines.join('\n')}\n`);
}

interface BidiAnswer {
  id?: number;
  type?: string;
  result?: Record<string, unknown> & { result?: { value?: unknown } };
  error?: string;
  message?: string;
}

/** Headless Firefox driven over WebDriver BiDi, its own protocol (webExtension.install loads an unsigned build). */
export class FirefoxSession {
  private next = 0;
  private readonly waiting = new Map<number, (answer: BidiAnswer) => void>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
    readonly context: string,
  ) {
    socket.on('message', (data) => {
      const answer = JSON.parse(String(data)) as BidiAnswer;
      if (answer.id !== undefined) this.waiting.get(answer.id)?.(answer);
    });
  }

  static async launch(binary: string, proxyPort: number): Promise<FirefoxSession> {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-ff-'));
    writePrefs(profile, proxyPort);
    const port = 9300 + Math.floor(Math.random() * 600);
    const args = ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`];
    const child = spawn(binary, args, { stdio: 'ignore' });
    let socket: WebSocket | undefined;
    for (let i = 0; i < 120 && !socket; i++) {
      await new Promise((r) => setTimeout(r, 250));
      socket = await new Promise<WebSocket | undefined>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/session`);
        ws.once('open', () => resolve(ws));
        ws.once('error', () => resolve(undefined));
      });
    }
    if (!socket) {
      child.kill('SIGKILL');
      throw new Error(`Firefox did not open WebDriver BiDi on port ${port}`);
    }
    const bare = new FirefoxSession(child, socket, profile, '');
    await bare.send('session.new', { capabilities: {} });
    const tree = (await bare.send('browsingContext.getTree', {})) as { contexts: { context: string }[] };
    return new FirefoxSession(child, socket, profile, tree.contexts[0]!.context);
  }

  async send(method: string, params: object): Promise<Record<string, unknown>> {
    const id = ++this.next;
    const answer = await new Promise<BidiAnswer>((resolve) => {
      this.waiting.set(id, resolve);
      this.socket.send(JSON.stringify({ id, method, params }));
    });
    this.waiting.delete(id);
    if (answer.type === 'error') throw new Error(`${method}: ${answer.error}: ${answer.message}`);
    return answer.result ?? {};
  }

  /**
   * Evaluates in the page's own world (the content script's is not reachable, as for a page).
   * The value travels as JSON: BiDi's own form wraps every array item and object field.
   */
  async evaluate<T>(expression: string): Promise<T> {
    const wrapped = `JSON.stringify((${expression}) ?? null)`;
    const result = await this.send('script.evaluate', {
      expression: wrapped,
      target: { context: this.context },
      awaitPromise: true,
    });
    const json = (result.result as { value?: string } | undefined)?.value;
    if (typeof json !== 'string') throw new Error(`evaluate failed: ${JSON.stringify(result).slice(0, 300)}`);
    return JSON.parse(json) as T;
  }

  async goto(url: string): Promise<void> {
    await this.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  /** A real (trusted) click at a point of the viewport. */
  async clickAt(x: number, y: number): Promise<void> {
    const actions = [
      { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ];
    await this.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
  }

  async close(): Promise<void> {
    this.socket.close();
    this.process.kill('SIGKILL');
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}
