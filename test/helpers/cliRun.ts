import { runCli } from '../../assessments/cli/runCli';
import { TEST_PASSPHRASE } from './workspace';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one `assay` command line in-process and captures what it prints and its exit code. */
export async function cli(
  argv: string[],
  env: Record<string, string | undefined> = { ASSAY_PASSPHRASE: TEST_PASSPHRASE },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    untilInterrupted: () => Promise.resolve('SIGTERM'),
  });
  return { code, stdout, stderr };
}

/** A DER certificate as the PEM a regulator passes to `assay verify --trust`. */
export const toPem = (der: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`;
