import * as z from 'zod';

/**
 * The template format: a versioned questionnaire definition (sections → questions) with its scoring
 * methodology. Texts are written in the template's source locale; translations live beside it, one
 * file per locale, keyed by `translationKeys`. This schema is the single source of the published
 * JSON Schema (docs/template.schema.json) and of docs/template-format.md.
 */

const id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'expected an identifier: a letter, then letters, digits, _ or -');
const questionId = z
  .string()
  .regex(/^[A-Z][0-9]{1,2}$/, 'expected a question id such as "B9" (section letter + number)');
const text = z.string().trim().min(1, 'expected non-empty text');

export const RISK_MAX = 4;
const risk = z.number().int().min(0).max(RISK_MAX, `expected a risk weight from 0 to ${RISK_MAX}`);

export const LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const ANSWER_TYPES = [
  'single',
  'multi',
  'yesno',
  'scale',
  'text',
  'date',
  'country',
  'entity',
  'evidence',
] as const;
export const answerTypeSchema = z.enum(ANSWER_TYPES);
export type AnswerType = z.infer<typeof answerTypeSchema>;

export const RED_FLAG_CODES = ['STOP', 'ESC', 'NOTIFY', 'GAP'] as const;
export const redFlagCodeSchema = z.enum(RED_FLAG_CODES);
export type RedFlagCode = z.infer<typeof redFlagCodeSchema>;

export const TIERS = ['Low', 'Medium', 'High', 'Unacceptable'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

export const RECOMMENDATIONS = ['approve', 'approve-with-conditions', 'refer', 'deny'] as const;
export const recommendationSchema = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof recommendationSchema>;

/** Where a question, flag or rule rests in law or guidance. `source` names an entry of `sources`. */
export const mappingSchema = z
  .object({
    framework: text,
    clause: text,
    source: id,
    /** True when `clause` restates the law in other words rather than quoting it. */
    paraphrase: z.boolean().default(true),
  })
  .strict();

export const sourceSchema = z
  .object({
    id,
    citation: text,
    url: z.url().optional(),
  })
  .strict();

export const optionSchema = z
  .object({
    value: id,
    label: text,
    /** Absent on descriptive options of unscored questions. */
    risk: risk.optional(),
    /** Selecting it clears and forbids every other option of a multi (e.g. "none of these"). */
    exclusive: z.boolean().optional(),
    /**
     * Single questions: choosing it takes the question out of the score, as if it did not apply
     * (e.g. "country not covered by the index"). It carries no risk.
     */
    notApplicable: z.boolean().optional(),
  })
  .strict();

/** How a multi-select (or a scale) turns into one risk weight. */
export const aggregateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('max') }).strict(),
  z
    .object({
      kind: z.literal('count'),
      /** Which options count: "selected" counts chosen options, "missing" the scored options not chosen. */
      counting: z.enum(['selected', 'missing']),
      /** Risk for 0, 1, 2, … counted items; counts beyond the table take its last entry. */
      table: z.array(risk).min(1),
    })
    .strict(),
  z
    .object({
      kind: z.literal('sum'),
      /** Sum of the chosen options' risks, capped. */
      cap: risk,
    })
    .strict(),
]);
export type Aggregate = z.infer<typeof aggregateSchema>;

export const scaleSchema = z
  .object({
    min: z.number().int(),
    max: z.number().int(),
    /** Risk for each point of the scale, from min to max; absent for unscored scales. */
    risk: z.array(risk).optional(),
    /** Anchor labels for some points, keyed by the point as a string. */
    labels: z.record(z.string().regex(/^-?\d+$/), text).default({}),
  })
  .strict();

export const guidanceSchema = z
  .object({
    /** What the assessor should look for and how to judge it. */
    lookFor: text,
    /** Where to look: kinds of source, named reports, registers. */
    sources: text,
  })
  .strict();

export const redFlagRuleSchema = z
  .object({
    /** Unique in the template, e.g. "B9-STOP". */
    id,
    code: redFlagCodeSchema,
    /** Expression in the show-if language; the flag is raised when it is true. */
    when: text,
    message: text,
    basis: z.array(mappingSchema).min(1, 'a red flag must name the framework clause it rests on'),
  })
  .strict();

export const questionSchema = z
  .object({
    id: questionId,
    type: answerTypeSchema,
    text,
    guidance: guidanceSchema,
    /** The (×n) multiplier; absent means the question is descriptive and not scored. */
    importance: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    options: z.array(optionSchema).optional(),
    scale: scaleSchema.optional(),
    aggregate: aggregateSchema.optional(),
    /** Whether "Unknown" is offered; judgement questions offer it. */
    allowUnknown: z.boolean().default(false),
    /** Risk of an Unknown answer; defaults to the template's `scoring.unknownRisk`. */
    unknownRisk: risk.optional(),
    required: z.boolean().default(true),
    evidenceRequired: z.boolean().default(false),
    /** For entity questions: several parties may be entered. */
    multiple: z.boolean().default(false),
    /** A free-text note beside the structured answer ("single + text"); its prompt. */
    note: text.optional(),
    showIf: text.optional(),
    redFlags: z.array(redFlagRuleSchema).default([]),
    mapsTo: z.array(mappingSchema).min(1, 'every question must cite where it comes from'),
  })
  .strict();
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z
  .object({
    id: z.string().regex(/^[A-Z]$/, 'expected a section letter A–Z'),
    title: text,
    description: text.optional(),
    questions: z.array(questionSchema).min(1),
  })
  .strict();
export type Section = z.infer<typeof sectionSchema>;

const band = z.number().int().min(1).max(5);

