/** Verifier messages (English) for the report's content; keys are unique across all message files. */
export const contentMessages = {
  contentEmbeddedUnreadable: '{{name}} cannot be read: {{reason}}.',
  contentEmbeddedMissing: 'The PDF carries no embedded {{name}}; it is not an Assay report.',
  contentEmbeddedNotJson: '{{name}} is not valid JSON: {{reason}}.',
  contentEmbeddedBadFormat: '{{name}} does not match any report format: {{issues}}.',
  contentEmbeddedOk: '{{name}} is present and well-formed ({{bytes}} bytes, format {{format}}).',
  contentNotChecked: 'The content was not checked because no signature is valid.',
  contentTemplateTooLarge: 'The embedded template is larger than {{limit}} characters.',
  contentTemplateHashMismatch: 'The embedded template does not hash to the pinned {{ref}}.',
  contentTemplateHashOk: 'The embedded template hashes to the pinned {{ref}}.',
  contentScoreNotRecomputable: 'The score cannot be recomputed from the embedded data: {{reason}}.',
  contentScoreDiffers:
    'The embedded result disagrees with the recomputed score (embedded ≠ recomputed): {{differences}}.',
  contentScoreDetailsDiffer:
    'Tier, recommendation and red flags recompute, but other scoring details in the embedded result differ.',
  contentScoreOk:
    'The score recomputes to the same result: tier {{tier}}, recommendation {{recommendation}}, {{flags}} red flag(s).',
  contentPageTextUnreadable: 'The page text cannot be read: {{reason}}.',
  contentVisibleConflict: 'The verification block on the pages prints conflicting values for {{fields}}.',
  contentVisibleMismatch:
    'The verification block on the pages disagrees with or lacks (page ≠ embedded): {{fields}}.',
  contentVisibleOk: 'The verification block on the pages agrees with the embedded assessment.',
  contentSignerBindingNotRecorded:
    'Signer binding not recorded: this report ({{format}}) was issued before reports named their signer, so any certificate may have made its signature.',
  contentSignerNotNamed: 'The report names no signer in its embedded assessment, yet it is signed.',
  contentSignerMismatch:
    'The report was issued for the certificate {{expected}}, but signature {{signature}} was made with {{actual}}: the report was re-signed by someone else.',
  contentSignerBound: 'The first signature was made with the certificate the report names ({{fingerprint}}).',
} as const satisfies Record<string, string>;
