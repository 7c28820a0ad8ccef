import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../../assessments/questionnaire/compile';
import { templateSchema, type Question } from '../../../assessments/questionnaire/templateSchema';
import shipped from '../../../templates/surveillance-export-hria/1.0.0/template.json';
import { acceptedAnswers, draftProblem, initialDrafts, toggleOption, toggleUnknown } from './drafts';

const template = templateSchema.parse(shipped);
const compiled = compileTemplate(template);
function question(id: string): Question {
  const found = compiled.questions.get(id);
  if (!found) throw new Error(`no ${id}`);
  return found.question;
}

describe('toggleOption', () => {
  const b7 = question('B7'); // options …, 'none' (exclusive)

  it('adds options in the order the template lists them and removes them again', () => {
    const two = toggleOption(b7, toggleOption(b7, undefined, 'map-networks'), 'content-access');
    expect(two).toEqual(['content-access', 'map-networks']);
    expect(toggleOption(b7, two, 'content-access')).toEqual(['map-networks']);
  });

  it('lets an exclusive option clear every other, and any other option clear it', () => {
    expect(toggleOption(b7, ['content-access', 'track-location'], 'none')).toEqual(['none']);
    expect(toggleOption(b7, ['none'], 'track-location')).toEqual(['track-location']);
  });

  it('replaces "unknown" with the first real choice', () => {
    expect(toggleOption(question('C9'), 'unknown', 'statutory-basis')).toEqual(['statutory-basis']);
  });
});

describe('toggleUnknown', () => {
  it('remembers the answer it replaced and restores it, keeping the note', () => {
    const unknown = toggleUnknown({ value: 'free', note: 'RSF 2025' });
    expect(unknown).toMatchObject({ value: 'unknown', note: 'RSF 2025' });
    expect(toggleUnknown(unknown)).toEqual({ value: 'free', note: 'RSF 2025' });
    expect(toggleUnknown(undefined).value).toBe('unknown');
  });
});

describe('draftProblem and acceptedAnswers', () => {
  it('accepts only what the engine accepts, so show-if never sees a half-typed answer', () => {
    expect(draftProblem(question('A4'), { value: '2026-11', note: '' })).not.toBeNull();
    expect(draftProblem(question('A4'), { value: '2026-11-02', note: '' })).toBeNull();
    expect(draftProblem(question('B2'), { value: 'unknown', note: '' })).not.toBeNull();
    const answers = acceptedAnswers(compiled, {
      A4: { value: '2026-02-30', note: '' },
      A2: { value: ['eu-member-state'], note: 'Dual use' },
      E1: { value: [{ name: '', aliases: [], address: '', identifiers: [], role: '' }], note: '' },
    });
    expect(answers).toEqual({ A2: { value: ['eu-member-state'], note: 'Dual use' } });
  });

  it('starts from the stored answers, overridden by what a save queue still holds', () => {
    const stored = [
      {
        questionId: 'A5',
        value: 'v1',
        note: null,
        revision: 1,
        answeredBy: 'A',
        answeredAt: '2026-01-01T00:00:00Z',
      },
      {
        questionId: 'C3',
        value: 'free',
        note: 'FH',
        revision: 2,
        answeredBy: 'A',
        answeredAt: '2026-01-01T00:00:00Z',
      },
    ];
    const pending: Record<string, { value: string; note: string | null }> = {
      A5: { value: 'v2 unsaved', note: null },
      A4: { value: '2026-11-02', note: 'first save in flight' },
    };
    const drafts = initialDrafts(compiled.order, stored, (id) => pending[id] ?? null);
    expect(drafts).toEqual({
      A4: { value: '2026-11-02', note: 'first save in flight' },
      A5: { value: 'v2 unsaved', note: '' },
      C3: { value: 'free', note: 'FH' },
    });
  });
});
