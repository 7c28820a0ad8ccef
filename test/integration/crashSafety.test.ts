import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke, startServerProcess, type ServerProcess } from '../helpers/serverProcess';
import { useTempDir } from '../helpers/tempDir';
import { TEST_PASSPHRASE } from '../helpers/workspace';

interface Detail {
  answers: { questionId: string; value: string; revision: number }[];
}

/** The free-text questions of the shipped template: each writer owns one. */
const QUESTIONS = ['A5', 'H5', 'I3'];

const MIN_ACKED = 10;
const totalOf = (acked: Map<string, number>) => [...acked.values()].reduce((sum, n) => sum + n, 0);

/** Each writer saves "<question>:<n>" for n = 1, 2, … as fast as acknowledgements come back. */
async function burst(
  server: ServerProcess,
  assessmentId: string,
  acked: Map<string, number>,
  stopAfterMs: number,
) {
  const deadline = Date.now() + stopAfterMs;
  const writer = async (questionId: string) => {
    for (let n = 1; ; n += 1) {
      try {
        await invoke(server, 'answers.save', {
          assessmentId,
          questionId,
          value: `${questionId}:${n}:${'x'.repeat(n % 97)}`,
        });
      } catch (error) {
        // Once the process is killed, an unanswered save was never acknowledged; before that, a
        // failed save is a real error.
        if (!server.child.killed) throw error;
        return;
      }
      acked.set(questionId, n);
      // On a loaded machine the first saves can take longer than the whole window: wait for a
      // meaningful burst before killing, so the check below never depends on the machine's speed.
      if (Date.now() > deadline && totalOf(acked) > MIN_ACKED) server.child.kill('SIGKILL');
    }
  };
  await Promise.all(QUESTIONS.map(writer));
}

describe('crash safety of acknowledged saves', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it.each([150, 400, 900])(
    'keeps every acknowledged save after SIGKILL at ~%i ms into a burst',
    async (killAfterMs) => {
      const dir = `${tmp.path}/ws`;
      const first = await startServerProcess(dir);
      await invoke(first, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Crash Tester' });
      const { id } = await invoke<{ id: string }>(first, 'assessment.create', { title: 'Burst' });
      const acked = new Map<string, number>();
      await burst(first, id, acked, killAfterMs);
      await new Promise<void>((resolve) =>
        first.child.exitCode !== null || first.child.signalCode
          ? resolve()
          : first.child.once('exit', () => resolve()),
      );
      expect(first.child.signalCode).toBe('SIGKILL');
      expect(totalOf(acked)).toBeGreaterThan(MIN_ACKED);

      const second = await startServerProcess(dir);
      try {
        await invoke(second, 'workspace.unlock', { passphrase: TEST_PASSPHRASE });
        const detail = await invoke<Detail>(second, 'assessment.get', { id });
        const stored = new Map(detail.answers.map((a) => [a.questionId, a]));
        for (const [questionId, lastAcked] of acked) {
          const answer = stored.get(questionId);
          expect(answer, `${questionId} lost`).toBeDefined();
          const n = Number(answer?.value.split(':')[1]);
          // The in-flight save may or may not have committed; an acknowledged one always has.
          expect(n).toBeGreaterThanOrEqual(lastAcked);
          expect(n).toBeLessThanOrEqual(lastAcked + 1);
          expect(answer?.revision).toBe(n);
        }
        const report = await invoke<{
          ok: boolean;
          integrity: { messages: string[] };
          audit: { ok: boolean };
        }>(second, 'workspace.verify', {});
        expect(report.integrity.messages).toEqual(['ok']);
        expect(report.audit.ok).toBe(true);
        expect(report.ok).toBe(true);
      } finally {
        await second.stop();
      }
    },
  );
});
