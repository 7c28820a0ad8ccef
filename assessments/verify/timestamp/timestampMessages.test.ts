import { describe, expect, it } from 'vitest';
import { VERIFY_MESSAGES } from '../messages';
import { timestampMessages } from '../messages/timestamp';

describe('timestamp messages', () => {
  it('are flat camelCase keys prefixed ts, none shadowed by another message file', () => {
    for (const [key, text] of Object.entries(timestampMessages)) {
      expect(key).toMatch(/^ts[A-Z][A-Za-z]+$/);
      expect(VERIFY_MESSAGES[key as keyof typeof VERIFY_MESSAGES], key).toBe(text);
    }
  });

  it('use only {{name}} placeholders', () => {
    for (const text of Object.values(timestampMessages))
      expect(text.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/[{}]/);
  });
});
