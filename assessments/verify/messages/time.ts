/** Verifier messages (English) for time checks; keys are unique across all message files. */
export const timeMessages = {
  timeCertNotValidAtProvenTime:
    'The certificate was not valid at the timestamped time {{time}} (valid {{from}} to {{to}}).',
  timeClaimAfterProof:
    'The claimed signing time {{claimed}} is later than the timestamp {{time}} taken over the signature.',
  timeCertValidAtProvenTime:
    'A trusted timestamp proves the signature existed at {{time}}, when the certificate was valid ({{from}} to {{to}}).',
  timeCertNotValidAtClaimedTime:
    'The certificate was not valid at the claimed signing time {{time}} (valid {{from}} to {{to}}).',
  timeCertExpiredNoProof:
    'The certificate expired on {{to}} and no trusted timestamp proves the signature was made before then; the claimed time alone cannot show it (checked at {{now}}).',
  timeCertNotYetValid: 'The certificate is not valid yet at {{now}} (valid {{from}} to {{to}}).',
  timeCertValidAtClaimAndNow:
    'The certificate is valid at the claimed signing time {{time}} and now ({{now}}); the time is claimed by the signer, not proven.',
  timeCertValidNowNoClaim: 'The signature claims no signing time; the certificate is valid now ({{now}}).',
  timeClaimBeforeGenerated:
    'Signature {{signature}} claims it was made at {{claimed}}, before the report was generated ({{time}}): the claimed time is false.',
  timeClaimBeforeDecision:
    'Signature {{signature}} claims it was made at {{claimed}}, before the decision it signs was recorded ({{time}}): the claimed time is false.',
  timeClaimOrderOk:
    'Every signing time is at or after the report was generated ({{generated}}) and the decision recorded ({{decided}}).',
} as const satisfies Record<string, string>;
