import type { Db } from './openDatabase';

export interface SigningIdentityRow {
  fingerprint: string;
  common_name: string;
  organisation: string;
  email: string;
  subject: string;
  issuer: string;
  serial_number: string;
  not_before: string;
  not_after: string;
  key_algorithm: 'rsa' | 'ec';
  origin: 'created' | 'imported';
  certificate_der: Buffer;
  key_iv: Buffer;
  key_ciphertext: Buffer;
  key_tag: Buffer;
  created_at: string;
  created_by: string;
}

export interface ExportRow {
  id: string;
  assessment_id: string;
  identity_fingerprint: string;
  file_sha256: string;
  size_bytes: number;
  path: string;
  exported_at: string;
  exported_by: string;
}

export function insertSigningIdentity(db: Db, row: SigningIdentityRow, chain: readonly Buffer[]): void {
  db.prepare(
    `INSERT INTO signing_identities
       (fingerprint, common_name, organisation, email, subject, issuer, serial_number, not_before, not_after,
        key_algorithm, origin, certificate_der, key_iv, key_ciphertext, key_tag, created_at, created_by)
     VALUES
       ($fingerprint, $common_name, $organisation, $email, $subject, $issuer, $serial_number, $not_before, $not_after,
        $key_algorithm, $origin, $certificate_der, $key_iv, $key_ciphertext, $key_tag, $created_at, $created_by)`,
  ).run(row);
  const insertChain = db.prepare(
    `INSERT INTO signing_identity_chain (identity_fingerprint, position, certificate_der)
     VALUES ($fingerprint, $position, $der)`,
  );
  chain.forEach((der, position) => insertChain.run({ fingerprint: row.fingerprint, position, der }));
}

export function selectSigningIdentity(db: Db, fingerprint: string): SigningIdentityRow | undefined {
  return db
    .prepare('SELECT * FROM signing_identities WHERE fingerprint = $fingerprint')
    .get({ fingerprint }) as SigningIdentityRow | undefined;
}

export function selectSigningIdentities(db: Db): SigningIdentityRow[] {
  return db
    .prepare('SELECT * FROM signing_identities ORDER BY created_at, fingerprint')
    .all() as SigningIdentityRow[];
}

export function selectIdentityChain(db: Db, fingerprint: string): Buffer[] {
  return (
    db
      .prepare(
        'SELECT certificate_der FROM signing_identity_chain WHERE identity_fingerprint = $fingerprint ORDER BY position',
      )
      .all({ fingerprint }) as { certificate_der: Buffer }[]
  ).map((row) => row.certificate_der);
}

export function insertExport(db: Db, row: ExportRow): void {
  db.prepare(
    `INSERT INTO exports (id, assessment_id, identity_fingerprint, file_sha256, size_bytes, path, exported_at, exported_by)
     VALUES ($id, $assessment_id, $identity_fingerprint, $file_sha256, $size_bytes, $path, $exported_at, $exported_by)`,
  ).run(row);
}

export function selectExports(db: Db, assessmentId: string): ExportRow[] {
  return db
    .prepare('SELECT * FROM exports WHERE assessment_id = $assessmentId ORDER BY exported_at, id')
    .all({ assessmentId }) as ExportRow[];
}
