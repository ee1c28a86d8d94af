/** One structured log line: a level, a short message that names the event, and its fields. */
export type LogLevel = 'info' | 'warn' | 'error';
export type Log = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => void;

/** Discards everything: the default for in-process servers (tests, e2e, benchmarks). */
export const silentLog: Log = () => {};

/**
 * Writes one JSON object per line, so a log shipper (journald, Loki, `jq`) can read it
 * without a parser for a custom format. Errors are flattened to their message and stack.
 */
export function jsonLineLog(write: (line: string) => void = (line) => process.stdout.write(line)): Log {
  return (level, msg, fields = {}) => {
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, msg };
    for (const [key, value] of Object.entries(fields)) {
      entry[key] = value instanceof Error ? { message: value.message, stack: value.stack } : value;
    }
    write(`${JSON.stringify(entry)}\n`);
  };
}
