import { describe, expect, it } from 'vitest';
import shipped from '../../templates/surveillance-export-hria/1.1.0/template.json';
import arabic from '../../templates/surveillance-export-hria/1.1.0/translations/ar.json';
import { templateSchema, translationSchema } from './templateSchema';
import { templateText } from './templateText';
import { translationKeys } from './translationKeys';

const template = templateSchema.parse(shipped);
const ar = translationSchema.parse(arabic);
const bundle = { template, translations: [ar] };
const own = translationKeys(template);

describe('templateText', () => {
  it('gives every translation key the locale’s text, else the template’s own, as the report prints it', () => {
    const text = templateText(bundle, 'ar');
    for (const [key, source] of own) expect(text.text(key)).toBe(ar.texts[key] ?? source);
  });

  it('prefers the translation, then the caller’s source wording, then the template’s, then the key', () => {
    const partial = {
      template,
      translations: [{ locale: 'ar' as const, texts: { 'questions.A1.text': 'ما الغرض؟' } }],
    };
    const text = templateText(partial, 'ar');
    expect(text.text('questions.A1.text', 'ignored')).toBe('ما الغرض؟');
    expect(text.text('questions.A2.text', 'Which regimes?')).toBe('Which regimes?');
    expect(text.text('questions.A2.text')).toBe(own.get('questions.A2.text'));
    expect(text.text('questions.ZZ.text')).toBe('questions.ZZ.text');
  });

  it('reads the template itself in its source locale and in a locale without a translation', () => {
    const claimsSource = { template, translations: [{ ...ar, locale: 'en' as const }] };
    expect(templateText(claimsSource, 'en').sectionTitle('A')).toBe('Scope, roles and terms of reference');
    expect(templateText(bundle, 'fr').questionText('A1')).toBe('What is the purpose of this assessment?');
  });

  it('names sections, questions, options and flags, and falls back to the id for unknown ones', () => {
    const text = templateText(bundle, 'ar');
    expect(text.sectionTitle('A')).toBe('النطاق والأدوار والاختصاصات');
    expect(text.questionText('A1')).toBe('ما الغرض من هذا التقييم؟');
    expect(text.optionLabel('A1', 'licence-application')).toBe(
      ar.texts['questions.A1.options.licence-application'],
    );
    expect(text.flagMessage('A4', 'A4-GAP', 'unused')).toBe(ar.texts['questions.A4.flags.A4-GAP']);
    expect(text.sectionOf('B7')).toBe('B');

    expect(text.sectionTitle('Q')).toBe('Q');
    expect(text.questionText('Q9')).toBe('Q9');
    expect(text.optionLabel('A1', 'withdrawn-option')).toBe('withdrawn-option');
    expect(text.flagMessage('A4', 'GONE', 'As recorded')).toBe('As recorded');
    expect(text.sectionOf('Q9')).toBeNull();
  });
});
