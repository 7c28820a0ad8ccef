import { describe, expect, it } from 'vitest';
import { templateSchema } from '../../../assessments/questionnaire/templateSchema';
import shipped from '../../../templates/surveillance-export-hria/1.0.0/template.json';
import {
  isLastQuestion,
  nearestVisible,
  nextUnanswered,
  resumeQuestion,
  routeFor,
  stepQuestion,
  stepSection,
} from './navigation';

const template = templateSchema.parse(shipped);
const all = template.sections.flatMap((section) => section.questions.map((question) => question.id));
// B3 depends on A2/B2; hide it as an unanswered assessment does.
const route = routeFor(template, new Set(all.filter((id) => id !== 'B3')));

describe('wizard navigation', () => {
  it('steps over hidden questions and stops at either end', () => {
    expect(stepQuestion(route, 'B2', 1)).toBe('B4');
    expect(stepQuestion(route, 'B4', -1)).toBe('B2');
    expect(stepQuestion(route, 'A1', -1)).toBe('A1');
    expect(stepQuestion(route, 'I6', 1)).toBe('I6');
  });

  it('moves to the first question of the next or previous section', () => {
    expect(stepSection(route, 'A3', 1)).toBe('B1');
    expect(stepSection(route, 'C5', -1)).toBe('B1');
    expect(stepSection(route, 'I2', 1)).toBe('I1');
  });

  it('finds the next unanswered question after the current one, wrapping around', () => {
    const answered = new Set(['A2', 'A3', 'A4']);
    expect(nextUnanswered(route, 'A1', (id) => answered.has(id))).toBe('A5');
    expect(nextUnanswered(route, 'I6', (id) => id !== 'A1')).toBe('A1');
    expect(nextUnanswered(route, 'A1', () => true)).toBeNull();
  });

  it('never offers the read-only computed result (I3) as the next unanswered question', () => {
    expect(nextUnanswered(route, 'I2', (id) => id !== 'I3' && id !== 'A1')).toBe('A1');
    expect(nextUnanswered(route, 'I2', (id) => id !== 'I3')).toBeNull();
  });

  it('hands a question that was just hidden over to the next visible one', () => {
    expect(nearestVisible(route, 'B3')).toBe('B4');
  });

  it('resumes at the remembered question while it is visible', () => {
    expect(resumeQuestion(route, 'C4', () => true)).toBe('C4');
    expect(resumeQuestion(route, 'B3', (id) => id.startsWith('A'))).toBe('B1');
    expect(resumeQuestion(route, 'Z9', (id) => id.startsWith('A'))).toBe('B1');
  });

  it('otherwise resumes at the first visible unanswered question, not an answered one after a hidden one', () => {
    // A1–B2 and B4 answered, B3 hidden: the first open question is B5, not B4.
    const answered = new Set(['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'B4']);
    expect(resumeQuestion(route, null, (id) => answered.has(id))).toBe('B5');
  });

  it('resumes at the first question when everything that can be answered is', () => {
    expect(resumeQuestion(route, null, (id) => id !== 'I3')).toBe('A1');
  });

  it('knows the last question of the route', () => {
    expect(isLastQuestion(route, 'I6')).toBe(true);
    expect(isLastQuestion(route, 'I5')).toBe(false);
  });
});
