import type { z } from 'zod';
import { AppError, NotFoundError } from '../shared/errors';
import { saveAnswer, type AssessmentDeps } from '../assessment/assessmentService';
import { selectAssessment } from '../store/assessmentRows';
import type { Db } from '../store/openDatabase';
import { datasetLabel } from './datasetService';
import type { suggestionSchema } from './suggestionSchemas';

type Suggestion = z.output<typeof suggestionSchema>;

interface LatestValue {
  dataset_id: string;
  source_name: string;
  vintage: string | null;
  indicator: string;
  year: number;
  value: number | null;
  text_value: string | null;
}

/**
 * The newest value of any of `indicators` for a country: from the dataset with the latest vintage
 * (then the latest import), and within it the latest year.
 */
function latestValue(db: Db, country: string, indicators: readonly string[]): LatestValue | undefined {
  return db
    .prepare(
      `SELECT i.dataset_id, d.source_name, d.vintage, i.indicator, i.year, i.value, i.text_value
       FROM reference_indicators i JOIN reference_datasets d ON d.id = i.dataset_id
       WHERE i.country_code = $country AND i.indicator IN (${indicators.map((_, n) => `$i${n}`).join(', ')})
       ORDER BY coalesce(d.vintage, '') DESC, d.imported_at DESC, i.year DESC LIMIT 1`,
    )
    .get({ country, ...Object.fromEntries(indicators.map((name, n) => [`i${n}`, name])) }) as
    LatestValue | undefined;
}

/** Whether any dataset carries the indicator at all (so a missing country means "not covered"). */
function latestDatasetWith(db: Db, indicators: readonly string[]): LatestValue | undefined {
  return db
    .prepare(
      `SELECT i.dataset_id, d.source_name, d.vintage, i.indicator, i.year, NULL AS value, NULL AS text_value
       FROM reference_indicators i JOIN reference_datasets d ON d.id = i.dataset_id
       WHERE i.indicator IN (${indicators.map((_, n) => `$i${n}`).join(', ')})
       ORDER BY coalesce(d.vintage, '') DESC, d.imported_at DESC, i.year DESC LIMIT 1`,
    )
    .get(Object.fromEntries(indicators.map((name, n) => [`i${n}`, name]))) as LatestValue | undefined;
}

const STATUS: Record<string, string> = {
  f: 'free',
  free: 'free',
  pf: 'partly-free',
  'partly free': 'partly-free',
  'partly-free': 'partly-free',
  nf: 'not-free',
  'not free': 'not-free',
  'not-free': 'not-free',
};

const byText =
  (map: Readonly<Record<string, string>>) =>
  (value: LatestValue): string | null =>
    map[(value.text_value ?? '').trim().toLowerCase()] ?? null;

/** Freedom on the Net bands on its 0–100 scale (100 most free). */
function fotnBand(value: LatestValue): string | null {
  if (value.value === null) return byText(STATUS)(value);
  return value.value >= 70 ? 'free' : value.value >= 40 ? 'partly-free' : 'not-free';
}

/** RSF bands of the 2022 methodology: Good 85–100, Satisfactory 70–85, Problematic 55–70, Difficult 40–55. */
function rsfBand(value: LatestValue): string | null {
  if (value.value === null) return null;
  if (value.value >= 85) return 'good';
  if (value.value >= 70) return 'satisfactory';
  if (value.value >= 55) return 'problematic';
  if (value.value >= 40) return 'difficult';
  return 'very-serious';
}

const CIVICUS = ['open', 'narrowed', 'obstructed', 'repressed', 'closed'];

/** V-Dem Regimes of the World: the text label, or v2x_regime's 0–3 code. */
const REGIMES = ['closed-autocracy', 'electoral-autocracy', 'electoral-democracy', 'liberal-democracy'];

function regime(value: LatestValue): string | null {
  if (value.value !== null) return REGIMES[value.value] ?? null;
  const text = (value.text_value ?? '').trim().toLowerCase().replace(/\s+/gu, '-');
  return REGIMES.includes(text) ? text : null;
}

interface Rule {
  questionId: string;
  indicators: readonly string[];
  map: (value: LatestValue) => string | null;
  /** The option to suggest when datasets carry the indicator but not this country. */
  notCovered?: string;
}

const RULES: readonly Rule[] = [
  { questionId: 'C3', indicators: ['fh.fiw.status'], map: byText(STATUS) },
  {
    questionId: 'C4',
    indicators: ['fh.fotn.status', 'fh.fotn.score'],
    map: fotnBand,
    notCovered: 'not-covered',
  },
  {
    questionId: 'C5',
    indicators: ['civicus.rating'],
    map: (value) => {
      const text = (value.text_value ?? '').trim().toLowerCase();
      return CIVICUS.includes(text) ? text : null;
    },
  },
  { questionId: 'C6', indicators: ['rsf.score'], map: rsfBand },
  { questionId: 'C7', indicators: ['vdem.row', 'vdem.v2x-regime'], map: regime },
];

