import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { missingTools, skipNote as toolsSkipNote } from './tools';

/** Tests that need a real TSA skip with this reason when openssl is not installed. */
export const hasOpenssl = missingTools(['openssl']).length === 0;

/** libfaketime moves the clock `openssl ts` reads; the check runs it to see it really does. */
export const hasFaketime = missingTools(['faketime']).length === 0;

/** For a test title: why it is skipped (empty when every tool it needs is installed). */
export function skipNote(...tools: ('openssl' | 'faketime')[]): string {
  return toolsSkipNote(tools.filter((tool) => !(tool === 'openssl' ? hasOpenssl : hasFaketime)));
}

/** The policy OID this test TSA puts in every token (a private arc, meaningless outside tests). */
export const TEST_TSA_POLICY = '1.3.6.1.4.1.55555.1.1';

export type CrlReason = 'unspecified' | 'keyCompromise' | 'superseded' | 'cessationOfOperation';

/** How the extendedKeyUsage of a signing certificate is written (RFC 3161 wants `critical`). */
export type TsaKeyUsage = 'critical' | 'non-critical' | 'absent' | 'with-other-purpose';

export interface OpensslTsaOptions {
  /** Issue the certificates as if at this UTC time (`YYYY-MM-DD hh:mm:ss`, via faketime). */
  issuedAt?: string;
  /** Validity of the root and the TSA certificate, in days from issue. */
  days?: number;
  keyType?: 'rsa' | 'ec';
  /** ESS signing-certificate (SHA-1, RFC 2634) or signing-certificate-v2 (SHA-256, RFC 5035). */
  essCertId?: 'v1' | 'v2';
}

export interface TimestampOptions {
  /** genTime of the token: openssl runs under faketime at this UTC time (`YYYY-MM-DD hh:mm:ss`). */
  faketime?: string;
  hash?: 'sha256' | 'sha384' | 'sha512' | 'sha1';
  /** Ask the TSA to put its certificate in the token (`-cert`, the default). */
  withCertificates?: boolean;
}

export interface ReplyOptions {
  /** genTime of the token: openssl runs under faketime at this UTC time (`YYYY-MM-DD hh:mm:ss`). */
  faketime?: string;
  /** Certificates (PEM) the token carries besides the TSA's own (`-chain`), to make it larger. */
  chainPem?: string;
}

export interface ResignOptions {
  /** A certificate issued by the same root whose extendedKeyUsage is written this way. */
  keyUsage: TsaKeyUsage;
  /** Let openssl cms stream the output: indefinite-length BER instead of DER. */
  indefiniteLength?: boolean;
}

export interface OpensslTsa {
  dir: string;
  root: X509Certificate;
  tsaCertificate: X509Certificate;
  /** The TSA certificate's private key (PKCS#8 PEM), to build malformed tokens with. */
  tsaPrivateKeyPem: string;
  /** An RFC 3161 TimeStampToken (DER ContentInfo) over `data`, straight from `openssl ts -reply`. */
  timestamp(data: Buffer, options?: TimestampOptions): Buffer;
  /**
   * The whole TimeStampResp (DER) `openssl ts -reply` sends for a request file (`.tsq`): granted
   * with a token, or a rejection (status and failure info) when the TSA refuses the request.
   */
  replyToRequest(tsq: Buffer, options?: ReplyOptions): Buffer;
  /**
   * The token's TSTInfo signed again with `openssl cms` (content-type, message-digest,
   * signing-time and signing-certificate-v2 signed attributes), by a certificate that `openssl ts`
   * itself refuses to sign with, or as indefinite-length BER.
   */
  resignToken(token: Buffer, options: ResignOptions): Buffer;
  /** Records the TSA certificate as revoked by the root (at `at`, UTC, via faketime). */
  revokeTsaCertificate(reason: CrlReason, at?: string): void;
  /** A CRL (DER) signed by the root listing what was revoked so far, issued at `at` (UTC). */
  crl(at?: string): Buffer;
  cleanup(): void;
}

