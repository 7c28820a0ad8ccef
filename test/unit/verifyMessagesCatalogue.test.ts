import { describe, expect, it } from 'vitest';
import { VERIFY_MESSAGES } from '../../assessments/verify/messages';
import { LOCALES } from '../../renderer/src/i18n/locales';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/**
 * The core sends a message key with parameters for every check; the window translates it. So every
 * language has a sentence for every key, using the same parameters.
 */
describe('verifier messages in the interface', () => {
  it.each(Object.keys(LOCALES))('%s has every verifier message with the same parameters', (language) => {
    const catalogue = (LOCALES as Record<string, { verifyMessages: Record<string, string> }>)[language]
      ?.verifyMessages;
    expect(Object.keys(catalogue ?? {}).sort()).toEqual(Object.keys(VERIFY_MESSAGES).sort());
    for (const [key, english] of Object.entries(VERIFY_MESSAGES))
      expect(placeholders(catalogue?.[key] ?? ''), `${language}: ${key}`).toEqual(placeholders(english));
  });
});
