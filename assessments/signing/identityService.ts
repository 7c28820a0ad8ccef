import { createHash, createPrivateKey, generateKeyPairSync, randomUUID, X509Certificate } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { AppError, fileError, NotFoundError } from '../shared/errors';
import { appendAuditEvent } from '../audit/auditLog';
import type { Clock } from '../shared/clock';
import { subjectAttribute } from '../shared/distinguishedName';
import { selectAssessment } from '../store/assessmentRows';
import {
  insertExport,
  insertSigningIdentity,
  selectIdentityChain,
  selectSigningIdentities,
  selectSigningIdentity,
  type SigningIdentityRow,
} from '../store/signingRows';
import { deriveSubkey } from '../workspace/keys';
import type { Unlocked } from '../store/unlocked';
import { openPrivateKey, sealPrivateKey } from './keyWrap';
import { readPkcs12 } from './pkcs12';
import type { CreateIdentityInput, IdentitySummary } from './schemas';
import { createIdentityInputSchema } from './schemas';
import { createSelfSignedCertificate } from './selfSignedCertificate';
import type { SigningKeyMaterial } from './signPdf';

export interface IdentityDeps {
  ws: Unlocked & { dataKey: Buffer };
  clock: Clock;
}

/** PKCS#12 files are a few kilobytes; anything this large is not one. */
export const MAX_PKCS12_BYTES = 1024 * 1024;

const fingerprintOf = (der: Buffer) => createHash('sha256').update(der).digest('hex');

function summarise(row: SigningIdentityRow, chainLength: number): IdentitySummary {
  // Read from the subject, not the columns: identities stored before the names were decoded keep
  // the escaped form there ("Export Control Office\, Helix").
  return {
    fingerprint: row.fingerprint,
    commonName: subjectAttribute(row.subject, 'CN'),
    organisation: subjectAttribute(row.subject, 'O'),
    email: subjectAttribute(row.subject, 'emailAddress') || row.email,
    subject: row.subject,
    issuer: row.issuer,
    serialNumber: row.serial_number,
    notBefore: row.not_before,
    notAfter: row.not_after,
    keyAlgorithm: row.key_algorithm,
    origin: row.origin,
    selfSigned: row.subject === row.issuer,
    chainLength,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

function storeIdentity(
  { ws, clock }: IdentityDeps,
  material: { certificate: Buffer; chain: Buffer[]; pkcs8: Buffer; origin: 'created' | 'imported' },
  auditPayload: Record<string, unknown>,
): IdentitySummary {
  const cert = new X509Certificate(material.certificate);
  const fingerprint = fingerprintOf(material.certificate);
  if (selectSigningIdentity(ws.db, fingerprint)) {
    throw new AppError('conflict', `Signing identity ${fingerprint} is already in this workspace.`, {
      fingerprint,
    });
  }
  const signingKey = deriveSubkey(ws.dataKey, 'signing');
  const sealed = sealPrivateKey(material.pkcs8, signingKey, fingerprint);
  signingKey.fill(0);
  material.pkcs8.fill(0);
  const at = clock.now();
  const row: SigningIdentityRow = {
    fingerprint,
    common_name: subjectAttribute(cert.subject, 'CN'),
    organisation: subjectAttribute(cert.subject, 'O'),
    email:
      subjectAttribute(cert.subject, 'emailAddress') ||
      (cert.subjectAltName?.match(/email:([^,\s]+)/)?.[1] ?? ''),
    subject: cert.subject,
    issuer: cert.issuer,
    serial_number: cert.serialNumber,
    not_before: new Date(cert.validFrom).toISOString(),
    not_after: new Date(cert.validTo).toISOString(),
    key_algorithm: cert.publicKey.asymmetricKeyType === 'ec' ? 'ec' : 'rsa',
    origin: material.origin,
    certificate_der: material.certificate,
    key_iv: sealed.iv,
    key_ciphertext: sealed.ciphertext,
    key_tag: sealed.tag,
    created_at: at.toISOString(),
    created_by: ws.actor,
  };
  ws.db.transaction(() => {
    insertSigningIdentity(ws.db, row, material.chain);
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: material.origin === 'created' ? 'identity.created' : 'identity.imported',
        subjectType: 'signing_identity',
        subjectId: fingerprint,
        payload: { subject: cert.subject, notAfter: row.not_after, ...auditPayload },
      },
      at,
    );
  })();
  return summarise(row, material.chain.length);
}

