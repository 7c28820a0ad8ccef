import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detachEncapsulatedContent } from './cmsSurgery';
import { missingTools } from './tools';

/** Tests that need openssl skip with this reason when it is not installed. */
export const hasOpenssl = missingTools(['openssl']).length === 0;
export const OPENSSL_MISSING = 'openssl is not installed: these tests sign and revoke with a real openssl CA';

export type KeyType = 'rsa' | 'ec';

/** A certificate openssl made, its key, and the files both live in. */
export interface PkiIdentity {
  name: string;
  certPath: string;
  keyPath: string;
  der: Buffer;
  x509: X509Certificate;
}

export interface CmsSignOptions {
  /** `-cades`: openssl adds signing-certificate-v2. */
  cades?: boolean;
  /** `-keyid`: the SignerInfo names the certificate by subjectKeyIdentifier. */
  keyid?: boolean;
  /** RSASSA-PSS instead of PKCS#1 v1.5 (RSA keys only; openssl 3.0 cannot stream it, so DER). */
  pss?: boolean;
  md?: 'sha1' | 'sha256' | 'sha384' | 'sha512';
  /** Certificates to carry besides the signer's (intermediates). */
  certfile?: readonly PkiIdentity[];
}

export interface OpensslPki {
  dir: string;
  root: PkiIdentity;
  /** An intermediate CA run with `openssl ca`, so what it issues can be revoked. */
  intermediate: PkiIdentity;
  issueLeaf(name: string, keyType?: KeyType): PkiIdentity;
  selfSigned(name: string, keyType?: KeyType): PkiIdentity;
  revoke(leaf: PkiIdentity): void;
  /** The intermediate's current CRL, DER. */
  crl(): Buffer;
  /** An OCSP response (DER OCSPResponse) about `leaf`, signed by the intermediate itself. */
  ocsp(leaf: PkiIdentity): Buffer;
  /**
   * A detached CMS SignedData over `content` as `openssl cms -sign -stream` writes it: BER with
   * indefinite lengths (DER for PSS, which openssl 3.0 refuses to stream).
   */
  signCms(content: Buffer, signer: PkiIdentity, options?: CmsSignOptions): Buffer;
  cleanup(): void;
}

const CONFIG = `
[ req ]
distinguished_name = req_dn
prompt = no
[ req_dn ]
CN = unused
[ ca ]
default_ca = intermediate_ca
[ intermediate_ca ]
dir = .
database = index.txt
new_certs_dir = issued
serial = serial
crlnumber = crlnumber
certificate = intermediate.pem
private_key = intermediate.key
default_md = sha256
default_days = 365
default_crl_days = 30
policy = policy_any
unique_subject = no
copy_extensions = none
[ policy_any ]
commonName = supplied
organizationName = optional
[ root_ext ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ intermediate_ext ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ leaf_ext ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ self_ext ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
`;

const newKey = (keyType: KeyType) =>
  keyType === 'ec' ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'] : ['-newkey', 'rsa:2048'];

/**
 * A throwaway PKI in a temp dir: a root CA, an intermediate CA below it that issues, revokes and
 * answers OCSP with `openssl ca` and `openssl ocsp`, and signing with `openssl cms`. Call
 * `cleanup()` when done.
 */
