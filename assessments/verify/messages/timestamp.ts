/** Verifier messages (English) for timestamp checks; keys are unique across all message files. */
export const timestampMessages = {
  tsTokenUnreadable: 'The timestamp is not a readable RFC 3161 timestamp token: {{reason}}.',
  tsContentsTrailingData:
    'The timestamp field holds other data after the timestamp token; only zero padding may follow it.',
  tsByteRangeOutsideFile: 'The timestamp’s /ByteRange [{{range}}] points outside the file ({{size}} bytes).',
  tsContentTypeWrong: 'The timestamp token holds {{found}} instead of a TSTInfo (id-ct-TSTInfo).',
  tsContentTypeOk: 'The timestamp token holds a TSTInfo.',
  tsGenTime: 'The timestamp authority states the time {{time}}.',
  tsGenTimeInFuture: 'The timestamp claims the time {{time}}, which is later than now ({{now}}).',
  tsImprintAlgorithmUnknown: 'The timestamp was taken with an unknown hash algorithm ({{algorithm}}).',
  tsImprintAlgorithmRefused:
    'The timestamp was taken with {{algorithm}}, which is no longer safe and is refused.',
  tsImprintMatches: 'The timestamp’s {{algorithm}} hash matches the timestamped data.',
  tsImprintMismatch:
    'The timestamp’s {{algorithm}} hash does not match the timestamped data: it was taken over other data.',
  tsTsaCertificateMissing:
    'The timestamp token does not carry the timestamp authority’s certificate, and no trusted timestamp certificate matches it.',
  tsSignedAttributesMissing: 'The timestamp token’s signature has no signed attributes.',
  tsContentTypeAttributeWrong:
    'The timestamp token’s signed content-type attribute is {{found}}, not id-ct-TSTInfo.',
  tsSignerDigestRefused:
    'The timestamp token is signed with the hash algorithm {{algorithm}}, which is refused.',
  tsMessageDigestMissing: 'The timestamp token’s signed attributes carry no message digest.',
  tsMessageDigestMismatch:
    'The timestamp token’s content does not match its signed {{algorithm}} digest: the token was altered.',
  tsSignedAttributesMatch:
    'The timestamp token’s signed attributes name its content and its {{algorithm}} digest.',
  tsSigningCertificateMissing:
    'The timestamp token does not name its signing certificate (no signing-certificate attribute).',
  tsSigningCertificateUnreadable: 'The timestamp token’s signing-certificate attribute cannot be read.',
  tsSigningCertificateMismatch:
    'The timestamp token’s {{attribute}} attribute names another certificate than the one that signed it.',
  tsSigningCertificateMatches:
    'The timestamp token’s {{attribute}} attribute names the signing certificate ({{algorithm}}).',
  tsSignatureValid: 'The timestamp authority’s signature on the token is valid.',
  tsSignatureInvalid:
    'The timestamp authority’s signature on the token does not verify (algorithm {{algorithm}}).',
  tsTsaUsageMissing:
    'The timestamp certificate is not marked for time stamping (no extended key usage id-kp-timeStamping).',
  tsTsaUsageOtherPurposes:
    'The timestamp certificate may also be used for other purposes ({{purposes}}); a timestamp authority’s may only stamp time.',
  tsTsaUsageNotCritical:
    'The timestamp certificate’s time-stamping key usage is not marked critical, as RFC 3161 requires.',
  tsTsaUsageOk: 'The timestamp certificate is for time stamping only (critical extended key usage).',
  tsTsaNotValidAtGenTime:
    'The timestamp certificate was not valid at the stated time {{time}} (valid {{from}} to {{to}}).',
  tsTsaValidAtGenTime:
    'The timestamp certificate was valid at the stated time {{time}} (valid {{from}} to {{to}}).',
  tsTsaNameNotCompared:
    'The timestamp names its authority in a form (general name type {{type}}) that is not compared.',
  tsTsaNameMatches: 'The timestamp names its authority {{name}}, as its certificate does.',
  tsTsaNameMismatch:
    'The timestamp names its authority {{name}}, but its certificate is issued to {{subject}}.',
  tsTsaNoAnchors:
    'No timestamp authority is trusted, so the timestamp by {{subject}} proves nothing about time.',
  tsTsaUntrusted:
    'The timestamp authority {{subject}} does not chain to a trusted timestamp certificate, so its time is not proven.',
  tsTsaChainNotValidAtGenTime:
    'The timestamp authority’s CA certificate {{subject}} was not valid at the stated time {{time}} (valid {{from}} to {{to}}).',
  tsTsaTrusted:
    'The timestamp authority chains to the trusted certificate {{anchor}} ({{length}} certificate(s)).',
  tsRevocationNotChecked:
    'No revocation lists were given, so the timestamp certificate’s revocation was not checked.',
  tsRevocationNoIssuer:
    'The timestamp certificate’s issuer is not known, so its revocation cannot be checked.',
  tsRevocationListUnreadable: 'Revocation list {{index}} cannot be read and was ignored.',
  tsRevocationNoList: 'No given revocation list signed by its issuer covers {{subject}}.',
  tsTsaRevoked:
    'The certificate {{subject}} was revoked on {{date}} (reason: {{reason}}), so its timestamp of {{time}} proves nothing.',
  tsTsaRevokedAfterGenTime:
    'The certificate {{subject}} was revoked on {{date}} (reason: {{reason}}), after the timestamp of {{time}}, which stands.',
  tsTsaNotRevoked:
    'The certificate {{subject}} is not revoked according to the list issued {{issued}}, after the timestamp of {{time}}.',
  tsRevocationListTooOld:
    'The newest revocation list for {{subject}} was issued {{issued}}, before the timestamp of {{time}}: it cannot show the certificate still stood then.',
} as const satisfies Record<string, string>;
