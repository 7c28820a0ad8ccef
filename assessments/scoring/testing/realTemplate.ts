import type { CompiledTemplate } from '../../questionnaire/compile';
import realTemplateJson from '../../../templates/surveillance-export-hria/1.0.0/template.json';
import { compileJson } from './templates';

/**
 * The shipped SE-HRIA template. A static import on purpose: if the file is missing the suite fails
 * to load, and if it does not validate `compileJson` throws, so these tests can never silently skip.
 */
export function surveillanceExportHria(): CompiledTemplate {
  return compileJson(realTemplateJson);
}
