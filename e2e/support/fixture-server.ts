import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const SITES_DIR = path.resolve(import.meta.dirname, '../fixtures/sites');

/**
 * Which fixture answers which real URL (host + path). The browser resolves these host names
 * to this server (--host-resolver-rules), so the content script sees the real site's URL.
 */
export const ROUTES: Record<string, string> = {
  'weibo.com/': 'weibo/feed.html',
  'weibo.com/u/7654321001': 'weibo/profile.html',
  's.weibo.com/weibo': 'weibo/search.html',
  'm.weibo.cn/': 'm-weibo/cards.html',
  'm.weibo.cn/detail/4900000000000001': 'm-weibo/detail.html',
  'x.com/home': 'x/timeline.html',
};

export interface FixtureServer {
  port: number;
  /** Every host the routes use, for --host-resolver-rules. */
  hosts: string[];
  close(): Promise<void>;
}

/** Serves the hand-made fixture pages, and any file under /__fixtures/<site>/<file>. */
export async function startFixtureServer(extraRoutes: Record<string, string> = {}): Promise<FixtureServer> {
  const routes = { ...ROUTES, ...extraRoutes };
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const direct = url.pathname.startsWith('/__fixtures/') ? url.pathname.slice('/__fixtures/'.length) : null;
    const rel = direct ?? routes[`${host}${url.pathname}`];
    const file = rel ? path.resolve(SITES_DIR, rel) : null;
    if (!file?.startsWith(SITES_DIR + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`no fixture for ${host}${url.pathname}`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const hosts = [...new Set(Object.keys(routes).map((r) => r.slice(0, r.indexOf('/'))))];
  return {
    port: (server.address() as AddressInfo).port,
    hosts: [...new Set([...hosts, 'weibo.com', 'm.weibo.cn', 'x.com', 'twitter.com'])],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
