import { describe, expect, it } from 'vitest';
import { testQuestion, testTemplate } from '../../test/helpers/templateBuilder';
import { FontMetrics } from './bidi/fontMetrics';
import { withoutBidiControls } from './bidi/isolate';
import { ParagraphLayout } from './bidi/layoutParagraph';
import type { AnswerEntry } from '../questionnaire/answers';
import { formatAnswer } from './formatAnswer';
import { createReportContext } from './layout/reportContext';
import type { TemplateTexts } from './templateTexts';

const template = testTemplate('formatting', [
  testQuestion('A1', 'single', {
    options: [
      { value: 'yes-lic', label: 'Licence application', risk: 0 },
      { value: 'renewal', label: 'Renewal', risk: 1 },
    ],
    allowUnknown: true,
  }),
  testQuestion('A2', 'multi', {
    options: [
      { value: 'a', label: 'First', risk: 1 },
      { value: 'b', label: 'Second', risk: 2 },
    ],
  }),
  testQuestion('A3', 'yesno'),
  testQuestion('A4', 'scale', { scale: { min: 1, max: 5, labels: { '5': 'Irreversible' } } }),
  testQuestion('A5', 'date'),
  testQuestion('A6', 'country'),
  testQuestion('A7', 'entity', { multiple: true }),
  testQuestion('A8', 'text'),
]);
const question = (id: string) => {
  const found = template.sections[0]?.questions.find((q) => q.id === id);
  if (!found) throw new Error(id);
  return found;
};
const texts: TemplateTexts = {
  template,
  text: (key) => (key === 'questions.A1.options.renewal' ? 'Renouvellement' : `«${key}»`),
};
const layout = new ParagraphLayout(new FontMetrics());
const en = createReportContext('en', layout);
const fr = createReportContext('fr', layout);

describe('formatAnswer', () => {
  it('shows option labels from the template texts, Unknown and unanswered questions in words', () => {
    expect(formatAnswer(fr, texts, question('A1'), { value: 'renewal' })).toBe('Renouvellement');
    expect(formatAnswer(fr, texts, question('A1'), { value: 'unknown' })).toBe('Inconnu');
    expect(formatAnswer(en, texts, question('A1'), undefined)).toBe('Not answered');
    expect(formatAnswer(en, texts, question('A2'), { value: ['a', 'b'] })).toBe(
      '• «questions.A2.options.a»\n• «questions.A2.options.b»',
    );
  });

  it('formats yes/no, scales with their anchor label, dates and countries for the locale', () => {
    expect(formatAnswer(fr, texts, question('A3'), { value: 'yes' })).toBe('Oui');
    expect(formatAnswer(en, texts, question('A4'), { value: 5 })).toBe('5 / 5: «questions.A4.scale.5»');
    expect(formatAnswer(en, texts, question('A4'), { value: 2 })).toBe('2 / 5');
    expect(formatAnswer(fr, texts, question('A5'), { value: '2025-03-14' })).toBe('14 mars 2025');
    expect(formatAnswer(fr, texts, question('A6'), { value: 'EG' })).toBe('Égypte (EG)');
  });

  it('lists parties one per block with role, aliases, address and identifiers', () => {
    const value = [
      {
        name: 'Acme Trading FZE',
        aliases: ['Acme FZE'],
        address: 'Jebel Ali Free Zone',
        identifiers: [{ type: 'trade licence', value: 'FZE-12345' }],
        role: 'intermediate consignee',
      },
      { name: 'Secure Freight AG', aliases: [], address: '', identifiers: [], role: '' },
    ];
    const shown = formatAnswer(en, texts, question('A7'), { value });
    expect(withoutBidiControls(shown)).toBe(
      'Acme Trading FZE\nRole: intermediate consignee\nAlso known as: Acme FZE\nAddress: Jebel Ali Free Zone\ntrade licence: FZE-12345\n\nSecure Freight AG',
    );
    // What the user typed is isolated by its own direction; the report's labels are not.
    expect(shown.split('\n')[0]).toBe('\u2068Acme Trading FZE\u2069');
    expect(shown.split('\n')[1]).toBe('Role: \u2068intermediate consignee\u2069');
  });

  it('prints a party not identified as such, never as a name, and a v2 party’s birth, nationality and typed identifiers', () => {
    const value: AnswerEntry['value'] = [
      { notIdentified: true, role: 'end user', reason: 'Buyer will not name the agency' },
      {
        name: 'Ivan Petrov',
        role: 'director',
        birthDate: '1971',
        nationality: 'RU',
        identifiers: [{ type: 'passport', value: '72 1234567' }],
      },
    ];
    expect(withoutBidiControls(formatAnswer(fr, texts, question('A7'), { value }))).toBe(
      'Partie non identifiée\nRôle: end user\nPourquoi elle ne peut pas être identifiée: Buyer will not name the agency' +
        '\n\nIvan Petrov\nRôle: director\nDate ou année de naissance: 1971\nNationalité: Russie (RU)\nPasseport: 72 1234567',
    );
  });

  it('shows an answer of an unexpected shape as its JSON rather than hiding it', () => {
    expect(formatAnswer(en, texts, question('A1'), { value: 'not-an-option' })).toBe(
      '\u2068"not-an-option"\u2069',
    );
    expect(formatAnswer(en, texts, question('A8'), { value: 'Free text' })).toBe('\u2068Free text\u2069');
  });
});
