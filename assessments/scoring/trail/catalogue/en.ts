/**
 * The sentences of the explanation trail. The engine writes each step's English `text` from these
 * very patterns (with ids, option values and the template's source texts as they are), so the
 * English catalogue must reproduce the wording of the frozen scoring versions character for
 * character: `trailMessage.test.ts` checks it on every worked example and calibration case.
 */
export const en = {
  'sep.list': ', ',
  'sep.answers': '; ',
  'sep.values': ' + ',
  'sep.cutoffs': '/',
  percent: '{value} %',
  notApplicable: 'n/a',
  'answer.value': '{id} = {value}',
  'answer.unanswered': '{id} unanswered',
  'answer.notShown': '{id} not shown',
  severity: 'Severity {band} = max of the dimensions ({parts})',
  'severity.point': '{id} = {point}',
  'severity.unknown': '{id} Unknown, assumed {point}',
  'severity.unanswered': '{id} unanswered, assumed {point}',
  'severity.noneVisible': 'none visible',
  'severity.capped': '{id} = {point}, counted as {atMost}',
  'severity.unknownCapped': '{id} Unknown, assumed {point}, counted as {atMost}',
  'severity.unansweredCapped': '{id} unanswered, assumed {point}, counted as {atMost}',
  floor: 'Floor {id}: {reason} ({answers}) → severity at least {atLeast}',
  cap: 'Cap {id}: {reason} ({answers}) → {dimension} counts at most {atMost}',
  likelihood: 'L = {terms} = {score} → band {band} (cut-offs {cutoffs})',
  'likelihood.term': '{weight} × S({section}) {score}',
  'likelihood.termRestricted': '{weight} × S({section}: {questions}) {score}',
  assessor: "Assessor's judgement {id} = {judgement}: likelihood {from} → {to}",
  'assessor.clamped':
    "Assessor's judgement {id} = {judgement}: likelihood {from} → {to}, clamped to one band",
  mitigation: 'Mitigation credit (−{credit}, severity ≤ {maxSeverity}): {outcome}',
  'mitigation.moved': 'Mitigation credit (−{credit}, severity ≤ {maxSeverity}): {outcome} {from} → {to}',
  'mitigation.applied': 'conditions hold: likelihood',
  'mitigation.conditionsNotMet': 'conditions do not hold: no credit',
  'mitigation.severityTooHigh': 'conditions hold but severity is above the maximum for credit: no credit',
  'mitigation.stopFlag': 'conditions hold but a STOP flag is raised: no credit',
  'mitigation.actualMisuse': 'conditions hold but actual misuse is evidenced: no credit',
  actual: 'Actual misuse {id}: {reason} ({answers}) → likelihood 5',
  matrix: 'Matrix: severity {severity} × likelihood {likelihood} → {tier}',
  flag: '{code} {id}: {message} ({answers})',
  override: '{step}: {from} → {to}. {reason}',
  'override.cumulativeStep': 'cumulative',
  'override.stop': 'STOP {ids}: presumption of denial, whatever the arithmetic',
  'override.notify': 'NOTIFY {ids}: the authority must be notified; tier unchanged',
  'override.esc': 'ESC {ids}: at least High, at least refer',
  'override.cumulative': 'ESC flags in {count} sections ({sections}), threshold {threshold}',
  'override.gap': '{reasons}: incomplete, tier at least High, at least refer',
  'gap.open': 'GAP {ids} open',
  'gap.unknown': 'Unknown is {share} of the scored answers in {sections} (more than {maxShare})',
} as const;

export type TrailKey = keyof typeof en;
export type TrailCatalogue = Readonly<Record<TrailKey, string>>;
