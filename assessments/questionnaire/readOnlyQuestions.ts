import type { Template } from './templateSchema';

/**
 * Questions the app fills in itself, which the assessor reads but is not asked to answer: the
 * surveillance-export questionnaire's system-computed result (I3). The template format has no
 * read-only marker and shipped versions are frozen, so the list lives here, keyed by template id.
 * A note typed into such a question is kept, but it is never progress and never "unanswered".
 */
const READ_ONLY: Readonly<Record<string, readonly string[]>> = {
  'surveillance-export-hria': ['I3'],
};

export function isReadOnlyQuestion(template: Pick<Template, 'id'>, questionId: string): boolean {
  return READ_ONLY[template.id]?.includes(questionId) ?? false;
}
