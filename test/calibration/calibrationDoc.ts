import { RECOMMENDATIONS, TIERS } from '../../assessments/questionnaire/templateSchema';
import type { Recommendation, Tier } from '../../assessments/questionnaire/templateTypes';

/** One case of docs/calibration.md as the harness needs it: the fixed expectation and the split. */
export interface CalibrationCase {
  id: string;
  title: string;
  recommendation: Recommendation;
  tier: Tier;
  heldOut: boolean;
}

export class CalibrationDocError extends Error {
  override name = 'CalibrationDocError';
}

const CASE_HEADING = /^### (CAL-\d{2}) — (.+)$/gm;
const SPLIT_LINE = /^- \*\*Split:\*\* (held out|development)\.\s*$/m;
const EXPECTED_LINE = /\*\*Expected result: (.+?) — (\w+)\.\*\*/;
const SPLIT_SECTION = /^## Split\n([\s\S]*?)^## /m;

function recommendationOf(text: string, id: string): Recommendation {
  // The doc writes recommendations in prose ("approve with conditions"); the engine uses slugs.
  const slug = text.trim().toLowerCase().replace(/\s+/g, '-');
  const found = RECOMMENDATIONS.find((recommendation) => recommendation === slug);
  if (!found)
    throw new CalibrationDocError(
      `${id}: expected recommendation "${text}" is not one of ${RECOMMENDATIONS.join(', ')}`,
    );
  return found;
}

function tierOf(text: string, id: string): Tier {
  const found = TIERS.find((tier) => tier === text);
  if (!found)
    throw new CalibrationDocError(`${id}: expected tier "${text}" is not one of ${TIERS.join(', ')}`);
  return found;
}

/**
 * Reads the cases from the frozen calibration document. Every case must carry exactly one split line
 * and one "Expected result" line, and the per-case split must agree with the "## Split" section:
 * the document is the yardstick, so a case it does not state clearly is an error, never a guess.
 */
export function parseCalibrationDoc(markdown: string): CalibrationCase[] {
  const headings = [...markdown.matchAll(CASE_HEADING)];
  if (headings.length === 0) throw new CalibrationDocError('no "### CAL-nn — title" case headings found');
  const cases = headings.map((heading, index) => {
    const [, id = '', title = ''] = heading;
    const start = (heading.index ?? 0) + heading[0].length;
    const next = headings[index + 1]?.index ?? markdown.indexOf('\n## ', start);
    const body = markdown.slice(start, next < 0 ? undefined : next);
    const split = SPLIT_LINE.exec(body);
    if (!split) throw new CalibrationDocError(`${id}: no "- **Split:** held out." or "development." line`);
    const expected = [...body.matchAll(new RegExp(EXPECTED_LINE, 'g'))];
    if (expected.length !== 1)
      throw new CalibrationDocError(
        `${id}: expected exactly one "**Expected result: <recommendation> — <Tier>.**" line, found ${expected.length}`,
      );
    const [, recommendation = '', tier = ''] = expected[0] ?? [];
    return {
      id,
      title: title.trim(),
      recommendation: recommendationOf(recommendation, id),
      tier: tierOf(tier, id),
      heldOut: split[1] === 'held out',
    };
  });
  const ids = cases.map((c) => c.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw new CalibrationDocError(`${duplicate} appears twice`);
  checkSplitSection(markdown, cases);
  return cases;
}

function checkSplitSection(markdown: string, cases: readonly CalibrationCase[]): void {
  const section = SPLIT_SECTION.exec(markdown)?.[1];
  if (!section) throw new CalibrationDocError('no "## Split" section');
  const heldOutSentence = /\*\*held out[^*]*\*\*:([^.]*)\./.exec(section)?.[1];
  if (!heldOutSentence) throw new CalibrationDocError('the "## Split" section names no held-out cases');
  const listed = [...heldOutSentence.matchAll(/CAL-\d{2}/g)].map((match) => match[0]).sort();
  const marked = cases
    .filter((c) => c.heldOut)
    .map((c) => c.id)
    .sort();
  if (listed.join() !== marked.join())
    throw new CalibrationDocError(
      `the "## Split" section holds out ${listed.join(', ')} but the cases mark ${marked.join(', ')}`,
    );
}
