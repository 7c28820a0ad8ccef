import type { Template } from './templateSchema';

/**
 * Every translatable text of a template with its stable key. Translation files map exactly these
 * keys; the source locale's texts are the values returned here.
 */
export function translationKeys(template: Template): Map<string, string> {
  const keys = new Map<string, string>();
  keys.set('title', template.title);
  keys.set('description', template.description);
  for (const section of template.sections) {
    keys.set(`sections.${section.id}.title`, section.title);
    if (section.description) keys.set(`sections.${section.id}.description`, section.description);
    for (const q of section.questions) {
      const base = `questions.${q.id}`;
      keys.set(`${base}.text`, q.text);
      keys.set(`${base}.guidance.lookFor`, q.guidance.lookFor);
      keys.set(`${base}.guidance.sources`, q.guidance.sources);
      if (q.note) keys.set(`${base}.note`, q.note);
      for (const option of q.options ?? []) keys.set(`${base}.options.${option.value}`, option.label);
      for (const [point, label] of Object.entries(q.scale?.labels ?? {}))
        keys.set(`${base}.scale.${point}`, label);
      for (const flag of q.redFlags) keys.set(`${base}.flags.${flag.id}`, flag.message);
    }
  }
  for (const floor of template.scoring?.severity.floors ?? [])
    keys.set(`scoring.floors.${floor.id}`, floor.reason);
  for (const rule of template.scoring?.likelihood.actual ?? [])
    keys.set(`scoring.actual.${rule.id}`, rule.reason);
  // Methodology 1.1: only templates that configure these have the keys.
  for (const cap of template.scoring?.severity.caps ?? []) keys.set(scoringTextKey.cap(cap.id), cap.reason);
  for (const answer of template.scoring?.decisive ?? [])
    keys.set(scoringTextKey.decisive(answer.question), answer.reason);
  for (const prompt of template.scoring?.revisit ?? [])
    keys.set(scoringTextKey.revisit(prompt.id), prompt.reason);
  return keys;
}

/** Translation keys of the methodology-1.1 scoring reasons, shared by the report and the renderer. */
export const scoringTextKey = {
  cap: (id: string) => `scoring.caps.${id}`,
  decisive: (questionId: string) => `scoring.decisive.${questionId}`,
  revisit: (id: string) => `scoring.revisit.${id}`,
} as const;
