// npm run classify -- FILE: one verdict per JSON Lines account, in order, as detection.md says.
// A malformed line gives {"line":N,"error":"…"} in its place; exit status 1 if any was malformed.
// The official account a lookalike resembles is named in its reason's message.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createEngine, reasonMessage } from '../utils/engine';
import { AccountInput } from '../utils/schemas/account';
import { DEFAULT_SETTINGS } from '../utils/schemas/settings';
import type { Verdict } from '../utils/schemas/verdict';

function toOutput(id: string | undefined, verdict: Verdict) {
  return {
    ...(id !== undefined ? { id } : {}),
    flags: verdict.flags.map((f) => ({
      category: f.category,
      severity: f.severity,
      score: f.score,
      reasons: f.reasons.map((r) => ({
        code: r.code,
        field: r.field,
        ...(r.match !== undefined ? { match: r.match } : {}),
        message: reasonMessage(r, 'en'),
      })),
    })),
    rulesetVersion: verdict.rulesetVersion,
  };
}

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return `invalid JSON: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

async function main(file: string | undefined): Promise<number> {
  if (!file) {
    process.stderr.write('usage: npm run classify -- FILE  (JSON Lines; "-" reads standard input)\n');
    return 2;
  }
  const engine = createEngine();
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let malformed = 0;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length > 0) process.stdout.write(`${buffer.join('\n')}\n`);
    buffer = [];
  };
  for await (const text of lines) {
    lineNumber++;
    let out: unknown;
    try {
      // A UTF-8 byte-order mark some editors write is not part of the first account.
      const json = lineNumber === 1 ? text.replace(/^\ufeff/, '') : text;
      const parsed = AccountInput.safeParse(JSON.parse(json));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(
          `invalid account: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'schema mismatch'}`,
        );
      }
      out = toOutput(parsed.data.id, engine.evaluate(parsed.data, DEFAULT_SETTINGS));
    } catch (error) {
      malformed++;
      out = { line: lineNumber, error: describe(error) };
    }
    buffer.push(JSON.stringify(out));
    if (buffer.length >= 512) flush();
  }
  flush();
  return malformed > 0 ? 1 : 0;
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`classify: ${describe(error)}\n`);
    process.exitCode = 2;
  },
);
