import { compileTemplate, type CompiledTemplate } from '../../questionnaire/compile';
import { templateSchema } from '../../questionnaire/templateSchema';
import { validateTemplate } from '../../questionnaire/validateTemplate';
import vendorOnboardingJson from '../../../test/fixtures/templates/vendor-onboarding/template.json';

/**
 * Validates and compiles a template as the loader does. Translation files are not loaded here and
 * scoring never reads them, so only problems in the template itself count.
 */
export function compileJson(json: unknown): CompiledTemplate {
  const validation = validateTemplate(json);
  if (!validation.ok) {
    const own = validation.problems.filter((problem) => problem.file === 'template.json');
    if (own.length > 0) {
      const lines = own.slice(0, 10).map((problem) => `${problem.path}: ${problem.message}`);
      throw new Error(`template does not validate (${own.length} problems):\n${lines.join('\n')}`);
    }
  }
  return compileTemplate(templateSchema.parse(json));
}

export function vendorOnboarding(): CompiledTemplate {
  return compileJson(vendorOnboardingJson);
}
