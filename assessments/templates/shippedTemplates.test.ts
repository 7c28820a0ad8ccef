import { describe, expect, it } from 'vitest';
import { REPO_TEMPLATES } from '../../test/helpers/workspace';
import { LOCALES } from '../questionnaire/templateSchema';
import { translationKeys } from '../questionnaire/translationKeys';
import { loadTemplate, loadTemplateLibrary } from './loadTemplate';

const SE_HRIA = `${REPO_TEMPLATES}/surveillance-export-hria`;

describe('templates shipped with the app', () => {
  it('all validate, with every translation complete', () => {
    const bundles = loadTemplateLibrary(REPO_TEMPLATES);
    expect(bundles.map((bundle) => bundle.template.id)).toContain('surveillance-export-hria');
  });

  it('offers surveillance-export-hria 1.0.0 and 1.1.0, and reads the newest, 1.1.0, by default', () => {
    const versions = loadTemplateLibrary(REPO_TEMPLATES)
      .filter((bundle) => bundle.template.id === 'surveillance-export-hria')
      .map((bundle) => bundle.template.version)
      .sort();
    expect(versions).toEqual(['1.0.0', '1.1.0']);
    expect(loadTemplate(SE_HRIA).template.version).toBe('1.1.0');
  });

  describe.each([
    {
      version: '1.0.0',
      scoring: 'se-hria-scoring/1.0',
      // 9 sections, 68 questions (BRIEF §5).
      sections: ['A5', 'B9', 'C11', 'D8', 'E8', 'F8', 'G7', 'H6', 'I6'],
      questions: 68,
    },
    {
      version: '1.1.0',
      scoring: 'se-hria-scoring/1.1',
      // Methodology 1.1 adds B10 (integration), E9 (intermediaries), G8–G10 (response plan, public reporting, renewal).
      sections: ['A5', 'B10', 'C11', 'D8', 'E9', 'F8', 'G10', 'H6', 'I6'],
      questions: 73,
    },
  ])('surveillance-export-hria $version', ({ version, scoring, sections, questions }) => {
    const bundle = loadTemplate(`${SE_HRIA}/${version}`);
    const { template } = bundle;

    it(`has the ${sections.length} sections and ${questions} questions of methodology ${scoring}`, () => {
      expect(template.version).toBe(version);
      expect(template.scoring?.version).toBe(scoring);
      expect(template.sections.map((s) => `${s.id}${s.questions.length}`)).toEqual(sections);
    });

    it('exists in the six UN languages with the same texts in each (locale parity)', () => {
      expect([...template.locales].sort()).toEqual([...LOCALES].sort());
      const keys = [...translationKeys(template).keys()].sort();
      expect(
        keys.filter((key) => key.startsWith('questions.') && key.endsWith('.guidance.lookFor')),
      ).toHaveLength(questions);
      expect(bundle.translations.map((t) => t.locale).sort()).toEqual(['ar', 'es', 'fr', 'ru', 'zh']);
      for (const translation of bundle.translations) {
        expect(translation.version, translation.locale).toBe(version);
        expect(Object.keys(translation.texts).sort(), translation.locale).toEqual(keys);
        for (const [key, text] of Object.entries(translation.texts))
          expect(text.trim(), `${translation.locale} ${key}`).not.toBe('');
      }
    });

    it('gives every question guidance and a cited mapping, and every flag a legal basis', () => {
      const sourceIds = new Set(template.sources.map((s) => s.id));
      for (const section of template.sections) {
        for (const q of section.questions) {
          expect(q.guidance.lookFor.length, q.id).toBeGreaterThan(40);
          expect(
            q.mapsTo.every((m) => sourceIds.has(m.source)),
            q.id,
          ).toBe(true);
          for (const flag of q.redFlags) {
            expect(flag.basis.length, flag.id).toBeGreaterThan(0);
            expect(
              flag.basis.every((m) => sourceIds.has(m.source)),
              flag.id,
            ).toBe(true);
          }
        }
      }
    });

    it('pins by a hash that is stable across loads', () => {
      expect(loadTemplate(`${SE_HRIA}/${version}`).hash).toBe(bundle.hash);
      expect(bundle.ref).toBe(`surveillance-export-hria@${version}#${bundle.hash}`);
      expect(bundle.hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  describe('surveillance-export-hria 1.1.0 (methodology 1.1)', () => {
    const { template } = loadTemplate(`${SE_HRIA}/1.1.0`);
    const scoring = template.scoring;
    const question = (id: string) => template.sections.flatMap((s) => s.questions).find((q) => q.id === id);

    it('declares the scope cap, at most 8 decisive answers with reasons, the I1 revisit prompt and trail messages', () => {
      expect(scoring?.trailMessages).toBe(true);
      expect(scoring?.severity.caps).toEqual([
        expect.objectContaining({ id: 'scope-needs-intrusion', dimension: 'F4', atMost: 3, when: 'F3 <= 2' }),
      ]);
      expect(scoring?.decisive?.length).toBeLessThanOrEqual(8);
      for (const answer of scoring?.decisive ?? [])
        expect(answer.reason.length, answer.question).toBeGreaterThan(40);
      expect(scoring?.revisit?.map((prompt) => [prompt.id, prompt.question])).toEqual([
        ['I1-awareness', 'I1'],
      ]);
    });

    it('reads actual misuse from this end user and this capability, with linked evidence, never from C8', () => {
      const rules = scoring?.likelihood.actual ?? [];
      expect(rules.map((rule) => rule.when)).toEqual([
        "D3 == 'documented-misuse-this-capability' and evidence(D3) > 0",
      ]);
      expect(rules.some((rule) => rule.when.includes('C8'))).toBe(false);
    });

    it('reads an unidentified party from the explicit party state, not from a name', () => {
      expect(question('E1')?.redFlags.find((flag) => flag.id === 'E1-GAP')?.when).toBe(
        'not answered(E1) or unidentified(E1)',
      );
    });

    it('raises the Article 5(2) notifications only for non-listed items', () => {
      const notify = template.sections
        .flatMap((s) => s.questions)
        .flatMap((q) => q.redFlags)
        .filter((flag) => flag.code === 'NOTIFY');
      expect(notify.map((flag) => flag.id).sort()).toEqual(['B9-NOTIFY', 'I1-NOTIFY', 'I1-NOTIFY-SUSPICION']);
      for (const flag of notify)
        expect(flag.when, flag.id).toContain("not (B2 in ['eu-annex-i-listed', 'eu-and-us-listed'])");
    });

    it('cites official publishers: no source on a known mirror', () => {
      const mirrors =
        /legalize\.dev|vlex|jurist\.org|mondaq|fdocuments|readkong|scribd|publications\.parliament\.uk/;
      expect(template.sources.filter((source) => mirrors.test(source.url ?? '')).map((s) => s.id)).toEqual(
        [],
      );
    });
  });
});
