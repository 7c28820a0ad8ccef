import * as z from 'zod';
import {
  templateSchema,
  translationSchema,
  type Locale,
  type Template,
} from '../questionnaire/templateSchema';
import { templateText } from '../questionnaire/templateText';

const canonicalSchema = z.object({
  template: z.unknown(),
  translations: z.record(z.string(), z.unknown()),
});

export interface TemplateTexts {
  template: Template;
  /** The text for a translation key in the report's language, else in the template's own. */
  text(key: string): string;
}

/** Reads the pinned template (as embedded) and its texts in `locale`. */
export function templateTexts(canonical: string, locale: Locale): TemplateTexts {
  let raw: unknown;
  try {
    raw = JSON.parse(canonical);
  } catch (error) {
    throw new Error(`The embedded template is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = canonicalSchema.parse(raw);
  const template = templateSchema.parse(parsed.template);
  const translation = parsed.translations[locale];
  // Only the report's own language is read (and validated): another may be absent or older.
  const translations =
    locale !== template.sourceLocale && translation !== undefined
      ? [translationSchema.parse(translation)]
      : [];
  const lookup = templateText({ template, translations }, locale);
  return {
    template,
    text: (key) => lookup.text(key),
  };
}
