/** Verifier messages (English) for signature checks; keys are unique across all message files. */
export const signatureMessages = {
  sigSubFilterUnsupported: 'Unsupported signature format /SubFilter {{subFilter}}.',
  sigSubFilterPades: 'PAdES signature (ETSI.CAdES.detached).',
  sigSubFilterLegacy: 'Legacy PDF signature (adbe.pkcs7.detached), not PAdES.',

  sigByteRangeNotIntegers: '/ByteRange is not four non-negative integers.',
  sigContentsNotHex: '/Contents is not a hexadecimal string.',
  sigByteRangeNotFromStart: 'The signed range starts at byte {{start}}, not at the beginning of the file.',
  sigByteRangeOutsideFile:
    '/ByteRange [{{a}} {{b}} {{c}} {{d}}] points outside the file ({{size}} bytes) or overlaps itself.',
  sigByteRangeGapNotContents:
    "The unsigned gap [{{from}}, {{to}}) is not exactly this signature's /Contents (bytes {{contentsStart}}–{{contentsEnd}}).",
  sigByteRangeNotAtEof: 'The signed range does not end at the end of a file revision (%%EOF).',
  sigByteRangeToEnd: 'The signature covers bytes 0–{{end}} except its own /Contents, to the end of the file.',
  sigByteRangeBytesFollow:
    'The signature covers bytes 0–{{end}} except its own /Contents; {{after}} byte(s) follow it.',
  sigContentsNotRegularHex: '/Contents is not plain hexadecimal in one letter case.',

  sigCmsNotBer: 'The signature data is not readable ASN.1 (BER): {{reason}}.',
  sigCmsTrailingBytes: 'Non-zero bytes follow the CMS structure inside /Contents.',
  sigCmsNotSignedData: 'The signature data is a CMS {{contentType}}, not a SignedData.',
  sigCmsMalformed: 'The signature data is not a well-formed CMS {{part}}.',
  sigCmsTooManyCertificates:
    'The signature carries {{count}} certificates; more than {{limit}} are not read.',
  sigCmsUnreadable: 'The signature data is not a readable CMS SignedData: {{reason}}.',
  sigCmsNotDetached: 'The CMS signature is not detached (it embeds content).',
  sigCmsSignerCount: 'The CMS signature has {{count}} signers; exactly one is expected.',
  sigCmsNoSignedAttributes: 'The CMS signature has no signed attributes.',
  sigSignedAttributesNotDer:
    'The signed attributes are not DER-encoded: the bytes the signature covers differ from their DER encoding.',
  sigSignedAttributeRepeated: 'The signed attribute {{oid}} appears more than once.',
  sigSignedAttributeValues: 'The signed attribute {{oid}} does not have exactly one value.',
  sigContentTypeNotData: 'The content-type signed attribute is missing or not id-data.',
  sigCommitmentTypeUnreadable:
    'The commitment-type-indication signed attribute cannot be read; the signer’s stated conclusion is not shown.',

  sigDigestAlgorithmRefused:
    'Digest algorithm {{algorithm}} is not accepted (SHA-256, -384 or -512 required).',
  sigMessageDigestMissing: 'The signed attributes carry no message digest.',
  sigDigestMismatch: 'The document digest does not match the signed digest: the signed bytes were changed.',
  sigDigestMatches: 'The {{algorithm}} digest of the signed bytes matches the signature.',

  sigSignerCertificateMissing: 'The signer certificate is not included in the signature.',

  sigAlgorithmUnsupported: 'Signature algorithm {{algorithm}} is not supported.',
  sigAlgorithmRefused: 'Signature algorithm {{algorithm}} is not accepted (it uses {{digest}}).',
  sigPssParametersUnsupported:
    'The RSASSA-PSS parameters are not supported (the hash and the MGF1 hash must both be SHA-256, -384 or -512).',
  sigAlgorithmKeyMismatch: "The signature algorithm {{algorithm}} does not fit the signer's {{keyType}} key.",
  sigCurveRefused: "The signer's elliptic curve {{curve}} is not accepted (P-256, P-384 or P-521 required).",
  sigValueValid: 'The cryptographic signature over the signed attributes is valid ({{algorithm}}).',
  sigValueInvalid: "The cryptographic signature does not verify with the signer's public key.",

  sigSigningCertificateMatches: 'The signing-certificate-v2 attribute names this certificate.',
  sigSigningCertificateMismatch: 'The {{attribute}} attribute names a different certificate.',
  sigSigningCertificateUnreadable: 'The {{attribute}} attribute cannot be read.',
  sigSigningCertificateHashRefused:
    'The signing-certificate-v2 attribute hashes the certificate with {{algorithm}}, which is not accepted.',
  sigSigningCertificateMissing: 'The signing-certificate-v2 attribute is missing (required by PAdES).',
  sigSigningCertificateMissingLater:
    'This later signature has no signing-certificate-v2 attribute (required by PAdES; some tools omit it when adding a signature).',
  sigSigningCertificateV1Only:
    'Only the older ESS signing-certificate attribute (SHA-1) names this certificate; PAdES requires signing-certificate-v2.',

  sigTrustChain: 'The signer chains to a trust anchor: {{chain}}.',
  sigTrustNoAnchors: 'No trust anchors were given, so who signed cannot be confirmed.',
  sigTrustNoPath: 'The signer does not chain to any of the given trust anchors.',
  sigTrustNotValidAtTime:
    'The signer chains to a trust anchor, but a certificate on the way was not valid at {{time}}.',
  sigTrustIssuerNotCa:
    'The signer chains to a trust anchor through a certificate that may not issue certificates.',
  sigTrustChainInvalid: 'The path from the signer to a trust anchor is not valid: {{reason}}.',

  sigRevocationGoodCrl: 'The certificate {{subject}} is not revoked, according to a CRL issued {{issuedAt}}.',
  sigRevocationGoodOcsp:
    'The certificate {{subject}} is not revoked, according to an OCSP response of {{issuedAt}}.',
  sigRevokedCrl:
    'The certificate {{subject}} was revoked on {{revokedAt}} ({{reason}}), according to a CRL issued {{issuedAt}}.',
  sigRevokedOcsp:
    'The certificate {{subject}} was revoked on {{revokedAt}} ({{reason}}), according to an OCSP response of {{issuedAt}}.',
  sigRevocationNotChecked:
    'Revocation not checked for the certificate {{subject}}: no CRL or OCSP response given covers it.',
  sigRevocationAnchor:
    "The signer's certificate is itself a trust anchor; no issuer's CRL or OCSP response applies to it.",
} as const satisfies Record<string, string>;

export type SignatureMessageKey = keyof typeof signatureMessages;