export function createOpensslPki(): OpensslPki {
  const dir = mkdtempSync(join(tmpdir(), 'assay-pki-'));
  const file = (name: string) => join(dir, name);
  /** `fixed` holds arguments without spaces; `rest` may hold anything (subjects, paths). */
  const openssl = (fixed: string, ...rest: string[]) =>
    execFileSync('openssl', [...fixed.split(' '), ...rest], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TZ: 'UTC' },
    });
  const identity = (name: string, stem: string): PkiIdentity => {
    const der = new X509Certificate(readFileSync(file(`${stem}.pem`))).raw;
    const [certPath, keyPath] = [file(`${stem}.pem`), file(`${stem}.key`)];
    return { name, certPath, keyPath, der, x509: new X509Certificate(der) };
  };
  const stemOf = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '-');
  writeFileSync(file('openssl.cnf'), CONFIG);
  writeFileSync(file('index.txt'), '');
  writeFileSync(file('serial'), '1000\n');
  writeFileSync(file('crlnumber'), '01\n');
  mkdirSync(file('issued'));
  const req = 'req -config openssl.cnf -nodes';
  openssl(
    `${req} -x509 -days 3650 -extensions root_ext -keyout root.key -out root.pem`,
    ...newKey('rsa'),
    '-subj',
    '/CN=Assay Test Root CA/O=Assay Test',
  );
  openssl(
    `${req} -new -keyout intermediate.key -out intermediate.csr`,
    ...newKey('rsa'),
    '-subj',
    '/CN=Assay Test Intermediate CA/O=Assay Test',
  );
  openssl(
    'x509 -req -in intermediate.csr -CA root.pem -CAkey root.key -set_serial 2 -days 3650 -extfile openssl.cnf -extensions intermediate_ext -out intermediate.pem',
  );
  let sequence = 0;

  return {
    dir,
    root: identity('Assay Test Root CA', 'root'),
    intermediate: identity('Assay Test Intermediate CA', 'intermediate'),
    issueLeaf(name, keyType = 'rsa') {
      const stem = stemOf(name);
      openssl(
        `${req} -new -keyout ${stem}.key -out ${stem}.csr`,
        ...newKey(keyType),
        '-subj',
        `/CN=${name}/O=Assay Test`,
      );
      openssl(`ca -config openssl.cnf -batch -notext -extensions leaf_ext -in ${stem}.csr -out ${stem}.pem`);
      return identity(name, stem);
    },
    selfSigned(name, keyType = 'rsa') {
      const stem = stemOf(name);
      openssl(
        `${req} -x509 -days 365 -extensions self_ext -keyout ${stem}.key -out ${stem}.pem`,
        ...newKey(keyType),
        '-subj',
        `/CN=${name}/O=Assay Test`,
      );
      return identity(name, stem);
    },
    revoke(leaf) {
      openssl('ca -config openssl.cnf -crl_reason keyCompromise -revoke', leaf.certPath);
    },
    crl() {
      sequence += 1;
      openssl(`ca -config openssl.cnf -gencrl -out crl-${sequence}.pem`);
      openssl(`crl -in crl-${sequence}.pem -outform DER -out crl-${sequence}.der`);
      return readFileSync(file(`crl-${sequence}.der`));
    },
    ocsp(leaf) {
      sequence += 1;
      openssl(`ocsp -issuer intermediate.pem -no_nonce -reqout ocsp-${sequence}.req -cert`, leaf.certPath);
      openssl(
        `ocsp -index index.txt -CA intermediate.pem -rsigner intermediate.pem -rkey intermediate.key -ndays 1 -reqin ocsp-${sequence}.req -respout ocsp-${sequence}.der`,
      );
      return readFileSync(file(`ocsp-${sequence}.der`));
    },
    signCms(content, signer, options = {}) {
      sequence += 1;
      writeFileSync(file(`content-${sequence}.bin`), content);
      const extra: string[] = [];
      if (options.cades) extra.push('-cades');
      if (options.keyid) extra.push('-keyid');
      if (options.pss) extra.push('-keyopt', 'rsa_padding_mode:pss');
      if (options.certfile?.length) {
        const chain = options.certfile.map((c) => readFileSync(c.certPath, 'utf8')).join('');
        writeFileSync(file(`chain-${sequence}.pem`), chain);
        extra.push('-certfile', `chain-${sequence}.pem`);
      }
      // openssl 3 streams only with the content inside; it is cut out below, which keeps every
      // other byte (and the signature over the signed attributes) exactly as openssl wrote it.
      const encoding = options.pss ? '-noindef' : '-stream -nodetach';
      openssl(
        `cms -sign -binary ${encoding} -nosmimecap -md ${options.md ?? 'sha256'} -in content-${sequence}.bin -outform DER -out cms-${sequence}.der`,
        ...['-signer', signer.certPath, '-inkey', signer.keyPath, ...extra],
      );
      const cms = readFileSync(file(`cms-${sequence}.der`));
      return options.pss ? cms : detachEncapsulatedContent(cms);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
