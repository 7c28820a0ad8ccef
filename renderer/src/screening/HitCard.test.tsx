// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createAssayClient } from '../client/createClient';
import { createFakeCore } from '../testing/fakeCore';
import { byTestId, enableActEnvironment } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import type { Language } from '../i18n/languages';
import { HitCard } from './HitCard';
import type { Hit } from './screeningTypes';

enableActEnvironment();

afterEach(unmountRendered);

const HIT: Hit = {
  id: '00000000-0000-4000-8000-0000000000a1',
  datasetId: '00000000-0000-4000-8000-0000000000d1',
  datasetLabel: 'EU consolidated 2026-01-05 [00000000]',
  sourceId: 'EU.123.45',
  entryName: 'Horizon Systems LLC',
  entryType: 'entity',
  matchedName: 'Horizon Systems LLC',
  score: 0.97,
  features: ['primary-name', 'identifier-matches', 'country-matches', 'country-differs'],
  programmes: [],
  birthDates: [],
  nationalities: ['Russia', 'Belarus'],
  identifiers: ['Registration Number 1027700132195, Moscow', 'Tax ID 7707083893'],
  sourceUrl: null,
  partyName: 'Horizon Systems',
  disposition: null,
  reason: null,
  decidedBy: null,
  decidedAt: null,
};

async function renderCard(hit: Hit, language: Language = 'en') {
  await renderWithClient(
    <HitCard hit={hit} editable={false} onDisposed={() => undefined} />,
    createAssayClient(createFakeCore({ state: 'unlocked' }).transport),
    language,
  );
  return byTestId('screening-hit');
}

/** The card's details as term → description pairs. */
function details(card: HTMLElement): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const term of card.querySelectorAll('dt'))
    pairs[term.textContent ?? ''] = term.nextElementSibling?.textContent ?? '';
  return pairs;
}

describe('a screening hit', () => {
  it('shows the nationalities and identifiers the listed record gives', async () => {
    const card = await renderCard(HIT);
    expect(details(card)).toMatchObject({
      'Nationalities and countries': 'Russia; Belarus',
      Identifiers: 'Registration Number 1027700132195, Moscow; Tax ID 7707083893',
    });
  });

  it('leaves them out when the record gives none, as hits of earlier runs do', async () => {
    const { nationalities: _n, identifiers: _i, ...earlier } = HIT;
    const card = await renderCard({ ...earlier, birthDates: ['1961'] });
    expect(Object.keys(details(card))).not.toContain('Nationalities and countries');
    expect(Object.keys(details(card))).not.toContain('Identifiers');
    expect(details(card)['Dates of birth']).toBe('1961');
  });

  it.each([
    ['en', ['an identifier matches', 'country matches', 'country differs']],
    ['ar', ['أحد المعرّفات مطابق', 'البلد مطابق', 'البلد مختلف']],
  ] as const)('words why it matched by identifier or country (%s)', async (language, words) => {
    const card = await renderCard(HIT, language);
    const said = (feature: string) => card.querySelector(`[data-feature="${feature}"]`)?.textContent ?? null;
    expect([said('identifier-matches'), said('country-matches'), said('country-differs')]).toEqual(words);
    expect(card.querySelector('.feature-list code')).toBeNull();
  });

  it('names the records of other lists that are the same person, and why it was found', async () => {
    const card = await renderCard({
      ...HIT,
      features: ['linked-record'],
      sameAs: [{ datasetId: HIT.datasetId, datasetLabel: 'UN consolidated 2022-09-15', sourceId: 'QDe.001' }],
    });
    expect(details(card)['Same as']).toBe('UN consolidated 2022-09-15 QDe.001');
    expect(card.querySelector('[data-feature="linked-record"]')?.textContent).toBe(
      'same person or organisation as a matched record on another list',
    );
  });

  it('shows what was entered for the party beside what the list gives', async () => {
    await renderWithClient(
      <HitCard
        hit={HIT}
        party={{
          birthDate: '1970',
          nationality: 'EG',
          identifiers: [{ type: 'passport', value: 'A1234567' }],
        }}
        editable={false}
        onDisposed={() => undefined}
      />,
      createAssayClient(createFakeCore({ state: 'unlocked' }).transport),
      'en',
    );
    expect(details(byTestId('screening-hit'))['Given for the party']).toBe('1970; Egypt; Passport: A1234567');
  });
});
