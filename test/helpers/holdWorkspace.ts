/**
 * A second Assay process for tests: unlocks (or creates) the workspace named on its command line
 * with the real session code, prints `held <pid>`, and keeps it open until stdin closes or it is
 * killed. Bundled on the fly by {@link startHolder}.
 */
import { WorkspaceSession } from '../../assessments/workspace/session';

const [dir, mode] = process.argv.slice(2);
const passphrase = process.env.ASSAY_TEST_PASSPHRASE ?? '';
const session = new WorkspaceSession(dir ?? '', {
  clock: { now: () => new Date() },
  kdfLogN: 14,
});
const opened = mode === 'create' ? session.create(passphrase, 'Second Process') : session.unlock(passphrase);
opened.then(
  () => {
    process.stdout.write(`held ${process.pid}\n`);
    process.stdin.resume();
    process.stdin.on('end', () => {
      session.lock();
      process.exit(0);
    });
  },
  (error: unknown) => {
    process.stdout.write(`failed ${(error as Error).message}\n`);
    process.exit(3);
  },
);
