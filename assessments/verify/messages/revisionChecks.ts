/** Verifier messages (English) for the file's revision structure; keys are unique across all files. */
export const revisionCheckMessages = {
  revCheckUnreadable:
    'The file’s cross-reference structure cannot be read, so no revision of it can be relied on: {{reason}}.',
  revCheckSignatureNotAtRevision:
    'The first signature’s signed bytes end at byte {{end}}, which is not the end of any revision of the file.',
  revCheckObjectsAfterSigning:
    '{{count}} object(s) were added after signing without a cross-reference ({{objects}}): a viewer that repairs the file may show them.',
  revCheckUpdateWithoutXref: '{{count}} update(s) were appended after signing without a cross-reference.',
  revCheckTrailingBytes: '{{bytes}} byte(s) follow the last revision of the file.',
  revCheckObjectsUnreachable:
    '{{count}} object(s) in the signed part are not reached by any cross-reference ({{objects}}); they are ignored.',
  revCheckRangeNotRevision:
    'The signed bytes end at byte {{end}}, which is not the end of any revision the cross-references describe.',
  revCheckDocumentTimestamp: 'RFC 3161 document timestamp (ETSI.RFC3161).',
  revCheckNothingChanged:
    'The file has {{count}} revision(s); nothing after revision {{signed}} (the first signature) changes what the document shows.',
} as const satisfies Record<string, string>;
