import { describe, expect, it } from 'vitest';
import shippedTemplate from '../../../templates/surveillance-export-hria/1.0.0/template.json';
import { entitySchema } from '../../../assessments/questionnaire/answers';
import type { TemplateBundle } from '../templates/templateBundle';
import { buildInitialAnswers, intakeQuestions, type IntakeValues } from './intakeAnswers';

// The shipped template, as the core would hand it over (its own schema fills the defaults).
const template = shippedTemplate as unknown as TemplateBundle['template'];
const bundle: TemplateBundle = { ref: 'x', hash: 'h', template, translations: [] };

const EMPTY: IntakeValues = {
  destinationCountry: '',
  endUserName: '',
  endUserNationality: '',
  endUserIdentifierType: '',
  endUserIdentifierValue: '',
  intermediaries: [],
  productCategories: [],
  controlStatus: '',
  controlCode: '',
};
const ROLES = { endUser: 'end user', intermediary: 'intermediary' };

describe('answers from the new-assessment form', () => {
  it('finds the intake questions of the shipped template, and none without one', () => {
    const found = intakeQuestions(bundle);
    expect([
      found.destination?.id,
      found.parties?.id,
      found.productCategory?.id,
      found.controlStatus?.id,
    ]).toEqual(['C1', 'E1', 'B1', 'B2']);
    expect(intakeQuestions(null)).toEqual({
      destination: null,
      parties: null,
      productCategory: null,
      controlStatus: null,
    });
  });

  it('answers nothing when nothing was entered', () => {
    expect(buildInitialAnswers(intakeQuestions(bundle), EMPTY, ROLES)).toEqual({});
  });

  it('puts the end user and each intermediary into the parties, and the control code into the note', () => {
    const answers = buildInitialAnswers(
      intakeQuestions(bundle),
      {
        destinationCountry: 'EG',
        endUserName: ' Ministry of Interior ',
        intermediaries: ['Gulf Trading FZE', '  '],
        productCategories: ['mobile-interception'],
        controlStatus: 'eu-annex-i-listed',
        controlCode: '5A001.f',
      },
      ROLES,
    );
    expect(answers).toEqual({
      C1: { value: 'EG' },
      E1: {
        value: [
          { name: 'Ministry of Interior', role: 'end user' },
          { name: 'Gulf Trading FZE', role: 'intermediary' },
        ],
      },
      B1: { value: ['mobile-interception'] },
      B2: { value: 'eu-annex-i-listed', note: '5A001.f' },
    });
  });

  it('gives the end user its nationality and identifier, trimmed, and leaves the intermediaries bare', () => {
    const answers = buildInitialAnswers(
      intakeQuestions(bundle),
      {
        ...EMPTY,
        endUserName: 'Ministry of Interior',
        endUserNationality: 'EG',
        endUserIdentifierType: 'company-registration',
        endUserIdentifierValue: ' 12345 ',
        intermediaries: ['Gulf Trading FZE'],
      },
      ROLES,
    );
    expect(answers).toEqual({
      E1: {
        value: [
          {
            name: 'Ministry of Interior',
            role: 'end user',
            nationality: 'EG',
            identifiers: [{ type: 'company-registration', value: '12345' }],
          },
          { name: 'Gulf Trading FZE', role: 'intermediary' },
        ],
      },
    });
  });

  it('adds no empty details: a nationality alone, and no identifier without both its parts', () => {
    const questions = intakeQuestions(bundle);
    const named = { ...EMPTY, endUserName: 'Ministry of Interior' };
    expect(buildInitialAnswers(questions, { ...named, endUserNationality: 'AE' }, ROLES)).toEqual({
      E1: { value: [{ name: 'Ministry of Interior', role: 'end user', nationality: 'AE' }] },
    });
    expect(
      buildInitialAnswers(
        questions,
        { ...named, endUserIdentifierType: 'passport', endUserIdentifierValue: '  ' },
        ROLES,
      ),
    ).toEqual({ E1: { value: [{ name: 'Ministry of Interior', role: 'end user' }] } });
  });

  it('writes answers the questionnaire accepts as a party', () => {
    const answers = buildInitialAnswers(
      intakeQuestions(bundle),
      {
        ...EMPTY,
        endUserName: 'Ministry of Interior',
        endUserNationality: 'EG',
        endUserIdentifierType: 'national-id',
        endUserIdentifierValue: 'A-1',
      },
      ROLES,
    );
    const parties = answers.E1?.value;
    expect(Array.isArray(parties)).toBe(true);
    for (const party of parties as unknown[]) expect(entitySchema.safeParse(party).success).toBe(true);
  });
});
