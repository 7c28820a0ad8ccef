import type { Locale } from '../../../questionnaire/templateSchema';
import { ar } from './ar';
import { en, type TrailCatalogue } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import { zh } from './zh';

export type { TrailCatalogue, TrailKey } from './en';

/** The trail's sentences in each language the app speaks; the interface and the report share them. */
export const TRAIL_CATALOGUES: Record<Locale, TrailCatalogue> = { en, fr, es, ar, ru, zh };
