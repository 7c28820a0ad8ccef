import type { Locale } from '../../questionnaire/templateSchema';
import type { FontFamily } from '../fonts';
import type { Direction, ParagraphLayout } from '../bidi/layoutParagraph';
import { isIsolated, isolate } from '../bidi/isolate';
import { primaryFamily } from '../bidi/scripts';
import { reportString, type ReportStringKey } from '../strings';
import { continuedTables, type ContinuedTables } from './continuedTables';

/** Everything the section builders share: language, direction, strings, formatting, text layout. */
export interface ReportContext {
  locale: Locale;
  direction: Direction;
  primary: FontFamily;
  t(key: ReportStringKey, values?: Record<string, string | number>): string;
  layout: ParagraphLayout;
  /** Which table each page continues, learnt while pdfmake lays this one document out. */
  tables: ContinuedTables;
  formatDate(isoDate: string): string;
  formatDateTime(isoTimestamp: string): string;
  /** Date and time in UTC without the zone's name, for a column whose heading names it. */
  formatDateTimeUtc(isoTimestamp: string): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatBytes(bytes: number): string;
  countryName(code: string): string;
}

export function createReportContext(locale: Locale, layout: ParagraphLayout): ReportContext {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
    hourCycle: 'h23',
  });
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  // Building an Intl formatter costs far more than using one: one per distinct option set.
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const formatNumber = (value: number, options?: Intl.NumberFormatOptions) => {
    const key = options ? JSON.stringify(options) : '';
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, options);
      numberFormats.set(key, format);
    }
    return format.format(value);
  };
  /** Date and time in the reader's notation, in UTC; null for a value that is not a timestamp. */
  const inUtc = (iso: string): string | null => {
    const parsed = new Date(iso);
    return Number.isNaN(parsed.getTime()) ? null : dateTime.format(parsed);
  };
  const direction = locale === 'ar' ? 'rtl' : 'ltr';
  return {
    locale,
    direction,
    primary: primaryFamily(locale),
    // Filled-in values (names, list labels, numbers, a user's text) are isolated, each taking its
    // direction from its own first letter, so a value in the other direction leaves the sentence's
    // punctuation where the translator put it. A value that comes isolated already keeps its own.
    t: (key, values) =>
      reportString(
        locale,
        key,
        values &&
          Object.fromEntries(
            Object.entries(values).map(([name, value]) => {
              const text = String(value);
              return [name, isIsolated(text) ? text : isolate(text)];
            }),
          ),
      ),
    layout,
    tables: continuedTables(),
    formatDate: (iso) => {
      const parsed = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? iso : date.format(parsed);
    },
    formatDateTime: (iso) => {
      const shown = inUtc(iso);
      return shown === null ? iso : `${shown} UTC`;
    },
    formatDateTimeUtc: (iso) => inUtc(iso) ?? iso,
    formatNumber,
    formatBytes: (bytes) =>
      bytes < 1024
        ? formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'short' })
        : bytes < 1024 * 1024
          ? formatNumber(bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 })
          : formatNumber(bytes / (1024 * 1024), {
              style: 'unit',
              unit: 'megabyte',
              maximumFractionDigits: 1,
            }),
    countryName: (code) => {
      const name = regions.of(code);
      return name && name !== code ? `${name} (${code})` : code;
    },
  };
}
