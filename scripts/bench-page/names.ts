import fs from 'node:fs';
import path from 'node:path';
import type { PageId } from './options';

/** One account the timeline cycles through; `impostor` = the extension is expected to flag it. */
export interface TimelineName {
  name: string;
  /** x.com: the @handle (a pass number is appended on later passes); m.weibo.cn: the numeric uid. */
  handle: string;
  impostor: boolean;
}

/**
 * Per page: `impostors` are claims the engine flags without a matching badge (checked with
 * `npm run classify`: page-cost.mjs's kind of flagged list, Chinese institution and state-media
 * names, the traditional-script lookalike 央視新聞, 北京市公安局 with no badge); `genuine` are
 * ordinary people and hobby accounts in many scripts; first × last × decor generates more.
 */
interface NameLists {
  impostors: string[];
  genuine: string[];
  first: string[];
  last: string[];
  decor: string[];
}

const NAMES_FILE = path.resolve(import.meta.dirname, '../../e2e/fixtures/bench/timeline-names.json');
const NAMES_PER_LIST = 200;

/** 200 accounts, every tenth (index 3, 13, …) an impostor: about one in ten posts. */
export function timelineNames(page: PageId): TimelineName[] {
  const lists = (JSON.parse(fs.readFileSync(NAMES_FILE, 'utf8')) as Record<PageId, NameLists>)[page];
  const separator = page === 'x' ? ' ' : '';
  const generated = (k: number): string =>
    lists.first[k % lists.first.length]! +
    separator +
    lists.last[(k * 7 + Math.floor(k / lists.first.length)) % lists.last.length]! +
    lists.decor[k % lists.decor.length]!;
  const out: TimelineName[] = [];
  let impostors = 0;
  let genuine = 0;
  for (let i = 0; i < NAMES_PER_LIST; i++) {
    const impostor = i % 10 === 3;
    const name = impostor
      ? lists.impostors[impostors++ % lists.impostors.length]!
      : (lists.genuine[genuine] ?? generated(genuine - lists.genuine.length));
    if (!impostor) genuine++;
    // Handles stay within X's 15 characters with a pass number appended; uids are 10 digits.
    const handle = page === 'x' ? `bench_${String(i).padStart(3, '0')}_` : String(7_900_000_000 + i);
    out.push({ name, handle, impostor });
  }
  return out;
}
