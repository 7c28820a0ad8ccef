import type { OperationInput } from '../../../assessments/api/contract';

export type ReportLocale = OperationInput<'report.export'>['locale'];

/** The report's languages, each named in itself so a reader finds their own whatever the UI language. */
export const REPORT_LANGUAGES: readonly { code: ReportLocale; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
  { code: 'ar', name: 'العربية' },
  { code: 'ru', name: 'Русский' },
  { code: 'zh', name: '中文' },
];

/** The report language to offer first: the UI's own when the report has it. */
export function defaultReportLocale(uiLanguage: string): ReportLocale {
  return REPORT_LANGUAGES.find((language) => language.code === uiLanguage)?.code ?? 'en';
}

/** `assessment-<first 8 characters of the id>-<lang>.pdf` */
export function defaultReportName(assessmentId: string, locale: ReportLocale): string {
  const short = assessmentId.replace(/[^0-9a-z]/gi, '').slice(0, 8) || 'report';
  return `assessment-${short}-${locale}.pdf`;
}
