/** Verifier messages (English) about the file as a whole; keys are unique across all message files. */
export const fileMessages = {
  fileTooLarge: 'The file is {{size}} bytes; files over {{limit}} bytes are not verified.',
  fileNotPdf: 'This is not a PDF file (no %PDF- header).',
  fileBudgetExceeded:
    'The file was not verified: {{reason}}. The verifier stops at a fixed amount of work so that every machine reaches the same verdict.',
  fileUnreadable: 'The PDF cannot be read: {{reason}}.',
} as const satisfies Record<string, string>;
