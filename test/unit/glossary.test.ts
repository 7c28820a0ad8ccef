import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_STRINGS } from '../../assessments/report/strings';
import { TRAIL_CATALOGUES } from '../../assessments/scoring/trail/catalogue';
import {
  GLOSSARY,
  GLOSSARY_LANGUAGES,
  type GlossaryConcept,
  type GlossaryLanguage,
} from '../../assessments/shared/glossary';
import { LOCALES } from '../../renderer/src/i18n/locales';

/** Every string of a nested catalogue, keyed by its dotted path. */
function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (typeof value === 'string') out[prefix] = value;
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

const normalise = (text: string, caseSensitive = false) => {
  const plain = text.replace(/[’‘ʼ]/g, "'").normalize('NFC');
  return caseSensitive ? plain : plain.toLocaleLowerCase();
};
/** `{{name}}` (interface) and `{name}` (report) are filled in later and name nothing themselves. */
const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}|\{\w+\}/g, '');
/** The red-flag codes are concepts of their own (Latin in every language): "GAP" names no data gap. */
const withoutCodes = (text: string) => text.replace(/\b(?:STOP|ESC|NOTIFY|GAP)\b/g, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Languages written with spaces between words get whole-word matches; Arabic and Chinese substrings. */
function containsVariant(language: GlossaryLanguage, text: string, variant: string): boolean {
  const haystack = normalise(text);
  const needle = normalise(variant);
  if (language === 'ar' || language === 'zh') return haystack.includes(needle);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}

function usesTerm(concept: GlossaryConcept, language: GlossaryLanguage, text: string): boolean {
  const term = concept.terms[language];
  return [term.preferred, ...(term.forms ?? [])].some((form) =>
    normalise(text, concept.caseSensitive).includes(normalise(form, concept.caseSensitive)),
  );
}

const UI = Object.fromEntries(
  GLOSSARY_LANGUAGES.map((language) => [language, flatten(LOCALES[language])]),
) as Record<GlossaryLanguage, Record<string, string>>;
const REPORT = Object.fromEntries(
  GLOSSARY_LANGUAGES.map((language) => [language, { ...REPORT_STRINGS[language] } as Record<string, string>]),
) as Record<GlossaryLanguage, Record<string, string>>;
const TRAIL = Object.fromEntries(
  GLOSSARY_LANGUAGES.map((language) => [
    language,
    { ...TRAIL_CATALOGUES[language] } as Record<string, string>,
  ]),
) as Record<GlossaryLanguage, Record<string, string>>;
/** The explanation trail's sentences are a string set of their own, shared by the interface and the report. */
const SETS = { ui: UI, report: REPORT, trail: TRAIL } as const;

function forbiddenUses(language: GlossaryLanguage, strings: Record<string, string>): string[] {
  const found: string[] = [];
  for (const concept of GLOSSARY)
    for (const variant of concept.terms[language].forbidden)
      for (const [key, text] of Object.entries(strings))
        if (containsVariant(language, text, variant))
          found.push(`${concept.id}: "${variant}" in ${key}: ${text}`);
  return found;
}

describe('glossary', () => {
  it('has a term in every language for every concept, and no forbidden variant equal to a preferred term', () => {
    const ids = GLOSSARY.map((concept) => concept.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const concept of GLOSSARY)
      for (const language of GLOSSARY_LANGUAGES) {
        const term = concept.terms[language];
        expect(term.preferred.trim(), `${concept.id} ${language}`).not.toBe('');
        expect(term.forbidden.map((variant) => normalise(variant))).not.toContain(normalise(term.preferred));
      }
  });

  describe.each(Object.keys(SETS) as (keyof typeof SETS)[])('%s strings', (set) => {
    it.each(GLOSSARY_LANGUAGES)('%s uses no forbidden variant', (language) => {
      expect(forbiddenUses(language, SETS[set][language])).toEqual([]);
    });

    it.each(GLOSSARY_LANGUAGES)(
      '%s labels each recommendation and tier with exactly the preferred term',
      (language) => {
        const wrong: string[] = [];
        for (const concept of GLOSSARY)
          for (const key of set === 'trail' ? [] : (concept.exact?.[set] ?? [])) {
            const text = SETS[set][language][key];
            if (text !== concept.terms[language].preferred)
              wrong.push(`${concept.id}: ${key} is "${text}", not "${concept.terms[language].preferred}"`);
          }
        expect(wrong).toEqual([]);
      },
    );

    it.each(GLOSSARY_LANGUAGES)(
      '%s uses the preferred term wherever English names the concept',
      (language) => {
        const missing: string[] = [];
        for (const concept of GLOSSARY) {
          if (!concept.namedBy) continue;
          const names = new RegExp(concept.namedBy, concept.caseSensitive ? 'u' : 'iu');
          for (const [key, english] of Object.entries(SETS[set].en)) {
            const text = SETS[set][language][key];
            const named = concept.caseSensitive ? english : withoutCodes(english);
            if (text === undefined || !names.test(withoutPlaceholders(named))) continue;
            if (!usesTerm(concept, language, text))
              missing.push(`${concept.id}: ${key} lacks "${concept.terms[language].preferred}": ${text}`);
          }
        }
        expect(missing).toEqual([]);
      },
    );
  });

  it('is mirrored in docs/glossary.md: every concept, with each language’s preferred and forbidden terms', () => {
    const doc = readFileSync(join(__dirname, '../../docs/glossary.md'), 'utf8');
    for (const concept of GLOSSARY) {
      const start = doc.indexOf(`(\`${concept.id}\`)`);
      expect(start, `docs/glossary.md has no section for ${concept.id}`).toBeGreaterThan(-1);
      const next = doc.indexOf('\n## ', start + 1);
      const section = doc.slice(start, next === -1 ? undefined : next);
      for (const language of GLOSSARY_LANGUAGES) {
        const row = section.split('\n').find((line) => line.startsWith(`| ${language} `)) ?? '';
        const cells = row.split('|').map((cell) => cell.trim());
        const term = concept.terms[language];
        expect(cells[2], `${concept.id} ${language}: preferred term in docs/glossary.md`).toBe(
          term.preferred,
        );
        for (const variant of term.forbidden)
          expect(cells[4], `${concept.id} ${language}: forbidden "${variant}" in docs/glossary.md`).toContain(
            variant,
          );
      }
    }
  });

  it('gives each recommendation and tier the same label in the interface and the report', () => {
    for (const language of GLOSSARY_LANGUAGES)
      for (const concept of GLOSSARY) {
        const labels = new Set([
          ...(concept.exact?.ui ?? []).map((key) => UI[language][key]),
          ...(concept.exact?.report ?? []).map((key) => REPORT[language][key]),
        ]);
        expect(labels.size, `${language} ${concept.id}: ${[...labels].join(' | ')}`).toBeLessThanOrEqual(1);
      }
  });

  /*
   * The template is the third string set. Template 1.0.0 (and its translations) is frozen: its
   * published hash is pinned by signed reports, so its wording cannot follow the glossary. Every other
   * template version found under templates/ is checked, so this applies as soon as 1.1.0 lands.
   */
  const FROZEN_TEMPLATE_VERSIONS = new Set(['1.0.0']);
  const templateRoot = join(__dirname, '../../templates');
  const templateFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? templateFiles(join(dir, entry.name))
        : entry.name.endsWith('.json')
          ? [join(dir, entry.name)]
          : [],
    );
  const templates = (existsSync(templateRoot) ? templateFiles(templateRoot) : [])
    .map((file) => ({ file, json: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> }))
    .filter(({ json }) => typeof json.format === 'string' && json.format.startsWith('assay-template'))
    .map(({ file, json }) => ({
      file,
      version: String(json.version),
      language: (json.format === 'assay-template-translation/1' ? json.locale : 'en') as GlossaryLanguage,
      strings: flatten(json.format === 'assay-template-translation/1' ? json.texts : json),
    }));

  it('finds the template files (1.0.0 is frozen and exempt)', () => {
    expect(templates.length).toBeGreaterThan(0);
  });

  const checked = templates.filter(
    ({ version, language }) =>
      !FROZEN_TEMPLATE_VERSIONS.has(version) && GLOSSARY_LANGUAGES.includes(language),
  );
  it.skipIf(checked.length === 0).each(checked.map((t) => [`${t.file} (${t.version})`, t] as const))(
    'template %s uses no forbidden variant',
    (_name, template) => {
      expect(forbiddenUses(template.language, template.strings)).toEqual([]);
    },
  );
});
