import type { Locale } from '../../questionnaire/templateSchema';
import { ar } from './ar';
import { en, type ReportStringKey, type ReportStrings } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import { zh } from './zh';

export type { ReportStringKey, ReportStrings };

export const REPORT_STRINGS: Record<Locale, ReportStrings> = { en, fr, es, ar, ru, zh };

export function isReportStringKey(key: string): key is ReportStringKey {
  return Object.hasOwn(en, key);
}

/** The string for `key` in `locale`, with `{name}` placeholders filled from `values`. */
export function reportString(
  locale: Locale,
  key: ReportStringKey,
  values: Record<string, string | number> = {},
): string {
  return REPORT_STRINGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
