import path from 'node:path';

export type PageId = 'x' | 'weibo';

export interface BenchOptions {
  rounds: number;
  posts: number;
  /** Posts appended per tick, and the tick interval (issue 6: 20 every 50 ms). */
  batch: number;
  intervalMs: number;
  pages: PageId[];
  keepTracesDir: string | null;
  /** Wait after the extension's worker starts, before the page loads (both variants wait). */
  warmupMs: number;
  /** After the last append: at least settleMs, then until the main thread is quiet, at most maxSettleMs. */
  settleMs: number;
  quietWindowMs: number;
  quietFraction: number;
  maxSettleMs: number;
  /** Skip the freshness check and use .output/chrome-mv3 as it is. */
  skipBuild: boolean;
  /** Diagnosis: write a V8 CPU profile of each run with the extension here (adds overhead). */
  cpuProfileDir: string | null;
  /** Measure this unpacked extension instead of the project's build (e.g. an unminified one). */
  extensionDir: string | null;
}

const USAGE = `usage: npm run bench:page -- [--rounds 5] [--posts 2000] [--batch 20] [--interval 50]
  [--page x|weibo|both (default x)] [--keep-traces DIR] [--warmup 1500] [--settle 2000] [--max-settle 30000] [--no-build]
  diagnosis: [--cpu-profile DIR] [--extension UNPACKED_DIR]`;

export function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    rounds: 5,
    posts: 2000,
    batch: 20,
    intervalMs: 50,
    pages: ['x'],
    keepTracesDir: null,
    warmupMs: 1500,
    settleMs: 2000,
    quietWindowMs: 2000,
    quietFraction: 0.05,
    maxSettleMs: 30_000,
    skipBuild: false,
    cpuProfileDir: null,
    extensionDir: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    const positiveNumber = (): number => {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number`);
      return n;
    };
    switch (flag) {
      case '--rounds':
        options.rounds = Math.round(positiveNumber());
        break;
      case '--posts':
        options.posts = Math.round(positiveNumber());
        break;
      case '--batch':
        options.batch = Math.round(positiveNumber());
        break;
      case '--interval':
        options.intervalMs = positiveNumber();
        break;
      case '--page': {
        const which = value();
        if (which === 'both') options.pages = ['x', 'weibo'];
        else if (which === 'x' || which === 'weibo') options.pages = [which];
        else throw new Error(`--page must be x, weibo or both\n${USAGE}`);
        break;
      }
      case '--keep-traces':
        options.keepTracesDir = path.resolve(value());
        break;
      case '--warmup':
        options.warmupMs = positiveNumber();
        break;
      case '--settle':
        options.settleMs = positiveNumber();
        break;
      case '--max-settle':
        options.maxSettleMs = positiveNumber();
        break;
      case '--cpu-profile':
        options.cpuProfileDir = path.resolve(value());
        break;
      case '--extension':
        options.extensionDir = path.resolve(value());
        break;
      case '--no-build':
        options.skipBuild = true;
        break;
      case '-h':
      case '--help':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${flag}\n${USAGE}`);
    }
  }
  return options;
}
