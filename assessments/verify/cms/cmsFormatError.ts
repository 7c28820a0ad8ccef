import { renderVerifyMessage } from '../messages';
import type { SignatureMessageKey } from '../messages/signature';
import type { MessageParams } from '../verificationSchema';

/**
 * Signature data that cannot be read as the CMS it should be. It carries the message key the
 * failed check records, so the reason reaches the reader in their language.
 */
export class CmsFormatError extends Error {
  constructor(
    readonly key: SignatureMessageKey,
    readonly params: MessageParams = {},
    options?: { cause?: unknown },
  ) {
    super(renderVerifyMessage(key, params), options);
    this.name = 'CmsFormatError';
  }
}
