import { describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../../assessments/api/contract';
import { questionTexts } from './questionTexts';

const bundle = {
  ref: 't@1.0.0',
  hash: 'h',
  template: {
    sourceLocale: 'en',
    sections: [
      {
        id: 'C',
        questions: [
          {
            id: 'C6',
            text: 'RSF band?',
            options: [{ value: 'very-serious', label: 'Very serious' }],
          },
        ],
      },
    ],
  },
  translations: [
    {
      locale: 'ar',
      texts: { 'questions.C6.text': 'نطاق RSF؟', 'questions.C6.options.very-serious': 'خطير جداً' },
    },
  ],
} as unknown as OperationOutput<'template.get'>;

describe('questionTexts', () => {
  it('uses the translation of the locale, else the template’s own text', () => {
    expect(questionTexts(bundle, 'ar').question('C6')).toBe('نطاق RSF؟');
    expect(questionTexts(bundle, 'ar').option('C6', 'very-serious')).toBe('خطير جداً');
    expect(questionTexts(bundle, 'en').option('C6', 'very-serious')).toBe('Very serious');
    expect(questionTexts(bundle, 'fr').question('C6')).toBe('RSF band?');
  });

  it('falls back to ids and values it does not know, or without a template', () => {
    expect(questionTexts(bundle, 'en').option('C6', 'unlisted')).toBe('unlisted');
    expect(questionTexts(null, 'en').question('C3')).toBe('C3');
    expect(questionTexts(null, 'en').option('C3', 'free')).toBe('free');
  });
});
