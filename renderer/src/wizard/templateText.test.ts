import { describe, expect, it } from 'vitest';
import { templateTextFor } from './templateText';

describe('templateTextFor', () => {
  const translations = [
    {
      format: 'assay-template-translation/1' as const,
      template: 't',
      version: '1.0.0',
      locale: 'ar' as const,
      texts: { 'questions.A1.text': 'ما الغرض؟' },
    },
  ];

  it('uses the translation for the language and falls back to the source text per key', () => {
    const text = templateTextFor(translations, 'ar');
    expect(text('questions.A1.text', 'What is the purpose?')).toBe('ما الغرض؟');
    expect(text('questions.A2.text', 'Which regimes?')).toBe('Which regimes?');
  });

  it('uses the source text for a language without a translation', () => {
    expect(templateTextFor(translations, 'en')('questions.A1.text', 'What is the purpose?')).toBe(
      'What is the purpose?',
    );
  });
});
