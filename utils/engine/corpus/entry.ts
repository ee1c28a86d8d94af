import { z } from 'zod';
import { AccountInput } from '../../schemas/account';
import { FlagCategory } from '../../schemas/verdict';

/** One labelled account of the corpus: what it is and which categories it should be flagged in. */
export const CorpusEntry = z.strictObject({
  kind: z.enum(['impostor', 'genuine', 'innocent']),
  expect: z.array(FlagCategory),
  note: z.string().min(1),
  account: AccountInput.extend({ id: z.string().optional() }),
});
export type CorpusEntry = z.infer<typeof CorpusEntry>;

export interface LocatedEntry extends CorpusEntry {
  file: string;
  line: number;
}
