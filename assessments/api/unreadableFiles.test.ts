import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { TEST_PASSPHRASE, newSession, noTemplates, steppingClock } from '../../test/helpers/workspace';
import type { WorkspaceSession } from '../workspace/session';
import type { OperationName } from './contract';
import { dispatch, type Handlers } from './dispatch';
import { createHandlers } from './handlers';

/** Root reads a chmod 000 file anyway, so the permission cases cannot run as root. */
const isRoot = process.getuid?.() === 0;

/** Each operation that reads a file the person named, with that file put in place of its input. */
const READERS: [OperationName, (file: string, tmp: string) => Record<string, unknown>][] = [
  ['pdf.verify', (file) => ({ path: file })],
  ['identity.import', (file) => ({ path: file, password: 'secret' })],
  ['reference.import', (file) => ({ kind: 'un', path: file })],
  [
    'report.timestampApply',
    (file, tmp) => ({ path: file, responsePath: file, outPath: join(tmp, 'stamped.pdf') }),
  ],
  [
    'workspace.restore',
    (file, tmp) => ({ path: file, into: join(tmp, 'restored'), passphrase: TEST_PASSPHRASE }),
  ],
];

describe('files the person named that cannot be read', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;

  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(join(tmp.path, 'workspace'), clock);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    handlers = createHandlers({ session, clock, library: noTemplates() });
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it.each(READERS)('%s says a missing file does not exist', async (op, input) => {
    const file = join(tmp.path, 'absent.bin');
    const result = await dispatch(handlers, op, input(file, tmp.path));
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(!result.ok && result.error.message).toContain(file);
  });

  it.each(READERS)('%s refuses a folder as invalid input', async (op, input) => {
    const folder = join(tmp.path, 'a-folder');
    mkdirSync(folder);
    const result = await dispatch(handlers, op, input(folder, tmp.path));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!result.ok && result.error.message).toContain(folder);
  });

  it.skipIf(isRoot).each(READERS)(
    '%s says permission was denied for a chmod 000 file (skipped as root, where chmod 000 stays readable)',
    async (op, input) => {
      const file = join(tmp.path, 'locked.bin');
      writeFileSync(file, 'bytes nobody may read');
      chmodSync(file, 0o000);
      const result = await dispatch(handlers, op, input(file, tmp.path));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'permission_denied', details: { file, errno: 'EACCES' } },
      });
      expect(!result.ok && result.error.message).toMatch(/^Cannot read .*locked\.bin: permission denied/);
    },
  );
});
