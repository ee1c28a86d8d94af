import type { FlagCategory, Platform } from '../../schemas/categories';
import type { OfficialAccount } from './schema';

type Short = 'mil' | 'inst' | 'news';
const LONG: Record<Short, FlagCategory> = { mil: 'military', inst: 'public-institution', news: 'news-media' };

/** Rows are [name, handle, id, category] to keep the lists readable; '' means unknown. */
export type Row = readonly [string, string, string, Short];

/** Accounts from rows, as written: officials/index.ts validates them (see shipped.ts). */
export function expand(platform: Platform, rows: readonly Row[], source: (r: Row) => string): OfficialAccount[] {
  return rows.map((r) => {
    const [name, handle, id, short] = r;
    return {
      platform,
      name,
      ...(handle ? { handle } : {}),
      ...(id ? { id } : {}),
      category: LONG[short],
      source: source(r),
    };
  });
}
