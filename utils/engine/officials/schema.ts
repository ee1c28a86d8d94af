import { z } from 'zod';
import { Platform } from '../../schemas/account';
import { FlagCategory } from '../../schemas/verdict';

/** One real official account that counterfeits imitate. */
export const OfficialAccount = z.strictObject({
  platform: Platform,
  name: z.string().min(1).max(100),
  handle: z.string().min(1).max(100).optional(),
  id: z.string().min(1).max(100).optional(),
  category: FlagCategory,
  /** Where the name, handle or id comes from. */
  source: z.string().min(1).max(300),
});
export type OfficialAccount = z.infer<typeof OfficialAccount>;

type Short = 'mil' | 'inst' | 'news';
const LONG: Record<Short, FlagCategory> = { mil: 'military', inst: 'public-institution', news: 'news-media' };

/** Rows are [name, handle, id, category] to keep the lists readable; '' means unknown. */
export type Row = readonly [string, string, string, Short];

export function expand(platform: Platform, rows: readonly Row[], source: (r: Row) => string): OfficialAccount[] {
  return rows.map((r) => {
    const [name, handle, id, short] = r;
    return OfficialAccount.parse({
      platform,
      name,
      ...(handle ? { handle } : {}),
      ...(id ? { id } : {}),
      category: LONG[short],
      source: source(r),
    });
  });
}
