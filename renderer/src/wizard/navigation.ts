import { isReadOnlyQuestion } from '../../../assessments/questionnaire/readOnlyQuestions';
import type { Template } from '../../../assessments/questionnaire/templateSchema';

/** Where the assessor is: question ids in document order, restricted to the visible ones. */
export interface Route {
  order: readonly string[];
  sectionOf: ReadonlyMap<string, string>;
  /** Questions the app fills in: shown and stepped through, never asked for. */
  readOnly: ReadonlySet<string>;
}

export function routeFor(template: Template, visible: ReadonlySet<string>): Route {
  const order: string[] = [];
  const sectionOf = new Map<string, string>();
  const readOnly = new Set<string>();
  for (const section of template.sections) {
    for (const question of section.questions) {
      sectionOf.set(question.id, section.id);
      if (visible.has(question.id)) order.push(question.id);
      if (isReadOnlyQuestion(template, question.id)) readOnly.add(question.id);
    }
  }
  return { order, sectionOf, readOnly };
}

/** The visible question `step` places after (or before) `current`, staying put at either end. */
export function stepQuestion(route: Route, current: string, step: 1 | -1): string {
  const index = route.order.indexOf(current);
  if (index === -1) return nearestVisible(route, current);
  return route.order[Math.min(Math.max(index + step, 0), route.order.length - 1)] ?? current;
}

/** The first visible question of the next (or previous) section that has one. */
export function stepSection(route: Route, current: string, step: 1 | -1): string {
  const section = route.sectionOf.get(current);
  const sections = [...new Set(route.order.map((id) => route.sectionOf.get(id)))];
  const index = sections.indexOf(section);
  const target = sections[Math.min(Math.max(index + step, 0), sections.length - 1)];
  if (index === -1 || target === undefined) return current;
  return firstOfSection(route, target) ?? current;
}

export function firstOfSection(route: Route, section: string): string | undefined {
  return route.order.find((id) => route.sectionOf.get(id) === section);
}

/**
 * The next visible unanswered question after `current`, wrapping around; null when none is left.
 * Read-only questions are never unanswered.
 */
export function nextUnanswered(
  route: Route,
  current: string,
  answered: (questionId: string) => boolean,
): string | null {
  const start = route.order.indexOf(current);
  for (let offset = 1; offset <= route.order.length; offset += 1) {
    const id = route.order[(start + offset) % route.order.length];
    if (id !== undefined && !route.readOnly.has(id) && !answered(id)) return id;
  }
  return null;
}

/**
 * Where reopening an assessment lands: the question last visited while it is still visible,
 * otherwise the first visible question still to answer, otherwise the first question.
 */
export function resumeQuestion(
  route: Route,
  lastVisited: string | null,
  answered: (questionId: string) => boolean,
): string {
  if (lastVisited !== null && route.order.includes(lastVisited)) return lastVisited;
  const open = route.order.find((id) => !route.readOnly.has(id) && !answered(id));
  return open ?? route.order[0] ?? '';
}

export function isLastQuestion(route: Route, questionId: string): boolean {
  return route.order.length > 0 && route.order[route.order.length - 1] === questionId;
}

/** A question that has just been hidden hands over to the next visible one after it. */
export function nearestVisible(route: Route, questionId: string): string {
  const all = [...route.sectionOf.keys()];
  const index = all.indexOf(questionId);
  const after = all.slice(index + 1).find((id) => route.order.includes(id));
  const before = all
    .slice(0, Math.max(index, 0))
    .reverse()
    .find((id) => route.order.includes(id));
  return after ?? before ?? route.order[0] ?? questionId;
}
