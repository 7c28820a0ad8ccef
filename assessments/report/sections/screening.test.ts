import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractSignedAssessmentJson } from '../../verify/extractFromReport';
import { FontMetrics } from '../bidi/fontMetrics';
import { ParagraphLayout } from '../bidi/layoutParagraph';
import { embeddedAssessmentJson, embeddedParty } from '../collectReport';
import { embeddedAssessmentSchema, type EmbeddedAssessment } from '../../verify/embeddedAssessment';
import { createReportContext } from '../layout/reportContext';
import { screeningAnnex } from './screening';
import { definitionTexts } from '../../../test/helpers/definitionTexts';

/** assessment.json exactly as release 0.1.0 signed it: screened, but without parties or a list-age rule. */
const RELEASE_0_1_0 = embeddedAssessmentSchema.parse(
  JSON.parse(
    extractSignedAssessmentJson(
      readFileSync(
        fileURLToPath(
          new URL('../../../test/fixtures/reports/0.1.0/report-en-screened.pdf', import.meta.url),
        ),
      ),
    ).toString('utf8'),
  ),
);
const fonts = new FontMetrics();

const texts = definitionTexts;

function annexText(doc: EmbeddedAssessment, locale: 'en' | 'ar' = 'en'): string {
  return texts(screeningAnnex(createReportContext(locale, new ParagraphLayout(fonts)), doc)).join('\n');
}

/** The 0.1.0 run with what later releases record: every party, list dates and the list-age rule. */
function withParties(vintage: string | null, maxListAgeDays = 90): EmbeddedAssessment {
  const [run] = RELEASE_0_1_0.screening ?? [];
  if (!run) throw new Error('the 0.1.0 screened fixture has no screening run');
  return embeddedAssessmentSchema.parse({
    ...RELEASE_0_1_0,
    screeningPolicy: { maxListAgeDays },
    screening: [
      {
        ...run,
        datasets: run.datasets.map((dataset) => ({ ...dataset, vintage })),
        parties: [
          { name: 'General Intelligence Directorate', aliases: [], role: 'end user', source: 'assessment' },
          { name: 'Abu Abbas', aliases: ['Muhammad Zaydan'], role: 'consignee', source: 'E1' },
          { name: 'Nile Freight Forwarding SAE', aliases: [], role: 'freight forwarder', source: 'E1' },
        ],
      },
    ],
  });
}

describe('Annex D: screening', () => {
  it('reads and prints a report signed by 0.1.0: lists and hits, no parties table, no age judged', () => {
    expect(RELEASE_0_1_0.format).toBe('assay-assessment/1');
    expect(RELEASE_0_1_0.screening?.[0]?.parties).toBeUndefined();
    expect(RELEASE_0_1_0.screeningPolicy).toBeUndefined();
    const printed = annexText(RELEASE_0_1_0);
    expect(printed).toContain('Annex D: Screening');
    expect(printed).toContain('Threshold 0.85');
    expect(printed).toContain('OFAC Specially Designated Nationals (SDN) list [9d41f930]');
    expect(printed).toContain('Not stated');
    expect(printed).toContain('ABBAS, Abu');
    expect(printed).not.toContain('Parties screened');
    expect(printed).not.toContain('Age unknown');
    expect(annexText(RELEASE_0_1_0, 'ar')).not.toBe('');
  });

  it('lists every party screened with its role, where it was entered and its hits, "no hits" included', () => {
    const printed = annexText(withParties('2026-01-05'));
    expect(printed).toContain('Parties screened');
    for (const line of [
      'General Intelligence Directorate',
      'End user',
      'Assessment details',
      'Abu Abbas',
      'Also screened as: Muhammad Zaydan',
      'consignee',
      'Hits: 1',
      'Nile Freight Forwarding SAE',
      'freight forwarder',
      'Question E1',
    ])
      expect(printed).toContain(line);
    expect(printed.match(/^No hits$/gm)).toHaveLength(2);
  });

  it('prints each list’s publication date and warns when it was older than the limit at the decision', () => {
    // Decided 2026-01-15T09:00:09Z: 2025-10-16 is 91 days before, 2025-10-17 exactly 90.
    const stale = annexText(withParties('2025-10-16'));
    expect(stale).toContain('October 16, 2025');
    expect(stale).toContain(
      'Out of date: OFAC Specially Designated Nationals (SDN) list [9d41f930] was published on October 16, 2025, 91 days before the decision; this workspace warns when a list is more than 90 days old.',
    );
    const fresh = annexText(withParties('2025-10-17'));
    expect(fresh).toContain('October 17, 2025');
    expect(fresh).not.toContain('Out of date');
    expect(annexText(withParties('2025-10-16', 120))).not.toContain('Out of date');
  });

  it('judges the age when the report was made if nothing was decided, and says when it cannot judge', () => {
    const undecided = embeddedAssessmentSchema.parse({
      ...withParties('2025-06-30'),
      decision: null,
      generatedAt: '2026-01-20T00:00:00Z',
    });
    expect(annexText(undecided)).toContain(
      '204 days before this report was made (there is no decision yet); this workspace warns when a list is more than 90 days old.',
    );
    expect(annexText(withParties(null))).toContain(
      'Age unknown: OFAC Specially Designated Nationals (SDN) list [9d41f930] has no publication date',
    );
    expect(annexText(withParties('spring edition'))).toContain(
      'the publication date of OFAC Specially Designated Nationals (SDN) list [9d41f930], "spring edition", is not a calendar date',
    );
  });
});

