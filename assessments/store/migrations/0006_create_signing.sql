-- Signing identities: an X.509 certificate and its private key, listed by the certificate's SHA-256
-- fingerprint. The private key (PKCS#8 DER) is sealed with AES-256-GCM under the workspace's
-- signing subkey and bound to the fingerprint, on top of the database's own encryption.
CREATE TABLE signing_identities (
  fingerprint TEXT PRIMARY KEY CHECK (length(fingerprint) = 64),
  common_name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  email TEXT NOT NULL,
  subject TEXT NOT NULL,
  issuer TEXT NOT NULL,
  serial_number TEXT NOT NULL,
  not_before TEXT NOT NULL,
  not_after TEXT NOT NULL,
  key_algorithm TEXT NOT NULL CHECK (key_algorithm IN ('rsa', 'ec')),
  origin TEXT NOT NULL CHECK (origin IN ('created', 'imported')),
  certificate_der BLOB NOT NULL,
  key_iv BLOB NOT NULL CHECK (length(key_iv) = 12),
  key_ciphertext BLOB NOT NULL,
  key_tag BLOB NOT NULL CHECK (length(key_tag) = 16),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

-- Issuer certificates that came with an imported identity, carried in each signature.
CREATE TABLE signing_identity_chain (
  identity_fingerprint TEXT NOT NULL REFERENCES signing_identities (fingerprint) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  certificate_der BLOB NOT NULL,
  PRIMARY KEY (identity_fingerprint, position)
) STRICT, WITHOUT ROWID;

-- Every signed report that left the workspace: which assessment, signed by whom, and the SHA-256 of
-- the exact file written.
CREATE TABLE exports (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id),
  identity_fingerprint TEXT NOT NULL REFERENCES signing_identities (fingerprint),
  file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  path TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  exported_by TEXT NOT NULL
) STRICT;

CREATE INDEX exports_assessment ON exports (assessment_id, exported_at);
