import { describe, expect, it } from 'vitest';
import { REPO_TEMPLATES } from '../../test/helpers/workspace';
import { LOCALES } from '../questionnaire/templateSchema';
import { translationKeys } from '../questionnaire/translationKeys';
import { loadTemplate, loadTemplateLibrary } from './loadTemplate';

describe('templates shipped with the app', () => {
  it('all validate, with every translation complete', () => {
    const bundles = loadTemplateLibrary(REPO_TEMPLATES);
    expect(bundles.map((bundle) => bundle.template.id)).toContain('surveillance-export-hria');
  });

  describe('surveillance-export-hria', () => {
    const bundle = loadTemplate(`${REPO_TEMPLATES}/surveillance-export-hria`);
    const { template } = bundle;

    it('has the 9 sections and 68 questions of the methodology', () => {
      expect(template.sections.map((s) => `${s.id}${s.questions.length}`)).toEqual([
        'A5',
        'B9',
        'C11',
        'D8',
        'E8',
        'F8',
        'G7',
        'H6',
        'I6',
      ]);
    });

    it('exists in the six UN languages with the same texts in each (locale parity)', () => {
      expect([...template.locales].sort()).toEqual([...LOCALES].sort());
      const keys = [...translationKeys(template).keys()].sort();
      expect(
        keys.filter((key) => key.startsWith('questions.') && key.endsWith('.guidance.lookFor')),
      ).toHaveLength(68);
      expect(bundle.translations.map((t) => t.locale).sort()).toEqual(['ar', 'es', 'fr', 'ru', 'zh']);
      for (const translation of bundle.translations) {
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
          for (const flag of q.redFlags) expect(flag.basis.length, flag.id).toBeGreaterThan(0);
        }
      }
    });

    it('pins by a hash that is stable across loads', () => {
      expect(loadTemplate(`${REPO_TEMPLATES}/surveillance-export-hria`).hash).toBe(bundle.hash);
      expect(bundle.ref).toMatch(/^surveillance-export-hria@1\.0\.0#[0-9a-f]{64}$/);
    });
  });
});
