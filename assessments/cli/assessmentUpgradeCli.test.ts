import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cliRun';
import { unwrapEnvelope } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, REPO_TEMPLATES, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { TemplateLibrary } from '../templates/templateLibrary';

interface TemplateJson {
  version: string;
  locales: string[];
  sections: { questions: { id: string; options?: { value: string; label: string; risk: number }[] }[] }[];
}

/**
 * The CLI upgrades to the templates shipped with Assay, so the workspace gets an assessment pinned to
 * an invented earlier 0.9.0 of the surveillance-export HRIA, made from 1.0.0: English only, and with an
 * A1 option that 1.0.0 no longer offers. The upgrades name `--to 1.0.0`, so what changes is exactly
 * that option; without `--to` the newest shipped version (1.1.0) would be the target.
 */
async function workspaceOnVersion090(root: string): Promise<string> {
  const json = JSON.parse(
    readFileSync(join(REPO_TEMPLATES, 'surveillance-export-hria', '1.0.0', 'template.json'), 'utf8'),
  ) as TemplateJson;
  json.version = '0.9.0';
  json.locales = ['en'];
  const a1 = json.sections[0]?.questions.find((q) => q.id === 'A1');
  a1?.options?.push({ value: 'legacy-review', label: 'Legacy review', risk: 0 });
  const libraryDir = join(root, 'old-templates', 'hria-0.9.0');
  mkdirSync(libraryDir, { recursive: true });
  writeFileSync(join(libraryDir, 'template.json'), JSON.stringify(json));

  const clock = steppingClock();
  const session = newSession(root, clock);
  const handlers = createHandlers({
    session,
    clock,
    library: new TemplateLibrary(join(root, 'old-templates')),
  });
  await unwrapEnvelope(
    dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' }),
  );
  const { id } = await unwrapEnvelope<{ id: string }>(
    dispatch(handlers, 'assessment.create', {
      title: 'IMSI catchers',
      templateId: 'surveillance-export-hria',
    }),
  );
  for (const [questionId, value] of [
    ['A1', 'legacy-review'],
    ['A5', 'Renewal of the 2024 licence.'],
    ['B5', 'no'],
  ])
    await unwrapEnvelope(dispatch(handlers, 'answers.save', { assessmentId: id, questionId, value }));
  session.lock();
  return id;
}

describe('assay assessment upgrade', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: string;
  let id: string;
  beforeEach(async () => {
    tmp = useTempDir();
    ws = join(tmp.path, 'ws');
    id = await workspaceOnVersion090(tmp.path);
  });
  afterEach(() => tmp.cleanup());

  it('prints the plan with --dry-run and changes nothing', async () => {
    const dry = await cli([
      'assessment',
      'upgrade',
      '--workspace',
      ws,
      '--assessment',
      id,
      '--to',
      '1.0.0',
      '--dry-run',
    ]);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toContain(
      `Upgrade of ${id} from surveillance-export-hria@0.9.0 to surveillance-export-hria@1.0.0`,
    );
    expect(dry.stdout).toContain('  carried:   A5, B5\n');
    expect(dry.stdout).toContain(
      '    A1  A1 in surveillance-export-hria@1.0.0: expected one of "pre-contract-screening"',
    );
    expect(dry.stdout).toContain('  changed:   A1\n');
    expect(dry.stdout).toMatch(/ {2}result: {4}\w+ \/ [a-z-]+.* {2}→ {2}\w+ \/ [a-z-]+/);
    const listed = await cli(['assessment', 'list', '--workspace', ws, '--json']);
    expect(JSON.parse(listed.stdout)).toHaveLength(1);
  });

  it('makes the new version, prints its id, and refuses a second upgrade naming it', async () => {
    const done = await cli(['assessment', 'upgrade', '--workspace', ws, '--assessment', id, '--to', '1.0.0']);
    expect(done.code).toBe(0);
    const newId = /New version: ([0-9a-f-]{36})\n$/.exec(done.stdout)?.[1];
    expect(newId).toBeDefined();
    const listed = JSON.parse((await cli(['assessment', 'list', '--workspace', ws, '--json'])).stdout) as {
      id: string;
      template: { version: string };
    }[];
    expect(listed.find((a) => a.id === newId)?.template.version).toBe('1.0.0');

    const again = await cli([
      'assessment',
      'upgrade',
      '--workspace',
      ws,
      '--assessment',
      id,
      '--to',
      '1.0.0',
      '--json',
    ]);
    expect(again).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `assay: Assessment ${id} already has a newer version, ${newId} ("IMSI catchers"); upgrade that one instead.\n`,
    });
    const notInLibrary = await cli([
      'assessment',
      'upgrade',
      '--workspace',
      ws,
      '--assessment',
      newId ?? '',
      '--to',
      '9.9.0',
    ]);
    expect(notInLibrary.stderr).toMatch(
      /surveillance-export-hria@9\.9\.0 is not in the template library; versions available: 1\.0\.0, 1\.1\.0/,
    );
    expect((await cli(['workspace', 'verify', ws])).code).toBe(0);
  });

  it('names what is missing on the command line', async () => {
    const missing = await cli(['assessment', 'upgrade', '--workspace', ws]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/Missing --assessment ID/) });
  });
});
