import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const SITES_DIR = path.resolve(import.meta.dirname, '../fixtures/sites');

/**
 * Which fixture answers which real URL (host + path). The browser resolves these host names
 * to this server (--host-resolver-rules), so the content script sees the real site's URL.
 */
export const ROUTES: Record<string, string> = {
  'weibo.com/': 'weibo/feed.html',
  'weibo.com/u/7910000001': 'weibo/profile.html',
  'weibo.com/1722022490': 'weibo/profile-government.html',
  's.weibo.com/weibo': 'weibo/search.html',
  'm.weibo.cn/': 'm-weibo/cards.html',
  'm.weibo.cn/detail/5100000000000001': 'm-weibo/detail.html',
  'x.com/home': 'x/timeline.html',
  'x.com/PLARocketForce_': 'x/profile.html',
  'twitter.com/USArmy': 'x/profile-government.html',
  'mp.weixin.qq.com/s/fixture-article': 'wechat/article.html',
  'mp.weixin.qq.com/profile': 'wechat/profile-impostor.html',
  'mp.weixin.qq.com/profile-verified': 'wechat/profile-verified.html',
  'www.bilibili.com/video/BV1fixture': 'bilibili/video.html',
  'www.bilibili.com/video/BV1legacy': 'bilibili/video-legacy-comments.html',
  'space.bilibili.com/3546000001': 'bilibili/space.html',
  'www.douyin.com/': 'douyin/feed.html',
  'www.douyin.com/video/7300000000000000001': 'douyin/video.html',
  'www.douyin.com/video/7300000000000000003': 'douyin/video-verified.html',
  'www.douyin.com/user/MS4wLjABAAAAcctvnews00000000000000000000000000000': 'douyin/profile.html',
  'www.douyin.com/user/MS4wLjABAAAAimpostor0rocketforce0000000000000000': 'douyin/profile-unverified.html',
  'www.zhihu.com/question/600000001': 'zhihu/question.html',
  'www.zhihu.com/org/cctv-news': 'zhihu/org-profile.html',
  'www.xiaohongshu.com/explore': 'xiaohongshu/explore.html',
  'www.xiaohongshu.com/explore/6710a1b2000000001a02c3d4': 'xiaohongshu/note.html',
  'www.xiaohongshu.com/user/profile/65a1b2c3d4e5f60718293a4b': 'xiaohongshu/profile.html',
  'www.youtube.com/watch': 'youtube/watch.html',
  'www.youtube.com/@StrategicMissileForce': 'youtube/channel.html',
  'www.youtube.com/@NATO/videos': 'youtube/channel-verified.html',
  'www.youtube.com/channel/UCDefenceHQfix7ure000001': 'youtube/channel-verified-by-id.html',
  'www.tiktok.com/foryou': 'tiktok/foryou.html',
  'www.tiktok.com/@missileforce_official': 'tiktok/profile.html',
  'www.tiktok.com/@cctvvideonews/video/7300000000000000002': 'tiktok/video.html',
  'www.reddit.com/r/worldnews/comments/1abcde/official_statement/': 'reddit/thread.html',
  'old.reddit.com/r/worldnews/comments/1abcde/official_statement/': 'reddit/old-thread.html',
  'forum.example.org/t/1': 'generic/forum.html',
};

export interface FixtureServer {
  port: number;
  /** Every host the routes use, for --host-resolver-rules. */
  hosts: string[];
  close(): Promise<void>;
}

/**
 * Serves the hand-made fixture pages, and any file under /__fixtures/<site>/<file>, over http
 * and https on one port: some hosts (twitter.com, youtube.com) are HSTS-preloaded, so Chromium
 * only asks for them over TLS (with --ignore-certificate-errors it accepts the throwaway cert).
 */
export async function startFixtureServer(extraRoutes: Record<string, string | { html: string }> = {}): Promise<FixtureServer> {
  const routes = { ...ROUTES, ...extraRoutes };
  const handler: http.RequestListener = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const direct = url.pathname.startsWith('/__fixtures/') ? url.pathname.slice('/__fixtures/'.length) : null;
    const route = direct ?? routes[`${host}${url.pathname}`];
    if (typeof route === 'object') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(route.html);
      return;
    }
    const file = route ? path.resolve(SITES_DIR, route) : null;
    if (!file?.startsWith(SITES_DIR + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`no fixture for ${host}${url.pathname}`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  };
  const plain = http.createServer(handler);
  const secure = https.createServer(selfSignedCertificate(), handler);
  // The first byte tells a TLS handshake (0x16) from a plain HTTP request.
  const server = net.createServer((socket) => {
    socket.once('readable', () => {
      const first: Buffer | null = socket.read(1);
      if (!first) return socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const hosts = [...new Set(Object.keys(routes).map((r) => r.slice(0, r.indexOf('/'))))];
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    close: () =>
      new Promise((resolve) => {
        plain.closeAllConnections();
        secure.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A throwaway certificate (openssl), made once per process. */
let certificate: { key: Buffer; cert: Buffer } | null = null;
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  if (certificate) return certificate;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-cert-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=claimcheck-fixtures',
    ],
    {
      stdio: 'ignore',
    },
  );
  certificate = { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  fs.rmSync(dir, { recursive: true, force: true });
  return certificate;
}
