import { z } from 'zod';

/** The answer a user gives to "I do not know"; scored pessimistically and listed as a data gap. */
export const UNKNOWN = 'unknown';

export const entitySchema = z
  .object({
    name: z.string().trim().min(1, 'enter the name'),
    aliases: z.array(z.string().trim().min(1)).default([]),
    address: z.string().trim().default(''),
    identifiers: z
      .array(z.object({ type: z.string().trim().min(1), value: z.string().trim().min(1) }).strict())
      .default([]),
    role: z.string().trim().default(''),
  })
  .strict();
export type Entity = z.infer<typeof entitySchema>;

/** One stored answer: the typed value (see docs/answers-format.md) and an optional free-text note. */
export const answerEntrySchema = z
  .object({
    value: z.json(),
    note: z.string().max(20_000).optional(),
  })
  .strict();
export type AnswerEntry = z.infer<typeof answerEntrySchema>;

export type Answers = Readonly<Record<string, AnswerEntry | undefined>>;
