// zod/mini, not classic zod: the lists are validated when the engine loads, and the engine is
// bundled into the content script, where classic zod (its methods defeat tree-shaking) would
// add tens of KB.
import * as z from 'zod/mini';
import { FLAG_CATEGORIES, PLATFORMS } from '../../schemas/categories';

/** One real official account that counterfeits imitate. */
export const OfficialAccount = z.strictObject({
  platform: z.enum(PLATFORMS),
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  handle: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  category: z.enum(FLAG_CATEGORIES),
  /** Where the name, handle or id comes from. */
  source: z.string().check(z.minLength(1), z.maxLength(300)),
});
export type OfficialAccount = z.infer<typeof OfficialAccount>;
