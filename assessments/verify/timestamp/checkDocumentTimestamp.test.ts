import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendDocumentTimestamp } from '../../../test/helpers/documentTimestamp';
import { createOpensslTsa, hasOpenssl, type OpensslTsa, skipNote } from '../../../test/helpers/opensslTsa';
import { signedTestReport } from '../../../test/helpers/signingFixtures';
import { useTempDir } from '../../../test/helpers/tempDir';
import {
  checkDocumentTimestamp,
  signedRangeBytes,
  type DocumentTimestampInput,
} from './checkDocumentTimestamp';
import { expectCheck, expectMessagesRendered } from './testing/expectChecks';
import { signatureFields, type SignatureField } from './testing/signatureFields';
import { missingTools } from '../../../test/helpers/tools';

const hasPdfsig = missingTools(['pdfsig']).length === 0;
const hasQpdf = missingTools(['qpdf']).length === 0;

/** The document timestamp: the last signature dictionary, as checkDocumentTimestamp takes it. */
function lastSignatureField(fileBytes: Buffer): DocumentTimestampInput & SignatureField {
  const field = signatureFields(fileBytes).at(-1);
  if (!field) throw new Error('no signature dictionary');
  return { ...field, fileBytes };
}

describe.skipIf(!hasOpenssl)(`checkDocumentTimestamp on a signed test report${skipNote('openssl')}`, () => {
  let tsa: OpensslTsa;
  let timestamped: Buffer;
  let signedLength: number;
  // Made in beforeAll: a skipped describe still runs its body, and would leave the directory.
  let temp: ReturnType<typeof useTempDir>;
  const options = () => ({ tsaAnchors: [tsa.root], now: new Date() });

  beforeAll(async () => {
    temp = useTempDir('assay-doc-ts-');
    tsa = createOpensslTsa();
    const { signed } = await signedTestReport();
    signedLength = signed.length;
    timestamped = await appendDocumentTimestamp(signed, (bytes) => tsa.timestamp(bytes));
  }, 60_000);
  afterAll(() => {
    tsa?.cleanup();
    temp?.cleanup();
  });

  it('appends a /DocTimeStamp with /SubFilter /ETSI.RFC3161 covering the whole file', () => {
    const field = lastSignatureField(timestamped);
    expect(field).toMatchObject({ type: 'DocTimeStamp', subFilter: 'ETSI.RFC3161' });
    const [a, b, c, d] = field.byteRange;
    expect([a, c + d]).toEqual([0, timestamped.length]);
    expect(b).toBeGreaterThan(signedLength);
  });

  it('verifies: the token imprint is the digest of the signed byte ranges', async () => {
    const result = await checkDocumentTimestamp(lastSignatureField(timestamped), options());
    expect(result.checks.filter((check) => check.status === 'fail')).toEqual([]);
    expect(result).toMatchObject({ status: 'valid', trusted: true });
    expectCheck(result.checks, 'timestamp-imprint', 'pass', 'tsImprintMatches', { algorithm: 'SHA-256' });
    expectMessagesRendered(result.checks);
  });

  it('is also accepted by openssl ts -verify over the same signed bytes (an independent verifier)', () => {
    const field = lastSignatureField(timestamped);
    const file = (name: string) => join(temp.path, name);
    writeFileSync(file('token.der'), field.cms);
    writeFileSync(file('signed.bin'), signedRangeBytes(timestamped, field.byteRange));
    writeFileSync(file('root.pem'), tsa.root.toString());
    const args = ['ts', '-verify', '-token_in', '-in', file('token.der'), '-data', file('signed.bin')];
    args.push('-CAfile', file('root.pem'));
    const out = spawnSync('openssl', args, { encoding: 'utf8' });
    expect(out.stdout + out.stderr).toContain('Verification: OK');
  });

  it('is invalid when a signed byte changes', async () => {
    const field = lastSignatureField(timestamped);
    const altered = Buffer.from(timestamped);
    const at = field.byteRange[1] - 200;
    altered[at] = (altered[at] as number) ^ 0x20;
    const result = await checkDocumentTimestamp({ ...field, fileBytes: altered }, options());
    expect(result.status).toBe('invalid');
    expectCheck(result.checks, 'timestamp-imprint', 'fail', 'tsImprintMismatch');
  });

  it('refuses data after the token inside /Contents and ranges outside the file', async () => {
    const field = lastSignatureField(timestamped);
    const contents = Buffer.from(field.contents);
    contents[contents.length - 1] = 0x01;
    const riding = await checkDocumentTimestamp({ ...field, contents }, options());
    expect(riding.status).toBe('invalid');
    expectCheck(riding.checks, 'timestamp-token', 'fail', 'tsContentsTrailingData');

    const [a, b, c] = field.byteRange;
    const outside = await checkDocumentTimestamp(
      { ...field, byteRange: [a, b, c, timestamped.length] },
      options(),
    );
    expect(outside.status).toBe('invalid');
    expectCheck(outside.checks, 'timestamp-byte-range', 'fail', 'tsByteRangeOutsideFile');
    expectMessagesRendered([...riding.checks, ...outside.checks]);
  });

  it('keeps an indefinite-length token whole: its end-of-contents zeros are not padding', async () => {
    const fileBytes = Buffer.concat([
      Buffer.alloc(100, 'a'),
      Buffer.alloc(20_000, '0'),
      Buffer.alloc(50, 'b'),
    ]);
    const byteRange = [0, 100, 20_100, 50] as const;
    const dataToken = tsa.timestamp(Buffer.concat([Buffer.alloc(100, 'a'), Buffer.alloc(50, 'b')]));
    const ber = tsa.resignToken(dataToken, { keyUsage: 'critical', indefiniteLength: true });
    expect([...ber.subarray(-2)]).toEqual([0, 0]);
    const contents = Buffer.concat([ber, Buffer.alloc(64)]);
    const result = await checkDocumentTimestamp({ fileBytes, byteRange, contents }, options());
    expect(result).toMatchObject({ status: 'valid', trusted: true });
  });

  // Poppler 22 reads the token's signer and ranges but knows no ETSI.RFC3161 ("Signature Type:
  // unknown") and does not verify it, so only what it reads is asserted.
  it.skipIf(!hasPdfsig)(
    `is read by poppler (pdfsig): the TSA as signer, the whole file signed${hasPdfsig ? '' : ' (skipped: pdfsig not installed)'}`,
    () => {
      const file = join(temp.path, 'timestamped.pdf');
      writeFileSync(file, timestamped);
      const out = spawnSync('pdfsig', [file], { encoding: 'utf8' });
      const second = out.stdout.slice(out.stdout.indexOf('Signature #2:'));
      expect(out.stdout).toContain('Signature #1:');
      expect(second).toContain('Signer Certificate Common Name: Assay Test TSA');
      expect(second).toMatch(/Signature Type: (unknown|ETSI\.RFC3161)/);
      expect(second).toMatch(/Signed Ranges: \[0 - \d+\], \[\d+ - \d+\]/);
      expect(second).toContain('Total document signed');
    },
  );

  it.skipIf(!hasQpdf)(`passes qpdf --check${hasQpdf ? '' : ' (skipped: qpdf not installed)'}`, () => {
    const file = join(temp.path, 'timestamped-qpdf.pdf');
    writeFileSync(file, timestamped);
    const out = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(out.status, out.stdout + out.stderr).toBe(0);
  });
});