/** Treaty indicators of C11 and the gap option each one's absence ticks. */
const TREATIES = [
  ['ohchr.iccpr', 'iccpr-not-ratified'],
  ['ohchr.cat', 'cat-not-ratified'],
  ['ohchr.iccpr-op1', 'no-individual-complaint-route'],
] as const;

function ratified(value: LatestValue): boolean | null {
  if (value.value !== null) return value.value >= 1;
  const text = (value.text_value ?? '').trim().toLowerCase();
  if (['ratified', 'yes', 'acceded', 'succession'].includes(text)) return true;
  if (['not-ratified', 'not ratified', 'no', 'signed', 'signed-only'].includes(text)) return false;
  return null;
}

function describe(value: LatestValue, country: string): string {
  const raw = value.text_value ?? String(value.value);
  return `${value.indicator} = ${raw} for ${country} (${value.year})`;
}

/** Suggested answers to the destination questions, from the newest imported indicator values. */
export function destinationSuggestions(db: Db, country: string): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const rule of RULES) {
    const found = latestValue(db, country, rule.indicators);
    if (found) {
      const option = rule.map(found);
      if (!option) continue;
      const label = datasetLabel({
        id: found.dataset_id,
        source_name: found.source_name,
        vintage: found.vintage,
      });
      suggestions.push({
        questionId: rule.questionId,
        value: option,
        datasetId: found.dataset_id,
        datasetLabel: label,
        basis: [describe(found, country)],
        note: `Suggested from ${label} (dataset ${found.dataset_id}): ${describe(found, country)}.`,
      });
    } else if (rule.notCovered) {
      const covering = latestDatasetWith(db, rule.indicators);
      if (!covering) continue;
      const label = datasetLabel({
        id: covering.dataset_id,
        source_name: covering.source_name,
        vintage: covering.vintage,
      });
      suggestions.push({
        questionId: rule.questionId,
        value: rule.notCovered,
        datasetId: covering.dataset_id,
        datasetLabel: label,
        basis: [`${rule.indicators.join(' / ')}: no value for ${country}`],
        note: `Suggested from ${label} (dataset ${covering.dataset_id}): it has no ${rule.indicators.join(' or ')} value for ${country}.`,
      });
    }
  }
  const treaties = TREATIES.map(([indicator, gap]) => ({
    gap,
    found: latestValue(db, country, [indicator]),
  }));
  if (treaties.every(({ found }) => found && ratified(found) !== null)) {
    const values = treaties.map(({ gap, found }) => ({ gap, found: found as LatestValue }));
    const gaps = values.filter(({ found }) => ratified(found) === false).map(({ gap }) => gap);
    const first = values[0]?.found as LatestValue;
    const label = datasetLabel({
      id: first.dataset_id,
      source_name: first.source_name,
      vintage: first.vintage,
    });
    const basis = values.map(({ found }) => describe(found, country));
    suggestions.push({
      questionId: 'C11',
      value: gaps.length > 0 ? gaps : ['all-ratified'],
      datasetId: first.dataset_id,
      datasetLabel: label,
      basis,
      note: `Suggested from ${[...new Set(values.map(({ found }) => `dataset ${found.dataset_id}`))].join(', ')}: ${basis.join('; ')}.`,
    });
  }
  return suggestions;
}

export function assessmentSuggestions(
  { ws }: Pick<AssessmentDeps, 'ws'>,
  assessmentId: string,
): Suggestion[] {
  const assessment = selectAssessment(ws.db, assessmentId);
  if (!assessment) throw new NotFoundError('Assessment', assessmentId);
  if (!assessment.destination_country) return [];
  return destinationSuggestions(ws.db, assessment.destination_country);
}

/**
 * Records a suggestion the assessor accepted as the question's answer, through the ordinary
 * answer service; the note names the dataset and the value it came from.
 */
export function acceptSuggestion(
  deps: Pick<AssessmentDeps, 'ws' | 'clock' | 'pinned'>,
  assessmentId: string,
  questionId: string,
) {
  const suggestion = assessmentSuggestions(deps, assessmentId).find((item) => item.questionId === questionId);
  if (!suggestion)
    throw new AppError(
      'conflict',
      `No imported indicator gives a suggestion for ${questionId} in assessment ${assessmentId}: import the indicator data or answer it directly.`,
    );
  const saved = saveAnswer(deps, {
    assessmentId,
    questionId,
    value: suggestion.value,
    note: suggestion.note,
  });
  return { suggestion, revision: saved.revision };
}
