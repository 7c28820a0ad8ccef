import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../shared/canonicalJson';
import { entitySchema, isBirthDate, isUnidentifiedParty } from './answers';

const issueOf = (value: unknown) => {
  const parsed = entitySchema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.')}: ${issue?.message}`;
};

describe('party answer, version 2', () => {
  it.each([
    [
      'as the version 1 editor saved it',
      {
        name: 'Acme Trading FZE',
        aliases: ['Acme FZE', ' ACME  '],
        address: 'Jebel Ali Free Zone ',
        identifiers: [{ type: 'trade licence', value: 'FZE-12345' }],
        role: 'intermediate consignee',
      },
    ],
    ['as the version 1 intake saved it', { name: '  Nile Integrators SAE ', role: 'end user' }],
    ['with nothing but a name', { name: 'Abu Abbas' }],
    ['with empty optional fields', { name: 'X', aliases: [], address: '', identifiers: [], role: '' }],
  ])('parses a party %s and re-serialises it byte-identically', (_, stored) => {
    const bytes = canonicalJson(stored);
    const parsed = entitySchema.parse(JSON.parse(bytes));
    expect(canonicalJson(parsed)).toBe(bytes);
    expect(Object.keys(parsed)).toEqual(Object.keys(stored));
  });

  it('parses the version 2 fields and keeps them as entered', () => {
    const party = {
      name: 'Jin Tiesan',
      aliases: ['金铁三'],
      role: 'consignee',
      address: '',
      birthDate: '1971-02-28',
      nationality: 'CN',
      identifiers: [
        { type: 'passport', value: 'E12345678' },
        { type: 'imo', value: '9321483' },
      ],
    };
    expect(entitySchema.parse(party)).toEqual(party);
    expect(entitySchema.parse({ name: 'A', birthDate: '1971' })).toEqual({ name: 'A', birthDate: '1971' });
  });

  it('has a not-identified state with a role and an optional reason, and no name', () => {
    const party = { notIdentified: true, role: 'freight forwarder', reason: 'Not named in the contract' };
    const parsed = entitySchema.parse(party);
    expect(parsed).toEqual(party);
    expect(isUnidentifiedParty(parsed)).toBe(true);
    expect(isUnidentifiedParty(entitySchema.parse({ name: 'A' }))).toBe(false);
    expect(canonicalJson(entitySchema.parse({ notIdentified: true, role: 'bank' }))).toBe(
      '{"notIdentified":true,"role":"bank"}',
    );
  });

  it.each([
    [{ name: '' }, 'name: enter the name'],
    [{ name: '   ' }, 'name: enter the name'],
    [{}, 'name: enter the name'],
    [
      { name: 'A', birthDate: '1971-02-30' },
      'birthDate: expected the birth date as a year (YYYY) or a real date (YYYY-MM-DD)',
    ],
    [
      { name: 'A', birthDate: '71' },
      'birthDate: expected the birth date as a year (YYYY) or a real date (YYYY-MM-DD)',
    ],
    [
      { name: 'A', birthDate: '1971-02' },
      'birthDate: expected the birth date as a year (YYYY) or a real date (YYYY-MM-DD)',
    ],
    [
      { name: 'A', nationality: 'eg' },
      'nationality: expected the nationality as an ISO 3166-1 alpha-2 country code in capitals, such as "EG"',
    ],
    [
      { name: 'A', nationality: 'XX' },
      'nationality: expected the nationality as an ISO 3166-1 alpha-2 country code in capitals, such as "EG"',
    ],
    [
      { name: 'A', identifiers: [{ type: '', value: '1' }] },
      'identifiers.0.type: choose the identifier type (passport, national-id, company-registration, imo, other)',
    ],
    [
      { name: 'A', identifiers: [{ type: 'imo', value: ' ' }] },
      'identifiers.0.value: enter the identifier (number or code)',
    ],
    [{ name: 'A', aliases: [''] }, 'aliases.0: an alias is empty'],
    [{ name: 'A', role: 3 }, 'role: expected the role as text'],
    [{ notIdentified: true, role: '' }, 'role: give the role of the party that cannot be identified'],
    [{ notIdentified: true }, 'role: give the role of the party that cannot be identified'],
    [
      { notIdentified: false, name: 'A' },
      'notIdentified: notIdentified must be true (party not identified) or left out',
    ],
    ['Acme', ': expected a party: { name, … } or { notIdentified: true, role }'],
  ])('rejects %j naming the field', (value, expected) => {
    expect(issueOf(value)).toBe(expected);
  });

  it('refuses a name on a party that is not identified, and unknown fields', () => {
    expect(issueOf({ notIdentified: true, role: 'bank', name: 'unknown' })).toMatch(/name/);
    expect(issueOf({ name: 'A', dob: '1971' })).toMatch(/dob/);
  });

  it.each([
    ['1971', true],
    ['1971-02-28', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1971-13-01', false],
    ['1971-2-3', false],
    ['', false],
  ])('birth date %j is valid: %s', (text, valid) => {
    expect(isBirthDate(text)).toBe(valid);
  });
});