/** A new RSA-3072 key and a self-signed certificate for the assessor, stored sealed. */
export function createIdentity(deps: IdentityDeps, rawInput: CreateIdentityInput): IdentitySummary {
  const input = createIdentityInputSchema.parse(rawInput);
  const keys = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const notBefore = deps.clock.now();
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + input.validityYears);
  const certificate = createSelfSignedCertificate(
    { name: input.name, organisation: input.organisation, email: input.email },
    keys,
    { notBefore, notAfter },
  );
  const pkcs8 = keys.privateKey.export({ type: 'pkcs8', format: 'der' });
  return storeIdentity(
    deps,
    { certificate, chain: [], pkcs8, origin: 'created' },
    { keyAlgorithm: 'rsa-3072' },
  );
}

/** Imports a PKCS#12 file (read with a size cap); the password is never stored. */
export function importIdentity(deps: IdentityDeps, path: string, password: string): IdentitySummary {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_PKCS12_BYTES)
      throw new AppError(
        'invalid_input',
        `${path} is ${size} bytes; a PKCS#12 file is at most ${MAX_PKCS12_BYTES}.`,
        { file: path },
      );
    bytes = readFileSync(path);
  } catch (error) {
    throw fileError(error, path, 'read');
  }
  const p12 = readPkcs12(bytes, password, path, deps.clock.now());
  const pkcs8 = p12.privateKey.export({ type: 'pkcs8', format: 'der' });
  return storeIdentity(
    deps,
    { certificate: p12.certificate, chain: p12.chain, pkcs8, origin: 'imported' },
    {
      chainLength: p12.chain.length,
    },
  );
}

export function listIdentities({ ws }: Pick<IdentityDeps, 'ws'>): IdentitySummary[] {
  return selectSigningIdentities(ws.db).map((row) =>
    summarise(row, selectIdentityChain(ws.db, row.fingerprint).length),
  );
}

function requireIdentity(ws: IdentityDeps['ws'], fingerprint: string): SigningIdentityRow {
  const row = selectSigningIdentity(ws.db, fingerprint);
  if (!row) throw new NotFoundError('Signing identity', fingerprint);
  return row;
}

const toPem = (der: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`;

/** The certificate (and its chain) as PEM, to hand to a regulator as a trust anchor. */
export function exportCertificate(
  { ws, clock }: IdentityDeps,
  fingerprint: string,
  path?: string,
): { fingerprint: string; pem: string; path: string | null } {
  const row = requireIdentity(ws, fingerprint);
  const pem = [row.certificate_der, ...selectIdentityChain(ws.db, fingerprint)].map(toPem).join('');
  if (path !== undefined) writeFileSync(path, pem, { mode: 0o644 });
  ws.db.transaction(() => {
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'identity.certificate_exported',
        subjectType: 'signing_identity',
        subjectId: fingerprint,
        payload: path === undefined ? {} : { path },
      },
      clock.now(),
    );
  })();
  return { fingerprint, pem, path: path ?? null };
}

/** The unsealed key material `signPdf` needs. Keep it only for the one signing call. */
export function loadSigningKey({ ws }: Pick<IdentityDeps, 'ws'>, fingerprint: string): SigningKeyMaterial {
  const row = requireIdentity(ws, fingerprint);
  const signingKey = deriveSubkey(ws.dataKey, 'signing');
  const pkcs8 = openPrivateKey(
    { iv: row.key_iv, ciphertext: row.key_ciphertext, tag: row.key_tag },
    signingKey,
    fingerprint,
  );
  signingKey.fill(0);
  const privateKey = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  pkcs8.fill(0);
  return {
    certificate: row.certificate_der,
    chain: selectIdentityChain(ws.db, fingerprint),
    privateKey,
    signerName: subjectAttribute(row.subject, 'CN') || row.subject,
  };
}

/**
 * Records a signed report that left the workspace (the `exports` row and an audit event) in one
 * transaction; call it after the file is written, with the bytes written.
 */
export function recordSignedExport(
  { ws, clock }: IdentityDeps,
  input: { assessmentId: string; fingerprint: string; path: string; bytes: Buffer },
): { id: string; sha256: string } {
  if (!selectAssessment(ws.db, input.assessmentId)) throw new NotFoundError('Assessment', input.assessmentId);
  requireIdentity(ws, input.fingerprint);
  const id = randomUUID();
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const at = clock.now();
  ws.db.transaction(() => {
    insertExport(ws.db, {
      id,
      assessment_id: input.assessmentId,
      identity_fingerprint: input.fingerprint,
      file_sha256: sha256,
      size_bytes: input.bytes.length,
      path: input.path,
      exported_at: at.toISOString(),
      exported_by: ws.actor,
    });
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'report.exported',
        subjectType: 'assessment',
        subjectId: input.assessmentId,
        payload: {
          exportId: id,
          sha256,
          sizeBytes: input.bytes.length,
          identity: input.fingerprint,
          path: input.path,
        },
      },
      at,
    );
  })();
  return { id, sha256 };
}
