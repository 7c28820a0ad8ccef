import type { TFunction } from 'i18next';
import { SCREENING_RUN_MIME } from '../../../assessments/screening/schemas';

/** What kind of item it is, in words where Assay made the item itself, else its media type. */
export function evidenceTypeLabel(t: TFunction, mimeType: string): string {
  return mimeType === SCREENING_RUN_MIME ? t('evidence.question.screeningRun') : mimeType;
}
