import { certificationMessages } from './certification';
import { contentMessages } from './content';
import { fileMessages } from './file';
import { revisionCheckMessages } from './revisionChecks';
import { revisionMessages } from './revisions';
import { signatureMessages } from './signature';
import { timeMessages } from './time';
import { timestampMessages } from './timestamp';
import type { MessageParams } from '../verificationSchema';

/**
 * Every sentence the verifier can say, in English, by message key. `{{name}}` marks a parameter
 * (the same syntax as the interface's i18next catalogues, which translate each key). Keys are flat
 * camelCase so i18next never reads them as nested paths.
 */
export const VERIFY_MESSAGES = {
  ...fileMessages,
  ...signatureMessages,
  ...certificationMessages,
  ...timestampMessages,
  ...timeMessages,
  ...revisionMessages,
  ...revisionCheckMessages,
  ...contentMessages,
} as const satisfies Record<string, string>;

export type VerifyMessageKey = keyof typeof VERIFY_MESSAGES;

/** The English sentence for a key; a parameter the text names but the caller omitted stays visible. */
export function renderVerifyMessage(key: VerifyMessageKey, params: MessageParams = {}): string {
  return VERIFY_MESSAGES[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
