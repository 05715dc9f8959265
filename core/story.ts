// A STAR story in the candidate's story bank, tagged with the Leadership Principles it shows.
import * as z from 'zod/mini';
import { Timestamp } from './timestamp';

const Text = (max: number) => z.string().check(z.maxLength(max));

export const Story = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  title: Text(500),
  /** Leadership Principle ids (as the ranking module names them). */
  principles: z.array(Text(100)),
  situation: Text(20_000),
  task: Text(20_000),
  action: Text(20_000),
  result: Text(20_000),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Story = z.infer<typeof Story>;
