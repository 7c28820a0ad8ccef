import { renderVerifyMessage, type VerifyMessageKey } from './messages';
import type { MessageParams, VerificationCheck } from './verificationSchema';

/**
 * The checks of one signature or of the content, in the order they ran. Each check carries a
 * message key with parameters, so a window shows it in the interface language; `message` is the
 * English text the command line prints.
 */
export class Checks {
  readonly list: VerificationCheck[] = [];

  add(id: string, status: VerificationCheck['status'], key: VerifyMessageKey, params: MessageParams = {}) {
    this.list.push({ id, status, key, params, message: renderVerifyMessage(key, params) });
  }
  pass(id: string, key: VerifyMessageKey, params?: MessageParams) {
    this.add(id, 'pass', key, params);
  }
  fail(id: string, key: VerifyMessageKey, params?: MessageParams) {
    this.add(id, 'fail', key, params);
  }
  warn(id: string, key: VerifyMessageKey, params?: MessageParams) {
    this.add(id, 'warn', key, params);
  }
  skip(id: string, key: VerifyMessageKey, params?: MessageParams) {
    this.add(id, 'skip', key, params);
  }
  get failed() {
    return this.list.some((check) => check.status === 'fail');
  }
}
