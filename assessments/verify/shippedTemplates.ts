import { templateSchema, type Template } from '../questionnaire/templateSchema';

/**
 * The templates this release ships, by hash (`templates/`; shippedTemplates.test.ts proves the
 * list is theirs). The test suite validates each of them in full, so a report carrying one, proven
 * by its hash to be that very text, needs only its questionnaire read: its translations are known
 * complete and its text canonical. Any other template is validated from scratch.
 */
export const SHIPPED_TEMPLATE_HASHES: ReadonlySet<string> = new Set([
  // surveillance-export-hria 1.0.0
  '9a4e8ffbd77f35c6d762d23cbe5b6e521b19779d71092ea6c1e2dcb501709e7b',
  // surveillance-export-hria 1.1.0
  'd578254e3d1bc7902d2bc7f42caa69069a5f297467d9bcd2914a3683b1c4bf8c',
]);

/** The questionnaire of a shipped template's canonical text, as full validation reads it. */
export function shippedTemplateOf(canonical: string): Template {
  return templateSchema.parse((JSON.parse(canonical) as { template: unknown }).template);
}
