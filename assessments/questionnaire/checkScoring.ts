import type { Template } from './templateSchema';

type Add = (segments: readonly PropertyKey[], message: string) => void;

/** The scoring block must name real questions of the right kinds, and its numbers must add up. */
export function checkScoring(template: Template, add: Add): void {
  const scoring = template.scoring;
  const questions = new Map(
    template.sections.flatMap((s) => s.questions.map((q) => [q.id, { q, section: s.id }] as const)),
  );
  const sections = new Set(template.sections.map((s) => s.id));
  const scored = template.sections.some((s) => s.questions.some((q) => q.importance !== undefined));
  if (!scoring) {
    if (scored) add(['scoring'], 'questions have an importance, so the template needs a "scoring" block');
    return;
  }
  scoring.severity.dimensions.forEach((id, i) => {
    const found = questions.get(id);
    if (!found) add(['scoring', 'severity', 'dimensions', i], `no question "${id}"`);
    else if (found.q.type !== 'scale')
      add(
        ['scoring', 'severity', 'dimensions', i],
        `severity dimension ${id} must be a scale question (it is ${found.q.type})`,
      );
  });
  const floorIds = new Set<string>();
  scoring.severity.floors.forEach((floor, i) => {
    if (floorIds.has(floor.id))
      add(['scoring', 'severity', 'floors', i, 'id'], `floor id "${floor.id}" is used twice`);
    floorIds.add(floor.id);
  });
  const actualIds = new Set<string>();
  scoring.likelihood.actual.forEach((rule, i) => {
    if (actualIds.has(rule.id))
      add(['scoring', 'likelihood', 'actual', i, 'id'], `rule id "${rule.id}" is used twice`);
    actualIds.add(rule.id);
  });
  let total = 0;
  scoring.likelihood.components.forEach((component, i) => {
    total += component.weight;
    const at = ['scoring', 'likelihood', 'components', i];
    if (!sections.has(component.section)) add([...at, 'section'], `no section "${component.section}"`);
    component.questions?.forEach((id, j) => {
      const found = questions.get(id);
      if (!found) add([...at, 'questions', j], `no question "${id}"`);
      else if (found.section !== component.section)
        add([...at, 'questions', j], `${id} is in section ${found.section}, not ${component.section}`);
      else if (found.q.importance === undefined)
        add([...at, 'questions', j], `${id} is not scored (no importance)`);
    });
  });
  if (Math.abs(total - 1) > 1e-9)
    add(
      ['scoring', 'likelihood', 'components'],
      `weights must add up to 1 (they add up to ${Number(total.toFixed(6))})`,
    );
  const cutoffs = scoring.likelihood.cutoffs;
  cutoffs.forEach((cut, i) => {
    if (cut <= 0 || cut >= 100)
      add(['scoring', 'likelihood', 'cutoffs', i], 'cut-offs lie strictly between 0 and 100');
    if (i > 0 && cut <= (cutoffs[i - 1] as number))
      add(['scoring', 'likelihood', 'cutoffs', i], 'cut-offs must increase');
  });
  const judgement = scoring.likelihood.assessorJudgement;
  if (judgement !== undefined) {
    const found = questions.get(judgement);
    if (!found) add(['scoring', 'likelihood', 'assessorJudgement'], `no question "${judgement}"`);
    else if (found.q.type !== 'scale')
      add(['scoring', 'likelihood', 'assessorJudgement'], `${judgement} must be a scale question`);
  }
  scoring.unknownGate?.sections.forEach((id, i) => {
    if (!sections.has(id)) add(['scoring', 'unknownGate', 'sections', i], `no section "${id}"`);
  });
}
