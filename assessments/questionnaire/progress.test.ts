import { describe, expect, it } from 'vitest';
import shipped from '../../templates/surveillance-export-hria/1.1.0/template.json';
import { compileTemplate } from './compile';
import { computeProgress } from './progress';
import { isReadOnlyQuestion } from './readOnlyQuestions';
import { templateSchema } from './templateSchema';

const compiled = compileTemplate(templateSchema.parse(shipped));

describe('progress of the shipped questionnaire', () => {
  it('treats the system-computed result (I3) as read-only, and nothing else', () => {
    const readOnly = [...compiled.questions.keys()].filter((id) => isReadOnlyQuestion(compiled.template, id));
    expect(readOnly).toEqual(['I3']);
  });

  it('never counts a read-only question as visible and unanswered', () => {
    const progress = computeProgress(compiled, {});
    const sectionI = progress.sections.find((section) => section.section === 'I');
    const shownInI = progress.questions.filter((q) => q.visible && q.questionId.startsWith('I'));
    expect(shownInI.map((q) => q.questionId)).toContain('I3');
    expect(sectionI?.visible).toBe(shownInI.length - 1);
    expect(progress.questions.find((q) => q.questionId === 'I3')).toMatchObject({
      visible: true,
      required: false,
      answered: false,
    });
  });

  it('does not count a comment left on a read-only question as progress either', () => {
    const before = computeProgress(compiled, {});
    const after = computeProgress(compiled, { I3: { value: 'Flags read and understood.' } });
    expect(after.answered).toBe(before.answered);
    expect(after.visible).toBe(before.visible);
  });
});
