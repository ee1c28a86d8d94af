import { accessWarnings, configFromEnv } from './config';
import { jsonLineLog } from './log';
import { startServer } from './start';

/** `npm run server`: the reference endpoint, configured from the environment. */
const log = jsonLineLog();

async function main(): Promise<void> {
  const config = configFromEnv(process.env);
  for (const warning of accessWarnings(config)) log('warn', warning);
  const server = await startServer({ ...config, log });
  log('info', 'listening', {
    url: server.url,
    db: server.store.path,
    tokens: config.tokens.length,
    readTokens: config.readTokens.length,
    rateLimitPerMinute: config.rateLimit === false ? null : config.rateLimit.requestsPerMinute,
    trustProxy: config.trustProxy,
    publicHosts: config.publicHosts,
  });

  const shutdown = (signal: NodeJS.Signals) => {
    log('info', 'shutting down', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log('error', 'shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  // A second signal while draining is not a reason to cut off requests: close() is idempotent.
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  log('error', 'failed to start', { error });
  process.exit(1);
});
