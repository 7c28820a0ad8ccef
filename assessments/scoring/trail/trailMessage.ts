import * as z from 'zod';
import { TIERS } from '../../questionnaire/templateSchema';
import type { Tier } from '../../questionnaire/templateTypes';
import { en, type TrailCatalogue, type TrailKey } from './catalogue/en';

/**
 * A trail sentence as a key and its arguments, so that it can be written in the reader's language.
 * Arguments say what they are, not how they read: a tier is translated, a template text is looked
 * up by its translation key, an answer value is shown by its option label; a plain string (ids,
 * codes) and a number are printed as they are.
 */
export type TrailArg =
  | number
  | string
  | { tier: Tier }
  | { text: string; source: string }
  | { answer: string; value: string | number | boolean }
  | { percent: number }
  | { list: TrailArg[]; sep: ListSeparator }
  | TrailMessage;

export type ListSeparator = 'list' | 'answers' | 'values' | 'cutoffs';

export interface TrailMessage {
  key: TrailKey;
  args: Record<string, TrailArg>;
}

const trailKeySchema = z.enum(Object.keys(en) as [TrailKey, ...TrailKey[]]);

export const trailArgSchema: z.ZodType<TrailArg> = z.lazy(() =>
  z.union([
    z.number(),
    z.string(),
    z.object({ tier: z.enum(TIERS) }).strict(),
    z.object({ text: z.string(), source: z.string() }).strict(),
    z.object({ answer: z.string(), value: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
    z.object({ percent: z.number() }).strict(),
    z
      .object({ list: z.array(trailArgSchema), sep: z.enum(['list', 'answers', 'values', 'cutoffs']) })
      .strict(),
    trailMessageSchema,
  ]),
);

export const trailMessageSchema: z.ZodType<TrailMessage> = z.lazy(() =>
  z.object({ key: trailKeySchema, args: z.record(z.string(), trailArgSchema) }).strict(),
);

/** How a reader's language shows what a message refers to. */
export interface TrailLookup {
  catalogue: TrailCatalogue;
  tier(tier: Tier): string;
  /** A template text by its translation key, e.g. `questions.B9.flags.B9-STOP`. */
  text(key: string, source: string): string;
  /** An answer value of a question: an option's label, a scale point, a name. */
  answer(questionId: string, value: string | number | boolean): string;
}

/** The engine's own reading: English, with ids, option values and source texts as they are. */
export const SOURCE_LOOKUP: TrailLookup = {
  catalogue: en,
  tier: (tier) => tier,
  text: (_key, source) => source,
  answer: (_questionId, value) => String(value),
};

export function message(key: TrailKey, args: Record<string, TrailArg> = {}): TrailMessage {
  return { key, args };
}

export function formatTrail(msg: TrailMessage, lookup: TrailLookup): string {
  return lookup.catalogue[msg.key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(msg.args, name) ? formatArg(msg.args[name] as TrailArg, lookup) : whole,
  );
}

function formatArg(arg: TrailArg, lookup: TrailLookup): string {
  if (typeof arg === 'number' || typeof arg === 'string') return String(arg);
  if ('tier' in arg) return lookup.tier(arg.tier);
  if ('source' in arg) return lookup.text(arg.text, arg.source);
  if ('answer' in arg) return lookup.answer(arg.answer, arg.value);
  if ('percent' in arg) return formatTrail(message('percent', { value: arg.percent }), lookup);
  if ('list' in arg)
    return arg.list.map((item) => formatArg(item, lookup)).join(lookup.catalogue[`sep.${arg.sep}`]);
  return formatTrail(arg, lookup);
}

/** The English sentence the engine records beside the message. */
export const sourceText = (msg: TrailMessage): string => formatTrail(msg, SOURCE_LOOKUP);

export const idList = (ids: readonly string[]): TrailArg => ({ list: [...ids], sep: 'list' });
