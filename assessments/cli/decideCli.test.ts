import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cliRun';
import { useTempDir } from '../../test/helpers/tempDir';
import { decisionSchema } from '../decision/schemas';
import { pdfVerificationSchema } from '../verify/verificationSchema';

const EXAMPLES = fileURLToPath(new URL('../../test/fixtures/answers/', import.meta.url));
const hasPdfsig = spawnSync('which', ['pdfsig']).status === 0;

/** A date a year from now, as YYYY-MM-DD. */
const nextYear = () => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
};

describe('assay decide, from the answers file to the signed report', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: string;
  let assessmentId: string;
  let rationale: string;
  const decide = (...args: string[]) =>
    cli(['decide', '--workspace', ws, '--assessment', assessmentId, ...args]);

  beforeAll(async () => {
    tmp = useTempDir();
    ws = join(tmp.path, 'ws');
    expect((await cli(['workspace', 'init', ws, '--name', 'Nadia Haddad'])).code).toBe(0);
    // Evidence is attached as files, not named in an answers file: keep the answers only.
    const example = JSON.parse(readFileSync(join(EXAMPLES, 'example-1-spyware.json'), 'utf8')) as {
      template: string;
      answers: unknown;
    };
    const answers = join(tmp.path, 'spyware.json');
    writeFileSync(answers, JSON.stringify({ template: example.template, answers: example.answers }));
    const created = await cli([
      'assess',
      '--workspace',
      ws,
      '--template',
      'surveillance-export-hria@1.0.0',
      '--answers',
      answers,
      '--json',
    ]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    assessmentId = (JSON.parse(created.stdout) as { id: string }).id;
    rationale = join(tmp.path, 'rationale.txt');
    writeFileSync(
      rationale,
      '\uFEFFIntrusion spyware to a security service with a record of targeting journalists.\n',
    );
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('names the flag and the file of every bad value it refuses', async () => {
    const absent = join(tmp.path, 'absent.txt');
    const unreadable = await decide('--recommendation', 'deny', '--rationale-file', absent);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain(`--rationale-file ${absent}: cannot read the file`);

    const short = join(tmp.path, 'short.txt');
    writeFileSync(short, 'No.');
    const tooShort = await decide('--recommendation', 'deny', '--rationale-file', short);
    expect(tooShort.code).toBe(2);
    expect(tooShort.stderr).toContain(
      `--rationale-file ${short}: give the reasons in at least 20 characters`,
    );

    const badRecommendation = await decide('--recommendation', 'maybe', '--rationale-file', rationale);
    expect(badRecommendation.code).toBe(2);
    expect(badRecommendation.stderr).toMatch(
      /--recommendation: .*approve, approve-with-conditions, refer, deny/,
    );

    const badDate = await decide(
      '--recommendation',
      'deny',
      '--rationale-file',
      rationale,
      '--review-date',
      '2027-13-01',
    );
    expect(badDate).toMatchObject({ code: 2 });
    expect(badDate.stderr).toContain('--review-date: expected a date as YYYY-MM-DD');
    const pastDate = await decide(
      '--recommendation',
      'deny',
      '--rationale-file',
      rationale,
      '--review-date',
      '2001-01-01',
    );
    expect(pastDate.code).toBe(1);
    expect(pastDate.stderr).toContain('--review-date: The review date 2001-01-01 is in the past');

    const badCondition = await decide(
      '--recommendation',
      'deny',
      '--rationale-file',
      rationale,
      '--condition',
      'promise:none',
    );
    expect(badCondition.code).toBe(2);
    expect(badCondition.stderr).toContain('--condition promise:none: expected CATEGORY:TEXT');
    const badTrigger = await decide(
      '--recommendation',
      'deny',
      '--rationale-file',
      rationale,
      '--trigger',
      'weather',
    );
    expect(badTrigger.code).toBe(2);
    expect(badTrigger.stderr).toMatch(/--trigger: .*coup, sanctions, misuse, endUser, renewal/);

    // Referring a case the template says to deny is an override: it needs its justification.
    const override = await decide('--recommendation', 'refer', '--rationale-file', rationale);
    expect(override.code).toBe(1);
    expect(override.stderr).toMatch(
      /--override-justification-file: The final recommendation \(refer\) differs/,
    );
  });

  it('records the decision, and the report of it is signed and verifies', async () => {
    const justification = join(tmp.path, 'justification.txt');
    writeFileSync(justification, 'The licensing committee asked to hear the end user first.');
    const reviewDate = nextYear();
    const decided = await decide(
      '--recommendation',
      'refer',
      '--rationale-file',
      rationale,
      '--override-justification-file',
      justification,
      '--condition',
      'reporting-duty: Report every deployment to the licensing authority.',
      '--trigger',
      'coup',
      '--trigger',
      'misuse',
      '--review-date',
      reviewDate,
      '--json',
    );
    expect(decided).toMatchObject({ code: 0, stderr: '' });
    const decision = decisionSchema.parse(JSON.parse(decided.stdout));
    expect(decision).toMatchObject({
      assessmentId,
      finalRecommendation: 'refer',
      computedRecommendation: 'deny',
      rationale: 'Intrusion spyware to a security service with a record of targeting journalists.',
      overrideJustification: 'The licensing committee asked to hear the end user first.',
      conditions: [
        { category: 'reporting-duty', text: 'Report every deployment to the licensing authority.' },
      ],
      triggers: ['coup', 'misuse'],
      reviewDate,
    });

    const identity = await cli([
      'identity',
      'create',
      '--workspace',
      ws,
      '--name',
      'Nadia Haddad',
      '--org',
      'Export Control Office',
      '--email',
      'nadia@example.org',
      '--json',
    ]);
    expect(identity).toMatchObject({ code: 0, stderr: '' });
    const { fingerprint } = JSON.parse(identity.stdout) as { fingerprint: string };
    const pdf = join(tmp.path, 'report.pdf');
    const report = await cli([
      'report',
      '--workspace',
      ws,
      '--assessment',
      assessmentId,
      '--identity',
      fingerprint,
      '--out',
      pdf,
      '--json',
    ]);
    expect(report).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(report.stdout)).toMatchObject({
      path: pdf,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    const pem = join(tmp.path, 'nadia.pem');
    expect((await cli(['identity', 'export', '--workspace', ws, fingerprint, '--out', pem])).code).toBe(0);
    const verified = await cli(['verify', pdf, '--trust', pem, '--json'], {});
    expect(verified.code).toBe(0);
    const [result] = pdfVerificationSchema.array().parse(JSON.parse(verified.stdout));
    expect(result).toMatchObject({ verdict: 'valid', content: { assessmentId } });
    if (hasPdfsig)
      expect(spawnSync('pdfsig', [pdf], { encoding: 'utf8' }).stdout).toContain('Signature is Valid.');
  }, 120_000);
});
