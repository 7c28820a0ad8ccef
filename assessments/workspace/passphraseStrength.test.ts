import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch';
import { AppError } from '../shared/errors';
import { createHandlers } from '../api/handlers';
import { cli } from '../../test/helpers/cliRun';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, noTemplates, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { readWorkspaceHeader, writeWorkspaceHeader } from './header';
import { deriveKeyEncryptionKey, newKdfParams, wrapDataKey } from './keys';
import { assessPassphrase } from './passphraseStrength';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

const WEAK = 'password1234';

describe('passphrase strength, enforced by the core', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('scores with zxcvbn and needs 3 of 4', async () => {
    expect(await assessPassphrase(WEAK)).toEqual({
      score: 1,
      required: 3,
      acceptable: false,
      warning: 'This is similar to a commonly used password.',
      suggestions: ['Add more words that are less common.'],
    });
    expect(await assessPassphrase(TEST_PASSPHRASE)).toMatchObject({ score: 4, acceptable: true });
    // The assessor's own name is a word an attacker would try first.
    expect((await assessPassphrase('haddadnadia', ['Nadia Haddad'])).score).toBeLessThan(
      (await assessPassphrase('haddadnadia')).score,
    );
  });

  it('refuses a weak passphrase on create, with the estimator’s feedback, and makes nothing', async () => {
    const session = newSession(tmp.path);
    const refused = await rejection(session.create(WEAK, 'Nadia Haddad'));
    expect(refused.code).toBe('weak_passphrase');
    expect(refused.message).toBe(
      'The passphrase is too easy to guess (strength 1 of 4; at least 3 is required). This is similar to a commonly used password. Add more words that are less common.',
    );
    expect(session.status().state).toBe('absent');
  });

  it('refuses a weak new passphrase on change and keeps the old one', async () => {
    const session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    const refused = await rejection(session.changePassphrase(TEST_PASSPHRASE, WEAK));
    expect(refused.code).toBe('weak_passphrase');
    expect(refused.message).toMatch(/^The new passphrase is too easy to guess/);
    session.lock();
    expect((await session.unlock(TEST_PASSPHRASE)).state).toBe('unlocked');
    session.lock();
  });

  it('still unlocks a workspace whose existing passphrase is weak', async () => {
    const session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    // As an earlier release, which had no strength rule, could have written it.
    const header = readWorkspaceHeader(session.paths.header);
    const kdf = newKdfParams(14);
    const kek = await deriveKeyEncryptionKey(WEAK, kdf);
    const wrappedKey = wrapDataKey(session.require().dataKey, kek, header.workspaceId, kdf);
    writeWorkspaceHeader(session.paths.header, { ...header, kdf, wrappedKey });
    session.lock();
    expect((await newSession(tmp.path).unlock(WEAK)).state).toBe('unlocked');
  });

  it('is the rule behind passphrase.assess and the command line', async () => {
    const handlers = createHandlers({
      session: newSession(tmp.path),
      clock: steppingClock(),
      library: noTemplates(),
    });
    expect(await dispatch(handlers, 'passphrase.assess', { passphrase: WEAK })).toMatchObject({
      ok: true,
      value: { score: 1, acceptable: false },
    });
    const init = await cli(['workspace', 'init', `${tmp.path}/cli`, '--name', 'Nadia Haddad'], {
      ASSAY_PASSPHRASE: WEAK,
    });
    expect(init.code).toBe(1);
    expect(init.stderr).toMatch(
      /The passphrase is too easy to guess \(strength 1 of 4; at least 3 is required\)/,
    );
  });
});
