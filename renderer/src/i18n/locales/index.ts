import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import { zh } from './zh';

/** One entry per shipped locale; adding a language means adding a file here and to LANGUAGES. */
export const LOCALES = { en, fr, es, ar, ru, zh } as const;