const EXTENSIONS: Record<TsaKeyUsage, string> = {
  critical: 'extendedKeyUsage = critical, timeStamping',
  'non-critical': 'extendedKeyUsage = timeStamping',
  absent: '',
  'with-other-purpose': 'extendedKeyUsage = critical, timeStamping, codeSigning',
};

function config(dir: string, essCertId: 'v1' | 'v2'): string {
  const leafExtensions = Object.entries(EXTENSIONS).map(
    ([name, eku]) =>
      `[ leaf_${name} ]\nbasicConstraints = critical, CA:FALSE\nkeyUsage = critical, digitalSignature\n${eku}\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n`,
  );
  return [
    '[ req ]\ndistinguished_name = req_dn\nprompt = no\n[ req_dn ]\nCN = unused\n',
    '[ root_ext ]\nbasicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\nsubjectKeyIdentifier = hash\n',
    ...leafExtensions,
    '[ ca ]\ndefault_ca = test_ca\n',
    `[ test_ca ]\ndir = ${dir}\ndatabase = $dir/index.txt\ncrlnumber = $dir/crlnumber\ndefault_md = sha256\ndefault_crl_days = 30\n`,
    '[ tsa ]\ndefault_tsa = tsa_config\n',
    '[ tsa_config ]',
    `dir = ${dir}`,
    'serial = $dir/tsaserial',
    'crypto_device = builtin',
    'signer_cert = $dir/tsa-critical.pem',
    // The root rides along in the token, as many TSAs send it: it must not make the token trusted.
    'certs = $dir/root.pem',
    'signer_key = $dir/tsa-critical.key',
    'signer_digest = sha256',
    `default_policy = ${TEST_TSA_POLICY}`,
    'digests = sha1, sha256, sha384, sha512',
    'accuracy = secs:1, millisecs:500',
    'clock_precision_digits = 0',
    'ordering = no',
    'tsa_name = yes',
    'ess_cert_id_chain = no',
    `ess_cert_id_alg = ${essCertId === 'v2' ? 'sha256' : 'sha1'}`,
    '',
  ].join('\n');
}

/**
 * Runs openssl in `dir`, under faketime at `at` (UTC) when given; `args` split on spaces.
 * The clock is frozen at `at` (`-f` without `@`): a running clock lets a slow machine stamp a
 * second later than the test asked for.
 */
function opensslIn(dir: string) {
  return (args: string, { subject, at }: { subject?: string; at?: string } = {}) => {
    const argv = [...args.split(/\s+/).filter(Boolean), ...(subject ? ['-subj', subject] : [])];
    const [command, commandArgs] = at ? ['faketime', ['-f', at, 'openssl', ...argv]] : ['openssl', argv];
    execFileSync(command, commandArgs, {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TZ: 'UTC' },
    });
  };
}

/**
 * A throwaway time-stamping authority in a temp dir: a root CA and a TSA certificate
 * (extendedKeyUsage critical timeStamping) made with openssl, and `openssl ts` answering requests.
 * Call `cleanup()` when done.
 */
