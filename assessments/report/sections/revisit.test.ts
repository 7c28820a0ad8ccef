import { describe, expect, it } from 'vitest';
import { definitionTexts } from '../../../test/helpers/definitionTexts';
import { compileTemplate } from '../../questionnaire/compile';
import { templateSchema } from '../../questionnaire/templateSchema';
import { scoreAssessment } from '../../scoring/scoreAssessment';
import { optionsTemplateJson } from '../../scoring/testing/methodologyOptions';
import { FontMetrics } from '../bidi/fontMetrics';
import { ParagraphLayout } from '../bidi/layoutParagraph';
import type { EmbeddedAssessment } from '../../verify/embeddedAssessment';
import { createReportContext } from '../layout/reportContext';
import { templateTexts } from '../templateTexts';
import { revisitPrompts } from './revisit';

const fonts = new FontMetrics();

function section(parts: Parameters<typeof optionsTemplateJson>[0], locale: 'en' | 'fr') {
  const json = optionsTemplateJson(parts);
  const template = templateSchema.parse(json);
  const result = scoreAssessment(compileTemplate(template), {
    A1: { value: 2 },
    A2: { value: 4 },
    A3: { value: 'documented' },
    A4: { value: 'no' },
  });
  const fr = {
    format: 'assay-template-translation/1',
    template: template.id,
    version: template.version,
    locale: 'fr',
    texts: {
      'scoring.revisit.awareness': 'Revoir la connaissance du mauvais usage.',
      'questions.A4.text': 'Informé ?',
    },
  };
  const canonical = JSON.stringify({ template: json, translations: { fr } });
  // The section reads only the result; the rest of the embedded assessment is not needed here.
  const doc = { result } as EmbeddedAssessment;
  const ctx = createReportContext(locale, new ParagraphLayout(fonts));
  return revisitPrompts(ctx, doc, templateTexts(canonical, locale));
}

describe('revisit prompts in the report (methodology 1.1)', () => {
  it('lists each prompt that holds with its question and reason, after a heading', () => {
    const text = definitionTexts(section(['revisit'], 'en')).join('\n');
    expect(text).toContain('Answers to revisit');
    expect(text.indexOf('A1 Dimension A1')).toBeLessThan(text.indexOf('A4 Aware?'));
    expect(text).toContain('Check intrusiveness');
    expect(text).toContain('Awareness?');
  });

  it('takes the reason and the question from the report language, else the template’s own', () => {
    const text = definitionTexts(section(['revisit'], 'fr')).join('\n');
    expect(text).toContain('Réponses à revoir');
    expect(text).toContain('Revoir la connaissance du mauvais usage.');
    expect(text).toContain('A4 Informé ?');
    expect(text).toContain('Check intrusiveness');
  });

  it('adds nothing for a result without revisit prompts', () => {
    expect(section([], 'en')).toEqual([]);
  });
});
