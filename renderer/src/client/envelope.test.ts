import { describe, expect, it } from 'vitest';
import { AssayClientError } from './AssayClientError';
import { unwrapEnvelope } from './envelope';

function thrown(fn: () => unknown): AssayClientError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AssayClientError) return error;
    throw error;
  }
  throw new Error('expected a throw');
}

describe('unwrapEnvelope', () => {
  it('returns the value of a success, even when it is null', () => {
    expect(unwrapEnvelope({ ok: true, value: { a: 1 } }, 'op')).toEqual({ a: 1 });
    expect(unwrapEnvelope({ ok: true, value: null }, 'op')).toBeNull();
  });

  it('rethrows a failure with its code, message and details', () => {
    const error = thrown(() =>
      unwrapEnvelope(
        { ok: false, error: { code: 'wrong_passphrase', message: 'Wrong.', details: { n: 1 } } },
        'op',
      ),
    );
    expect([error.code, error.message, error.details]).toEqual(['wrong_passphrase', 'Wrong.', { n: 1 }]);
  });

  it('turns an unknown error code into internal but keeps the message', () => {
    const error = thrown(() =>
      unwrapEnvelope({ ok: false, error: { code: 'from_the_future', message: 'Hm.' } }, 'op'),
    );
    expect([error.code, error.message]).toEqual(['internal', 'Hm.']);
  });

  it.each([
    null,
    'text',
    [],
    { ok: 'yes' },
    { ok: true },
    { ok: false },
    { ok: false, error: { code: 'internal' } },
  ])('rejects the malformed response %j as internal', (raw) => {
    expect(thrown(() => unwrapEnvelope(raw, 'workspace.status')).code).toBe('internal');
  });
});
