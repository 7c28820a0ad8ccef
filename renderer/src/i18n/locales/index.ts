import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import { zh } from './zh';

/**
 * Every shipped locale at once, for the parity tests and tooling. The window never imports this: it
 * loads one language's chunk at a time through `loadLocale`. Adding a language means adding a file
 * here, to LANGUAGES and to `loadLocale`'s chunks (the last two are checked by type).
 */
export const LOCALES = { en, fr, es, ar, ru, zh } as const;
