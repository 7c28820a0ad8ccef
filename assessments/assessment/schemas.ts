import * as z from 'zod';
import { answerEntrySchema } from '../questionnaire/answers';
import { MAX_ANSWER_DEPTH, nestsDeeperThan } from '../questionnaire/answersFile';
import { tierSchema } from '../questionnaire/templateSchema';
import { countryCodeSchema } from '../shared/countries';

export const assessmentIdSchema = z.uuid({ error: 'expected an assessment id (UUID)' });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

export const questionIdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'expected a question id such as "A5" (letters, digits, _ . -)');

/** The title rule shared by creating and renaming; the database checks the same length. */
export const MAX_TITLE_LENGTH = 200;
export const assessmentTitleSchema = z
  .string()
  .trim()
  .min(1, 'enter a title')
  .max(MAX_TITLE_LENGTH, `at most ${MAX_TITLE_LENGTH} characters`);

export const createAssessmentInputSchema = z.object({
  title: assessmentTitleSchema,
  destinationCountry: countryCodeSchema.nullish().transform((value) => value ?? null),
  endUserName: optionalText(200),
  productDescription: optionalText(2000),
  /** The template to answer; defaults to the surveillance-export HRIA when the app ships it. */
  templateId: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,62}$/, 'expected a template id')
    .optional(),
  templateVersion: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 1.0.0')
    .optional(),
  /**
   * Answers known when the assessment is opened (destination, parties, product category), saved with
   * it in one transaction and checked against the pinned template like any other answer.
   */
  initialAnswers: z
    .record(questionIdSchema, answerEntrySchema)
    .refine((answers) => Object.keys(answers).length <= 100, 'at most 100 initial answers')
    .optional(),
});

export const templateRefSchema = z.object({ id: z.string(), version: z.string(), hash: z.string() });

export const assessmentStatusSchema = z.enum(['draft', 'in_review', 'decided', 'signed']);

export const assessmentSummarySchema = z.object({
  id: assessmentIdSchema,
  title: z.string(),
  destinationCountry: z.string().nullable(),
  endUserName: z.string().nullable(),
  productDescription: z.string().nullable(),
  status: assessmentStatusSchema,
  /** The template version this assessment is pinned to; null for an assessment without a questionnaire. */
  template: templateRefSchema.nullable(),
  /** The latest decision, if any; `stale` once an answer changed after it. */
  decision: z
    .object({
      finalRecommendation: z.enum(['approve', 'approve-with-conditions', 'refer', 'deny']),
      decidedAt: z.string(),
      stale: z.boolean(),
    })
    .nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});

/**
 * When the assessment left the everyday list; null while in use. Archiving keeps every record. It
 * stays outside the summary because a signed report embeds the summary, and archiving afterwards
 * says nothing about what was signed (reports signed before it existed must keep verifying too).
 */
export const archivedAtSchema = z.string().nullable();

/** The summary as the list and the rename and archive operations return it. */
export const archivableSummarySchema = assessmentSummarySchema.extend({ archivedAt: archivedAtSchema });

export const renameAssessmentInputSchema = z.object({
  id: assessmentIdSchema,
  title: assessmentTitleSchema,
});

export const archiveAssessmentInputSchema = z.object({
  id: assessmentIdSchema,
  /** True archives, false brings it back to the list. */
  archived: z.boolean(),
});

/** A row of the assessment list: the summary plus the tier computed from the current answers. */
export const assessmentListItemSchema = archivableSummarySchema.extend({
  /** Null when the assessment has no questionnaire template or its answers cannot be scored. */
  tier: tierSchema.nullable(),
});

/** Largest single answer accepted, as serialised JSON. */
export const MAX_ANSWER_BYTES = 256 * 1024;

export const answerValueSchema = z
  .custom<z.input<ReturnType<typeof z.json>>>((value) => !nestsDeeperThan(value), {
    message: `an answer may nest at most ${MAX_ANSWER_DEPTH} levels deep`,
    abort: true,
  })
  .pipe(z.json())
  .refine((value) => JSON.stringify(value).length <= MAX_ANSWER_BYTES, {
    message: `an answer may hold at most ${MAX_ANSWER_BYTES} characters`,
  });

export const MAX_NOTE_LENGTH = 20_000;

export const saveAnswerInputSchema = z.object({
  assessmentId: assessmentIdSchema,
  questionId: questionIdSchema,
  value: answerValueSchema,
  note: z.string().max(MAX_NOTE_LENGTH, `a note may hold at most ${MAX_NOTE_LENGTH} characters`).nullish(),
});

export const storedAnswerSchema = z.object({
  questionId: z.string(),
  value: z.json(),
  note: z.string().nullable(),
  revision: z.number().int().min(1),
  answeredBy: z.string(),
  answeredAt: z.string(),
});

const versionLinkSchema = z.object({
  id: assessmentIdSchema,
  title: z.string(),
  template: templateRefSchema.nullable(),
});

export const assessmentDetailSchema = z.object({
  assessment: assessmentSummarySchema,
  archivedAt: archivedAtSchema,
  answers: z.array(storedAnswerSchema),
  /** The assessment this one continues (made by an upgrade) and the one that continues it, if any. */
  versions: z.object({ previous: versionLinkSchema.nullable(), next: versionLinkSchema.nullable() }),
});

/** A whole assessment at once (batch use, `assay assess`): created with all its answers or not at all. */
export const importAssessmentInputSchema = createAssessmentInputSchema.omit({ initialAnswers: true }).extend({
  templateId: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'expected a template id'),
  answers: z.record(questionIdSchema, answerEntrySchema),
});
