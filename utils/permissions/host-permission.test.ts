import { describe, expect, it } from 'vitest';
import { endpointOriginPattern, sitePattern } from './host-permission';
import { OPTIONAL_HOST_PATTERNS } from './optional-hosts';

/** Match patterns as Chromium reads them: `*` scheme = http and https; `*.` host = it and below. */
function parts(pattern: string) {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  return { schemes: m[1] === '*' ? ['http', 'https'] : [m[1]!], host: m[2]!, path: m[3]! };
}

/** Whether `outer` grants everything `inner` asks for (what permissions.request checks first). */
function covers(outer: string, inner: string): boolean {
  const o = parts(outer);
  const i = parts(inner);
  if (!i.schemes.every((s) => o.schemes.includes(s))) return false;
  if (o.path !== '/*' && o.path !== i.path) return false;
  if (o.host === '*') return true;
  if (o.host.startsWith('*.')) {
    const base = o.host.slice(2);
    const host = i.host.startsWith('*.') ? i.host.slice(2) : i.host;
    return host === base || host.endsWith(`.${base}`);
  }
  return o.host === i.host;
}

const requestable = (pattern: string) => OPTIONAL_HOST_PATTERNS.some((declared) => covers(declared, pattern));

describe('the host permissions the extension asks for at run time', () => {
  it('are all declared as optional, or the browser refuses them without a prompt', () => {
    for (const host of ['forum.example.org', 'mastodon.social', 'news.ycombinator.com', '192.168.1.20']) {
      expect(requestable(sitePattern(host)), sitePattern(host)).toBe(true);
    }
    for (const url of [
      'https://reports.example.org/v1/reports',
      'http://127.0.0.1:8787/',
      'http://localhost:8787/',
      'http://[::1]:8787/',
    ]) {
      expect(requestable(endpointOriginPattern(url)), url).toBe(true);
    }
  });

  it('are read the way the browser reads patterns (the check above can fail)', () => {
    expect(covers('https://*/*', sitePattern('forum.example.org'))).toBe(false);
    expect(covers('https://*/*', 'https://forum.example.org/*')).toBe(true);
    expect(covers('*://*.example.org/*', 'https://a.example.org/*')).toBe(true);
    expect(covers('*://*.example.org/*', 'https://example.com/*')).toBe(false);
  });
});