describe('Annex D: what identified each party', () => {
  /** Parties as a run of answers version 2 records them: with birth date, nationality, identifiers. */
  function withIdentifiedParties(): EmbeddedAssessment {
    const doc = withParties('2026-01-05');
    const [run] = doc.screening ?? [];
    if (!run) throw new Error('no run');
    const parties = [
      embeddedParty({
        name: 'General Intelligence Directorate',
        aliases: [],
        role: 'end user',
        source: 'assessment',
        nationality: 'EG',
        identifiers: [{ type: 'company-registration', value: 'CR 551234' }],
      }),
      embeddedParty({
        name: 'Abu Abbas',
        aliases: ['Muhammad Zaydan'],
        role: 'consignee',
        source: 'E1',
        birthDate: '1979-03-04',
        nationality: 'JO',
        identifiers: [
          { type: 'passport', value: 'N1234567' },
          { type: 'trade licence', value: 'TL 9' },
        ],
      }),
      embeddedParty({
        name: 'Nile Freight Forwarding SAE',
        aliases: [],
        role: 'freight forwarder',
        source: 'E1',
        birthDate: '1998',
      }),
    ];
    return embeddedAssessmentSchema.parse({ ...doc, screening: [{ ...run, parties }] });
  }

  it('prints the birth date, the country by name and each identifier under the name and aliases', () => {
    const printed = annexText(withIdentifiedParties());
    const lines = printed.split('\n');
    const from = lines.indexOf('Abu Abbas');
    expect(lines.slice(from, from + 6)).toEqual([
      'Abu Abbas',
      'Also screened as: Muhammad Zaydan',
      'Date or year of birth: March 4, 1979',
      'Nationality or country: Jordan (JO)',
      'Passport: N1234567',
      'trade licence: TL 9',
    ]);
    expect(printed).toContain('Nationality or country: Egypt (EG)');
    expect(printed).toContain('Company registration number: CR 551234');
    expect(printed).toContain('Date or year of birth: 1998');
  });

  it('prints them in the report’s language, Arabic included', () => {
    const printed = annexText(withIdentifiedParties(), 'ar');
    // Lines come out in visual order: the words of a right-to-left line run from the right.
    for (const line of [
      '1979 مارس 4 سنته: أو الميلاد تاريخ',
      '(JO) الأردن البلد: أو الجنسية',
      '(EG) مصر البلد: أو الجنسية',
      'السفر جواز: N1234567',
      'trade licence: TL 9',
    ])
      expect(printed.split('\n')).toContain(line);
  });

  it('embeds them only when given, and reads them back from assessment.json unchanged', () => {
    const bare = { name: 'Nile Freight Forwarding SAE', aliases: [], role: 'forwarder', source: 'E1' };
    expect(embeddedParty({ ...bare, identifiers: [] })).toEqual(bare);
    expect(Object.keys(embeddedParty(bare))).toEqual(['name', 'aliases', 'role', 'source']);
    const doc = withIdentifiedParties();
    const json = embeddedAssessmentJson(doc);
    const read = embeddedAssessmentSchema.parse(JSON.parse(json));
    expect(read).toEqual(doc);
    expect(embeddedAssessmentJson(read)).toBe(json);
    expect(read.screening?.[0]?.parties?.[1]).toEqual({
      name: 'Abu Abbas',
      aliases: ['Muhammad Zaydan'],
      role: 'consignee',
      source: 'E1',
      birthDate: '1979-03-04',
      nationality: 'JO',
      identifiers: [
        { type: 'passport', value: 'N1234567' },
        { type: 'trade licence', value: 'TL 9' },
      ],
    });
  });

  it('reads parties recorded without them as before, printing no empty lines', () => {
    const doc = withParties('2026-01-05');
    for (const party of doc.screening?.[0]?.parties ?? [])
      expect(Object.keys(party)).toEqual(['name', 'aliases', 'role', 'source']);
    const printed = annexText(doc);
    expect(printed).not.toContain('Date or year of birth');
    expect(printed).not.toContain('Nationality or country');
  });
});
