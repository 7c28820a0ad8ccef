import { expect } from 'vitest';
import type { VerifyMessageKey } from '../../messages';
import type { MessageParams, VerificationCheck } from '../../verificationSchema';

/** One check with this id has this status and message key (and at least these parameters). */
export function expectCheck(
  checks: readonly VerificationCheck[],
  id: string,
  status: VerificationCheck['status'],
  key: VerifyMessageKey,
  params: MessageParams = {},
): void {
  expect(checks.filter((check) => check.id === id)).toContainEqual(
    expect.objectContaining({ status, key, params: expect.objectContaining(params) }),
  );
}

/** Every message names only parameters its check supplies (no `{{name}}` left in the English). */
export function expectMessagesRendered(checks: readonly VerificationCheck[]): void {
  for (const check of checks) expect(check.message, check.key).not.toMatch(/\{\{\w+\}\}/);
}
