import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { missingTools, skipNote } from '../../test/helpers/tools';
import { assessmentDeps, newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { buildEmbeddedAssessment, renderTestReport } from '../../test/helpers/signingFixtures';
import { createAssessment } from '../assessment/assessmentService';
import { listAuditEvents, verifyAuditChain } from '../audit/auditLog';
import { parseCertificatesPem } from '../verify/certificateTrust';
import { verifyPdf } from '../verify/verifyPdf';
import type { WorkspaceSession } from '../workspace/session';
import {
  createIdentity,
  exportCertificate,
  importIdentity,
  listIdentities,
  loadSigningKey,
  recordSignedExport,
  type IdentityDeps,
} from './identityService';
import { createSelfSignedCertificate } from './selfSignedCertificate';
import { signPdf } from './signPdf';

const NADIA = { name: 'Nadia Haddad', organisation: 'Export Control Office', email: 'nadia@example.org' };
const missingOpenssl = missingTools(['openssl']);
const hasOpenssl = missingOpenssl.length === 0;

/** A PKCS#12 made with node-forge (3DES, SHA-1 MAC: what many older tools still write). */
function forgeP12(
  password: string,
  options: { withKey?: boolean; notBefore?: Date; notAfter?: Date } = {},
): Buffer {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = createSelfSignedCertificate(
    { name: 'Imported Signer', organisation: 'Ministry', email: 'signer@example.org' },
    keys,
    {
      notBefore: options.notBefore ?? new Date('2025-01-01T00:00:00Z'),
      notAfter: options.notAfter ?? new Date('2030-01-01T00:00:00Z'),
    },
  );
  const cert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString('binary')));
  const key = forge.pki.privateKeyFromPem(
    keys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  );
  const asn1 = forge.pkcs12.toPkcs12Asn1(options.withKey === false ? null : key, [cert], password, {
    algorithm: '3des',
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

describe('signing identities', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let deps: IdentityDeps;
  const clock = steppingClock(Date.parse('2026-01-15T09:00:00.000Z'));

  beforeEach(async () => {
    tmp = useTempDir();
    session = newSession(tmp.path, clock);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    deps = { ws: session.require(), clock };
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('creates a self-signed RSA-3072 identity with the assessor in the subject and signing key usage', async () => {
    const created = createIdentity(deps, NADIA);
    expect(created.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(created).toMatchObject({
      commonName: 'Nadia Haddad',
      organisation: 'Export Control Office',
      email: 'nadia@example.org',
      origin: 'created',
      selfSigned: true,
    });
    expect(listIdentities(deps).map((i) => i.fingerprint)).toEqual([created.fingerprint]);

    const { pem } = exportCertificate(deps, created.fingerprint);
    const [cert] = parseCertificatesPem(pem, 'export');
    expect(cert?.fingerprint256.replace(/:/g, '').toLowerCase()).toBe(created.fingerprint);
    expect(cert?.publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    expect(cert?.ca).toBe(false);
    if (hasOpenssl) {
      const file = join(tmp.path, 'cert.pem');
      writeFileSync(file, pem);
      const text = spawnSync('openssl', ['x509', '-in', file, '-noout', '-text'], {
        encoding: 'utf8',
      }).stdout;
      expect(text).toMatch(/Key Usage: critical\s+Digital Signature, Non Repudiation/);
      expect(text).toMatch(/Subject Key Identifier/);
      expect(text).toMatch(/email:nadia@example.org/);
    }
    const actions = listAuditEvents(deps.ws.db, 'signing_identity', created.fingerprint).map((e) => e.action);
    expect(actions).toEqual(['identity.created', 'identity.certificate_exported']);
    expect(verifyAuditChain(deps.ws.db).ok).toBe(true);
  });

  it('shows names with commas and plus signs as typed, not RFC 4514-escaped', () => {
    const helix = {
      name: 'Lena Brandt, PhD',
      organisation: 'Export Control Office, Helix',
      email: 'lena+export@example.org',
    };
    const created = createIdentity(deps, helix);
    expect(created.subject).toContain('O=Export Control Office\\, Helix');
    expect(created).toMatchObject({
      commonName: helix.name,
      organisation: helix.organisation,
      email: helix.email,
    });
    expect(loadSigningKey(deps, created.fingerprint).signerName).toBe(helix.name);
    // An identity stored before names were decoded still has the escaped form in its columns.
    deps.ws.db
      .prepare(
        'UPDATE signing_identities SET common_name = $cn, organisation = $o WHERE fingerprint = $fingerprint',
      )
      .run({
        cn: 'Lena Brandt\\, PhD',
        o: 'Export Control Office\\, Helix',
        fingerprint: created.fingerprint,
      });
    expect(listIdentities(deps)[0]).toMatchObject({
      commonName: helix.name,
      organisation: helix.organisation,
    });
  });

  it('keeps the private key sealed in the database and signs with it after unlocking again', async () => {
    const created = createIdentity(deps, NADIA);
    const row = deps.ws.db.prepare('SELECT key_ciphertext FROM signing_identities').get() as {
      key_ciphertext: Buffer;
    };
    const plain = loadSigningKey(deps, created.fingerprint).privateKey.export({
      type: 'pkcs8',
      format: 'der',
    });
    expect(row.key_ciphertext.includes(plain.subarray(40, 80))).toBe(false);

    session.lock();
    await session.unlock(TEST_PASSPHRASE);
    deps = { ws: session.require(), clock };
    const unsigned = await renderTestReport(buildEmbeddedAssessment(2, undefined, created.fingerprint));
    const signed = await signPdf(unsigned, loadSigningKey(deps, created.fingerprint), {
      signingTime: new Date('2026-02-01T10:00:00Z'),
      reason: 'test',
      widget: { pageIndex: 1, rect: [60, 60, 300, 120] },
    });
    const anchors = parseCertificatesPem(exportCertificate(deps, created.fingerprint).pem, 'export');
    expect((await verifyPdf(signed, { trustAnchors: anchors })).verdict).toBe('valid');
  }, 60_000);

  it('refuses to use a sealed key that was altered', async () => {
    const created = createIdentity(deps, NADIA);
    deps.ws.db.prepare('UPDATE signing_identities SET key_tag = zeroblob(16)').run();
    expect(() => loadSigningKey(deps, created.fingerprint)).toThrow(/cannot be decrypted/);
  });

  it('imports a PKCS#12 and names the file on a wrong password, a missing key or an expired certificate', async () => {
    const good = join(tmp.path, 'good.p12');
    writeFileSync(good, forgeP12('s3cret'));
    const imported = importIdentity(deps, good, 's3cret');
    expect(imported).toMatchObject({
      origin: 'imported',
      commonName: 'Imported Signer',
      organisation: 'Ministry',
    });
    expect(() => importIdentity(deps, good, 's3cret')).toThrow(/already in this workspace/);
    expect(() => importIdentity(deps, good, 'wrong')).toThrow(`Wrong password for ${good}`);

    const noKey = join(tmp.path, 'nokey.p12');
    writeFileSync(noKey, forgeP12('pw', { withKey: false }));
    expect(() => importIdentity(deps, noKey, 'pw')).toThrow(`${noKey} contains no private key`);

    const expired = join(tmp.path, 'expired.p12');
    writeFileSync(
      expired,
      forgeP12('pw', {
        notBefore: new Date('2019-01-01T00:00:00Z'),
        notAfter: new Date('2020-01-01T00:00:00Z'),
      }),
    );
    expect(() => importIdentity(deps, expired, 'pw')).toThrow(/expired on 2020-01-01/);

    const notP12 = join(tmp.path, 'notes.p12');
    writeFileSync(notP12, 'just some text');
    expect(() => importIdentity(deps, notP12, 'pw')).toThrow(`${notP12} is not a readable PKCS#12 file`);
    expect(listIdentities(deps)).toHaveLength(1);
    expect(
      listAuditEvents(deps.ws.db, 'signing_identity', imported.fingerprint).map((e) => e.action),
    ).toEqual(['identity.imported']);
  });

  it.skipIf(!hasOpenssl)(
    `imports an OpenSSL 3 PKCS#12 (AES-256, SHA-256 MAC) with an ECDSA P-256 key${skipNote(missingOpenssl)}`,
    () => {
      const key = join(tmp.path, 'ec.key');
      const crt = join(tmp.path, 'ec.crt');
      const p12 = join(tmp.path, 'ec.p12');
      const run = (args: string[]) => expect(spawnSync('openssl', args, { encoding: 'utf8' }).status).toBe(0);
      run([
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        key,
        '-out',
        crt,
        '-days',
        '365',
        '-subj',
        '/CN=EC Signer/O=Regulator/emailAddress=ec@example.org',
      ]);
      run(['pkcs12', '-export', '-inkey', key, '-in', crt, '-out', p12, '-passout', 'pass:pw']);
      const realNow = { now: () => new Date() };
      const imported = importIdentity({ ws: deps.ws, clock: realNow }, p12, 'pw');
      expect(imported).toMatchObject({ keyAlgorithm: 'ec', commonName: 'EC Signer' });
      expect(imported.fingerprint).toBe(
        new X509Certificate(readFileSync(crt)).fingerprint256.replace(/:/g, '').toLowerCase(),
      );
    },
  );

  it('records a signed export with its SHA-256 and an audit event', async () => {
    const created = createIdentity(deps, NADIA);
    const assessment = createAssessment(assessmentDeps(session, clock), {
      title: 'IMSI catchers',
      destinationCountry: null,
      endUserName: null,
      productDescription: null,
    });
    const bytes = Buffer.from('%PDF-1.7 signed bytes');
    const { sha256 } = recordSignedExport(deps, {
      assessmentId: assessment.id,
      fingerprint: created.fingerprint,
      path: '/tmp/r.pdf',
      bytes,
    });
    const row = deps.ws.db.prepare('SELECT * FROM exports').get() as {
      file_sha256: string;
      size_bytes: number;
    };
    expect(row).toMatchObject({ file_sha256: sha256, size_bytes: bytes.length });
    expect(listAuditEvents(deps.ws.db, 'assessment', assessment.id).map((e) => e.action)).toContain(
      'report.exported',
    );
  });
});
