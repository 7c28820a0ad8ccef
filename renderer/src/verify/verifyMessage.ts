import type { TFunction } from 'i18next';

/** What the core says about a check: a message key with parameters, and the English sentence. */
export interface KeyedMessage {
  key: string;
  params: Record<string, string | number>;
  message: string;
}

/**
 * The sentence in the interface language. Keys come from the core at run time, so they cannot be
 * checked against the catalogue's type; a key this window does not know yet (a newer core) falls
 * back to the core's English sentence rather than showing the key.
 */
export function verifyMessageText(t: TFunction, message: KeyedMessage): string {
  // Values such as paths and hashes are shown as they are, never re-escaped.
  const key = `verifyMessages.${message.key}` as never;
  return t(key, { ...message.params, defaultValue: message.message, interpolation: { escapeValue: false } });
}
