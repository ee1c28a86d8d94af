import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TimelinePage } from './timeline-pages';

export interface PageServer {
  port: number;
  close(): Promise<void>;
}

/** Plain http on 127.0.0.1; Chromium maps the real host names here (--host-resolver-rules). */
export async function startPageServer(pages: TimelinePage[]): Promise<PageServer> {
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const page = pages.find((p) => p.host === host && p.path === url.pathname);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
