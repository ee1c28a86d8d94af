import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './rate-limit';

export interface ServerConfig {
  host: string;
  port: number;
  dbPath: string;
  tokens: string[];
  /** READ_TOKENS: when set, only these read reports; when not, the report tokens read too. */
  readTokens: string[];
  rateLimit: RateLimitOptions | false;
  trustProxy: boolean;
  /** Host names an open server answers besides loopback names and IP addresses. */
  publicHosts: string[];
}

/**
 * Reads the environment (see server/README.md). Throws with a message naming the variable,
 * so a typo stops the server at start instead of running it with a surprising setting.
 */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const port = integerFrom(env, 'PORT', 8787, 0, 65_535);
  const perMinute = integerFrom(env, 'RATE_LIMIT', DEFAULT_RATE_LIMIT.requestsPerMinute, 0, 1_000_000);
  // TOKENS is the list; TOKEN (one token) is what the first server read, still honoured.
  const tokens = listFrom(`${env.TOKENS ?? ''},${env.TOKEN ?? ''}`);
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port,
    dbPath: env.DB?.trim() || './data/claimcheck.db',
    tokens,
    readTokens: listFrom(env.READ_TOKENS),
    rateLimit: perMinute === 0 ? false : { requestsPerMinute: perMinute },
    trustProxy: ['1', 'true', 'yes'].includes((env.TRUST_PROXY ?? '').trim().toLowerCase()),
    publicHosts: hostNamesFrom(env, 'PUBLIC_HOST'),
  };
}

/**
 * What the start-up log warns about: who can reach what without a token of their own. Every
 * extension user holds a report token, so report tokens that read expose everyone's reports.
 */
export function accessWarnings(config: Pick<ServerConfig, 'tokens' | 'readTokens'>): string[] {
  const reading = config.readTokens.length > 0;
  if (config.tokens.length === 0 && !reading) {
    return [
      'no access token configured (TOKENS): anyone who can reach this server can post reports and read them / 未配置访问令牌（TOKENS）：能访问本服务器的任何人都能提交并读取举报',
    ];
  }
  if (config.tokens.length === 0) {
    return [
      'no report token configured (TOKENS): anyone who can reach this server can post reports (reading needs READ_TOKENS) / 未配置举报令牌（TOKENS）：能访问本服务器的任何人都能提交举报（读取需要 READ_TOKENS）',
    ];
  }
  if (!reading) {
    return [
      'READ_TOKENS is not set: every report token (TOKENS) can read every report; set READ_TOKENS for reviewers / 未设置 READ_TOKENS：每个举报令牌（TOKENS）都能读取所有举报；请为审核人员设置 READ_TOKENS',
    ];
  }
  return [];
}

/** A comma-separated list, trimmed, without empty entries or repeats. */
function listFrom(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry, index, all) => entry !== '' && all.indexOf(entry) === index);
}

function hostNamesFrom(env: NodeJS.ProcessEnv, name: string): string[] {
  const hosts = listFrom(env[name]);
  const bad = hosts.find((host) => !/^[a-z0-9.\-_:[\]]+$/i.test(host));
  if (bad !== undefined)
    throw new Error(
      `${name} must be host names (no scheme or path), got "${bad}" / ${name} 必须是主机名（不含协议或路径），收到 "${bad}"`,
    );
  return hosts;
}

function integerFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `${name} must be an integer from ${min} to ${max}, got "${text}" / ${name} 必须是 ${min} 到 ${max} 之间的整数，收到 "${text}"`,
    );
  }
  return value;
}
