// npm run evaluate: precision, recall and F1 of the engine on the labelled corpus, and every miss.
import { createEngine } from '../utils/engine';
import { loadCorpus } from '../utils/engine/corpus/load';
import { evaluateCorpus } from '../utils/engine/evaluation';
import { DEFAULT_SETTINGS } from '../utils/schemas/settings';
import { FLAG_CATEGORIES } from '../utils/schemas/verdict';

const entries = loadCorpus();
const result = evaluateCorpus(createEngine(), entries, DEFAULT_SETTINGS);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const kinds: Record<string, number> = {};
for (const e of entries) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;

console.log(
  `corpus: ${entries.length} accounts (${Object.entries(kinds)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')})\n`,
);
console.log(`${'category'.padEnd(20)}  ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall      F1`);
for (const [name, c] of [
  ...FLAG_CATEGORIES.map((k) => [k, result.perCategory[k]] as const),
  ['overall', result.overall] as const,
]) {
  console.log(
    `${name.padEnd(20)}  ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${pct(c.precision)}    ${pct(c.recall)} ${pct(c.f1)}`,
  );
}
const perFile = new Map<string, { accounts: number; misses: number }>();
for (const e of entries) perFile.set(e.file, { accounts: (perFile.get(e.file)?.accounts ?? 0) + 1, misses: 0 });
for (const m of result.misses) perFile.get(m.entry.file)!.misses++;
// held-out.jsonl was written after the rules were tuned and is not tuned against.
console.log(`\n${[...perFile].map(([file, n]) => `${file}: ${n.accounts} accounts, ${n.misses} misses`).join('\n')}`);
console.log(`\nmisses: ${result.misses.length}`);
for (const m of result.misses) {
  const a = m.entry.account;
  const label = a.verification.label ? ` "${a.verification.label}"` : '';
  console.log(
    `  ${m.kind === 'false-positive' ? 'FP' : 'FN'} ${m.category.padEnd(18)} ${m.entry.file}:${m.entry.line}  ${a.platform} "${a.displayName}"` +
      `${a.handle ? ` @${a.handle}` : ''} [${a.verification.kind}${label}] flagged=[${m.flagged.join(',')}]  (${m.entry.note})`,
  );
}
