import { ar } from '../../../renderer/src/i18n/locales/ar';
import { en } from '../../../renderer/src/i18n/locales/en';

/** The UI's own message catalogues, so specs find controls by the text a user of that language sees. */
export const STRINGS = { en, ar } as const;
export type Lang = keyof typeof STRINGS;
export type Strings = (typeof STRINGS)[Lang];
