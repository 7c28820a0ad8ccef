import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOpensslPki,
  hasOpenssl,
  OPENSSL_MISSING,
  type OpensslPki,
  type PkiIdentity,
} from '../../../test/helpers/opensslPki';
import { useTempDir } from '../../../test/helpers/tempDir';
import { validateChain, type ChainInput } from './validateChain';

const EXTENSIONS = `[ ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ leaf ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
authorityKeyIdentifier = keyid
`;

/**
 * Two CA certificates that issued each other (X by Y's key, Y by X's key) and a leaf below X: a
 * loop any issuer search walks forever unless it is bounded.
 */
function crossIssuedPair(dir: string) {
  const openssl = (args: string) => execFileSync('openssl', args.split(' '), { cwd: dir, stdio: 'pipe' });
  const der = (name: string) => new X509Certificate(readFileSync(join(dir, `${name}.pem`))).raw;
  writeFileSync(join(dir, 'ext.cnf'), EXTENSIONS);
  for (const name of ['x', 'y', 'leaf'])
    openssl(`req -new -newkey rsa:2048 -nodes -keyout ${name}.key -out ${name}.csr -subj /CN=${name}`);
  openssl('x509 -req -in y.csr -signkey y.key -days 30 -extfile ext.cnf -extensions ca -out y0.pem');
  openssl(
    'x509 -req -in x.csr -CA y0.pem -CAkey y.key -set_serial 1 -days 30 -extfile ext.cnf -extensions ca -out x.pem',
  );
  openssl(
    'x509 -req -in y.csr -CA x.pem -CAkey x.key -set_serial 2 -days 30 -extfile ext.cnf -extensions ca -out y.pem',
  );
  openssl(
    'x509 -req -in leaf.csr -CA x.pem -CAkey x.key -set_serial 3 -days 30 -extfile ext.cnf -extensions leaf -out leaf.pem',
  );
  return { x: der('x'), y: der('y'), leaf: der('leaf') };
}

const withOpenssl = hasOpenssl ? describe : describe.skip;

withOpenssl(`validateChain${hasOpenssl ? '' : ` (skipped: ${OPENSSL_MISSING})`}`, () => {
  let pki: OpensslPki;
  let other: OpensslPki;
  beforeAll(() => {
    pki = createOpensslPki();
    other = createOpensslPki();
  }, 120_000);
  afterAll(() => {
    pki.cleanup();
    other.cleanup();
  });

  const input = (leaf: PkiIdentity, extra: Partial<ChainInput> = {}): ChainInput => ({
    signer: leaf.der,
    carried: [pki.intermediate.der, leaf.der],
    anchors: [pki.root.der],
    at: new Date(),
    crls: [],
    ocsps: [],
    ...extra,
  });

  it('says why a signer is not trusted', async () => {
    const leaf = pki.issueLeaf('Untrusted Leaf');
    expect((await validateChain(input(leaf, { anchors: [] }))).untrusted?.reason).toBe('no-anchors');
    expect((await validateChain(input(leaf, { carried: [] }))).untrusted?.reason).toBe('no-path');
    expect((await validateChain(input(leaf, { anchors: [other.root.der] }))).untrusted?.reason).toBe(
      'no-path',
    );
    const longAgo = await validateChain(input(leaf, { at: new Date('2001-01-01T00:00:00Z') }));
    expect(longAgo.untrusted?.reason).toBe('not-valid-at-time');
  });

  it('gives up on certificates that issued each other instead of searching forever', async () => {
    const tmp = useTempDir();
    try {
      const { x, y, leaf } = crossIssuedPair(tmp.path);
      const result = await validateChain({
        signer: leaf,
        carried: [x, y],
        anchors: [pki.root.der],
        at: new Date(),
        crls: [],
        ocsps: [],
      });
      expect(result.trusted).toBe(false);
      expect(result.untrusted?.reason).toBe('invalid');
      expect(result.untrusted?.detail).toMatch(/too many candidate paths/);
    } finally {
      tmp.cleanup();
    }
  });

  it('trusts a pinned signer certificate without a path', async () => {
    const self = pki.selfSigned('Pinned Signer');
    const result = await validateChain({
      ...input(self),
      carried: [self.der],
      anchors: [pki.root.der, self.der],
    });
    expect(result).toMatchObject({ trusted: true, signerIsAnchor: true, revocation: [] });
  });

  it('reports the path and each certificate below the anchor as not checked without revocation values', async () => {
    const leaf = pki.issueLeaf('Path Leaf');
    const result = await validateChain(input(leaf));
    expect(result.trusted).toBe(true);
    expect(result.chain.map((s) => s.split('\n')[0])).toEqual([
      'CN=Path Leaf',
      'CN=Assay Test Intermediate CA',
      'CN=Assay Test Root CA',
    ]);
    expect(result.revocation.map((r) => r.revocation.status)).toEqual(['not-checked', 'not-checked']);
    // The signature may carry the whole chain, root included, and the leaf twice.
    const carried = [pki.root.der, leaf.der, pki.intermediate.der, leaf.der];
    expect((await validateChain(input(leaf, { carried }))).chain).toEqual(result.chain);
  });

  it('reads OCSP responses: good, then revoked with its date and reason', async () => {
    const leaf = pki.issueLeaf('OCSP Leaf');
    const good = await validateChain(input(leaf, { ocsps: [pki.ocsp(leaf)] }));
    expect(good.revocation[0]?.revocation).toMatchObject({ status: 'good', source: 'ocsp' });
    pki.revoke(leaf);
    const revoked = await validateChain(input(leaf, { ocsps: [pki.ocsp(leaf)] }));
    const status = revoked.revocation[0]?.revocation;
    expect(status).toMatchObject({ status: 'revoked', source: 'ocsp', reason: 'keyCompromise' });
    expect(status?.status === 'revoked' && Math.abs(status.revokedAt.getTime() - Date.now())).toBeLessThan(
      120_000,
    );
  });

  it('ignores a CRL under the issuer name that another key signed', async () => {
    const leaf = pki.issueLeaf('Forged CRL Leaf');
    // The other PKI's CA has the same name and numbers its certificates the same way.
    let twin = other.issueLeaf('Twin 0');
    for (let i = 1; twin.x509.serialNumber !== leaf.x509.serialNumber && i < 20; i += 1)
      twin = other.issueLeaf(`Twin ${i}`);
    expect(twin.x509.serialNumber).toBe(leaf.x509.serialNumber);
    other.revoke(twin);
    const forged = other.crl();
    const result = await validateChain(input(leaf, { crls: [forged] }));
    expect(result.revocation[0]?.revocation.status).toBe('not-checked');
    expect(
      (await validateChain(input(leaf, { crls: [forged, pki.crl()] }))).revocation[0]?.revocation,
    ).toMatchObject({
      status: 'good',
      source: 'crl',
    });
  });
});