/** Most decisive answers a template may name: the exemption must stay the exception. */
export const MAX_DECISIVE = 8;

/**
 * Methodology 1.1 (optional; absent, scoring is exactly as before): while `when` holds, the severity
 * dimension `dimension` counts at most `atMost` toward the dimension maximum. Floors still apply.
 */
export const severityCapSchema = z
  .object({
    /** Unique among the caps, e.g. "F4-scope-cap"; the translation key is `scoring.caps.<id>`. */
    id,
    /** One of `severity.dimensions`. */
    dimension: questionId,
    atMost: z.number().int().min(1, 'expected a band from 1 to 5').max(5, 'expected a band from 1 to 5'),
    /** Expression in the show-if language (answers only: severity is not known yet). */
    when: text,
    reason: text,
  })
  .strict();

/**
 * Methodology 1.1 (optional): a scored question whose single answer may legitimately move the matrix
 * tier by more than one step. No effect on the score; the cliff analysis reports such changes apart.
 */
export const decisiveAnswerSchema = z
  .object({
    question: questionId,
    /** Why one answer may decide; the translation key is `scoring.decisive.<question>`. */
    reason: text,
  })
  .strict();

/** Methodology 1.1 (optional): while `when` holds, the result asks the assessor to revisit `question`. */
export const revisitPromptSchema = z
  .object({
    /** Unique among the prompts; the translation key is `scoring.revisit.<id>`. */
    id,
    question: questionId,
    /** Expression in the show-if language (answers only, like the other scoring rules). */
    when: text,
    reason: text,
  })
  .strict();

export const scoringSchema = z
  .object({
    /** Version of the methodology; recorded with every result. */
    version: text,
    /**
     * Record each explanation step as a message (key and arguments) beside its English text, so the
     * trail reads in the reader's language. Off in scoring versions released without it (frozen).
     */
    trailMessages: z.boolean().optional(),
    unknownRisk: risk.default(3),
    severity: z
      .object({
        /** Scale questions whose maximum is the severity band (1–5). */
        dimensions: z.array(questionId).min(1),
        /** Raise severity to at least `atLeast` when `when` holds. */
        floors: z.array(z.object({ id, when: text, atLeast: band, reason: text }).strict()).default([]),
        /** Methodology 1.1: cap a dimension while a condition holds. No default: absent means none. */
        caps: z.array(severityCapSchema).optional(),
      })
      .strict(),
    likelihood: z
      .object({
        /** Weighted section scores (0–100); `questions` limits a component to some of its section. */
        components: z
          .array(
            z
              .object({
                section: z.string().regex(/^[A-Z]$/),
                questions: z.array(questionId).optional(),
                weight: z.number().min(0).max(1),
              })
              .strict(),
          )
          .min(1),
        /** Upper bounds (exclusive) of bands 1–4 on the 0–100 score; above the last is band 5. */
        cutoffs: z.tuple([z.number(), z.number(), z.number(), z.number()]),
        /** When any holds, likelihood is 5 (actual misuse evidenced). */
        actual: z.array(z.object({ id, when: text, reason: text }).strict()).default([]),
        /** Scale question by which the assessor may move the band by ±1 (with justification). */
        assessorJudgement: questionId.optional(),
      })
      .strict(),
    mitigation: z
      .object({
        /** All must hold for the credit. */
        when: text,
        credit: z.number().int().min(0).max(2),
        maxSeverity: band,
      })
      .strict()
      .optional(),
    /** matrix[severity-1][likelihood-1] */
    matrix: z.array(z.array(tierSchema).length(5)).length(5),
    /** ESC flags in this many different sections make the tier Unacceptable. */
    cumulativeEscalationSections: z.number().int().min(2).optional(),
    /** Share of Unknown answers among scored, visible questions of these sections that forbids Low/Medium. */
    unknownGate: z
      .object({ sections: z.array(z.string().regex(/^[A-Z]$/)).min(1), maxShare: z.number().min(0).max(1) })
      .strict()
      .optional(),
    recommendations: z
      .object({
        Low: recommendationSchema,
        Medium: recommendationSchema,
        High: recommendationSchema,
        Unacceptable: recommendationSchema,
      })
      .strict(),
    /** Methodology 1.1: answers exempt from the cliff analysis. No default: absent means none. */
    decisive: z
      .array(decisiveAnswerSchema)
      .max(MAX_DECISIVE, `at most ${MAX_DECISIVE} decisive answers: name only the questions that must decide`)
      .optional(),
    /** Methodology 1.1: prompts to revisit a question. No default: absent means none. */
    revisit: z.array(revisitPromptSchema).optional(),
  })
  .strict();
export type ScoringConfig = z.infer<typeof scoringSchema>;
export type SeverityCap = z.infer<typeof severityCapSchema>;
export type DecisiveAnswer = z.infer<typeof decisiveAnswerSchema>;
export type RevisitPrompt = z.infer<typeof revisitPromptSchema>;

export const templateSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('assay-template/1'),
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,62}$/, 'expected a lower-case slug such as "surveillance-export-hria"'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as "1.0.0"'),
    title: text,
    description: text,
    sourceLocale: localeSchema,
    /** Locales that must be complete; the source locale is always one of them. */
    locales: z.array(localeSchema).min(1),
    sources: z.array(sourceSchema).default([]),
    scoring: scoringSchema.optional(),
    sections: z.array(sectionSchema).min(1),
  })
  .strict();
export type Template = z.infer<typeof templateSchema>;

export const translationSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('assay-template-translation/1'),
    template: z.string(),
    version: z.string(),
    locale: localeSchema,
    texts: z.record(z.string(), text),
  })
  .strict();
export type Translation = z.infer<typeof translationSchema>;