export function createOpensslTsa(options: OpensslTsaOptions = {}): OpensslTsa {
  const dir = mkdtempSync(join(tmpdir(), 'assay-tsa-'));
  const file = (name: string) => join(dir, name);
  const run = opensslIn(dir);
  const issuedAt = options.issuedAt;
  const days = options.days ?? 3650;
  const newKey =
    options.keyType === 'ec' ? '-newkey ec -pkeyopt ec_paramgen_curve:P-256' : '-newkey rsa:2048';
  writeFileSync(file('openssl.cnf'), config(dir, options.essCertId ?? 'v2'));
  writeFileSync(file('tsaserial'), '01\n');
  writeFileSync(file('crlnumber'), '01\n');
  writeFileSync(file('index.txt'), '');
  run(
    `req -config openssl.cnf -x509 ${newKey} -nodes -keyout root.key -out root.pem -days ${days} -extensions root_ext`,
    {
      subject: '/CN=Assay Test TSA Root/O=Assay Test',
      at: issuedAt,
    },
  );
  const issue = (keyUsage: TsaKeyUsage, serial: number) => {
    const name = `tsa-${keyUsage}`;
    // One name for all, so a token re-signed by another of them differs only in key usage.
    run(`req -config openssl.cnf -new ${newKey} -nodes -keyout ${name}.key -out ${name}.csr`, {
      subject: '/CN=Assay Test TSA/O=Assay Test',
    });
    run(
      `x509 -req -in ${name}.csr -CA root.pem -CAkey root.key -set_serial ${serial} -days ${days} -extfile openssl.cnf -extensions leaf_${keyUsage} -out ${name}.pem`,
      { at: issuedAt },
    );
  };
  issue('critical', 100);
  let serial = 0;
  const ca = 'ca -config openssl.cnf -keyfile root.key -cert root.pem';

  return {
    dir,
    root: new X509Certificate(readFileSync(file('root.pem'))),
    tsaCertificate: new X509Certificate(readFileSync(file('tsa-critical.pem'))),
    tsaPrivateKeyPem: readFileSync(file('tsa-critical.key'), 'utf8'),
    timestamp(data, { faketime, hash = 'sha256', withCertificates = true } = {}) {
      serial += 1;
      writeFileSync(file(`data-${serial}.bin`), data);
      const cert = withCertificates ? '-cert' : '';
      run(`ts -query -data data-${serial}.bin -${hash} ${cert} -out query-${serial}.tsq`);
      run(
        `ts -reply -config openssl.cnf -queryfile query-${serial}.tsq -token_out -out token-${serial}.der`,
        {
          at: faketime,
        },
      );
      return readFileSync(file(`token-${serial}.der`));
    },
    replyToRequest(tsq, { faketime, chainPem } = {}) {
      serial += 1;
      writeFileSync(file(`request-${serial}.tsq`), tsq);
      let chain = '';
      if (chainPem !== undefined) {
        writeFileSync(file(`chain-${serial}.pem`), chainPem);
        chain = `-chain chain-${serial}.pem`;
      }
      run(
        `ts -reply -config openssl.cnf -queryfile request-${serial}.tsq ${chain} -out response-${serial}.tsr`,
        { at: faketime },
      );
      return readFileSync(file(`response-${serial}.tsr`));
    },
    resignToken(token, { keyUsage, indefiniteLength = false }) {
      serial += 1;
      const name = `tsa-${keyUsage}`;
      if (!existsSync(file(`${name}.pem`))) issue(keyUsage, 200 + serial);
      writeFileSync(file(`in-${serial}.der`), token);
      // -noverify: only the content is wanted here; the signature is checked by the code under test.
      run(`cms -verify -noverify -binary -inform DER -in in-${serial}.der -out tstinfo-${serial}.der`);
      run(
        `cms -sign -binary -nodetach -econtent_type 1.2.840.113549.1.9.16.1.4 -cades -nosmimecap -md sha256 -signer ${name}.pem -inkey ${name}.key -certfile root.pem -in tstinfo-${serial}.der -outform DER -out resigned-${serial}.der ${indefiniteLength ? '-stream' : '-noindef'}`,
      );
      return readFileSync(file(`resigned-${serial}.der`));
    },
    revokeTsaCertificate(reason, at) {
      run(`${ca} -revoke tsa-critical.pem -crl_reason ${reason}`, { at });
    },
    crl(at) {
      serial += 1;
      run(`${ca} -gencrl -out crl-${serial}.pem`, { at });
      run(`crl -in crl-${serial}.pem -outform DER -out crl-${serial}.der`);
      return readFileSync(file(`crl-${serial}.der`));
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
