import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR } from '../../e2e/support/browser';

const REPO = path.resolve(import.meta.dirname, '../..');
/** What goes into the build: a newer file here than the build's manifest means the build is stale. */
const SOURCES = ['entrypoints', 'utils', 'components', 'public', 'assets', 'locales', 'wxt.config.ts', 'package.json'];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) {
    // Tests do not go into the bundle; editing one should not force a rebuild.
    if (/\.test\.tsx?$/.test(child) || child === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Builds .output/chrome-mv3 with `npx wxt build` when it is missing or older than its sources. */
export function ensureFreshBuild(skip: boolean): void {
  const manifest = path.join(BUILD_DIR, 'manifest.json');
  const builtAt = fs.existsSync(manifest) ? fs.statSync(manifest).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(REPO, s))));
  if (skip) {
    if (!builtAt) throw new Error(`--no-build, but there is no build at ${BUILD_DIR}`);
    if (sourcesAt > builtAt) console.log('note: the build is older than its sources (--no-build: measuring it anyway)');
    return;
  }
  if (builtAt && builtAt >= sourcesAt) return;
  console.log(builtAt ? 'the build is older than its sources: npx wxt build' : 'no build yet: npx wxt build');
  execFileSync('npx', ['wxt', 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * A private copy of the build, so that a rebuild by someone else during the bench (the build
 * directory is shared) cannot change the extension between runs. The code is the build's.
 */
export function snapshotBuild(source = BUILD_DIR): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-bench-ext-'));
  fs.cpSync(source, dir, { recursive: true });
  return dir;
}

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The host part of a manifest match pattern: `*://*.weibo.com/*` → `*.weibo.com`. */
export const patternHost = (pattern: string): string | undefined => /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1];

/** Whether a manifest match pattern (`*://host/*`, `*://*.domain/*`) covers a host name. */
function patternCovers(pattern: string, host: string): boolean {
  const at = patternHost(pattern);
  if (!at) return false;
  if (at === '*') return true;
  return at.startsWith('*.') ? host === at.slice(2) || host.endsWith(at.slice(1)) : host === at;
}

/** The content scripts a tab on `host` loads (from the manifest), raw and gzipped (gzip -9). */
export function contentScriptSizes(extensionDir: string, host: string): BundleSize[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches: string[]; js?: string[] }[];
  };
  const files = (manifest.content_scripts ?? [])
    .filter((cs) => cs.matches.some((m) => patternCovers(m, host)))
    .flatMap((cs) => cs.js ?? []);
  return [...new Set(files)].map((file) => {
    const body = fs.readFileSync(path.join(extensionDir, file));
    return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
}
