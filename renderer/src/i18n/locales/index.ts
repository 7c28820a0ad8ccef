import { ar } from './ar';
import { en } from './en';

/** One entry per shipped locale; adding a language means adding a file here and to LANGUAGES. */
export const LOCALES = { en, ar } as const;
