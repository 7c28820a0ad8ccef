/**
 * The source locale. Every other locale must have exactly these keys (plural keys may differ by
 * CLDR category), and `t()` is typed from this object, so a key missing here is a compile error.
 */
export const en = {
  common: {
    appName: 'Assay',
    loading: 'Loading…',
    retry: 'Try again',
    cancel: 'Cancel',
    notSet: 'Not set',
    skipToContent: 'Skip to main content',
  },
  language: {
    label: 'Language',
    names: {
      en: 'English',
      ar: 'العربية',
    },
  },
  header: {
    assessor: 'Assessor',
    lock: 'Lock',
    locking: 'Locking…',
  },
  errors: {
    invalid_input: 'Some of the information is not valid. Check the highlighted fields.',
    unknown_operation: 'This version of the window does not match the application. Restart Assay.',
    unauthorized: 'This page is not connected to Assay. Open the link printed by Assay again.',
    wrong_passphrase: 'Wrong passphrase. Nothing was changed.',
    workspace_locked: 'The workspace is locked. Unlock it to continue.',
    workspace_exists: 'A workspace already exists in this folder.',
    workspace_missing: 'The workspace folder could not be found.',
    workspace_corrupt: 'The workspace is damaged and cannot be opened. Restore it from a backup.',
    database_from_newer_version:
      'This workspace was written by a newer version of Assay. Update Assay to open it.',
    encryption_self_test_failed: 'Encryption could not be verified, so the workspace was not opened.',
    not_found: 'This item no longer exists in the workspace.',
    conflict: 'Someone else changed this at the same time. Reload and try again.',
    internal: 'Something went wrong and the change was not saved. Try again.',
  },
  form: {
    required: 'Required',
    tooLong: 'Use at most {{max, number}} characters.',
    tooShort: 'Use at least {{min, number}} characters.',
    invalid: 'Check this value.',
  },
  createWorkspace: {
    title: 'Create your workspace',
    intro:
      'Assay keeps your assessments in an encrypted folder on this computer. The passphrase is the only key: if you lose it, nobody can recover the data.',
    folderLabel: 'Workspace folder',
    assessorLabel: 'Your name',
    assessorHint: 'Recorded as the author of every change you make.',
    passphraseLabel: 'Passphrase',
    passphraseHint:
      'At least {{min, number}} characters. A few unrelated words make a strong passphrase that is easy to remember.',
    confirmLabel: 'Confirm passphrase',
    showPassphrase: 'Show passphrase',
    submit: 'Create workspace',
    submitting: 'Creating workspace…',
    errors: {
      assessorRequired: 'Enter your name.',
      passphraseTooShort: 'Use at least {{min, number}} characters.',
      confirmMismatch: 'The two passphrases do not match.',
    },
  },
  strength: {
    tooShort: 'Strength: too short',
    weak: 'Strength: weak',
    fair: 'Strength: fair',
    strong: 'Strength: strong',
  },
  unlock: {
    title: 'Unlock workspace',
    intro: 'Enter your passphrase to open this workspace.',
    folderLabel: 'Workspace folder',
    passphraseLabel: 'Passphrase',
    submit: 'Unlock',
    submitting: 'Unlocking…',
    errors: {
      passphraseRequired: 'Enter your passphrase.',
    },
  },
  needsLink: {
    title: 'Open Assay from its link',
    body: 'This page needs the link printed by <code>assay serve-web</code>.',
    hint: 'Run the command again and open the complete link it prints, including the part after “#”.',
  },
  startupError: {
    title: 'Assay could not reach its workspace',
    details: 'Technical details',
  },
  assessmentList: {
    title: 'Assessments',
    count_one: '{{count, number}} assessment',
    count_other: '{{count, number}} assessments',
    new: 'New assessment',
    empty: 'No assessments yet. Create one to start.',
    caption: 'All assessments in this workspace, most recently updated first',
    columns: {
      title: 'Title',
      destination: 'Destination',
      endUser: 'End-user',
      status: 'Status',
      updated: 'Last updated',
    },
  },
  assessmentStatus: {
    draft: 'Draft',
    in_review: 'In review',
    decided: 'Decided',
    signed: 'Signed',
  },
  newAssessment: {
    title: 'New assessment',
    titleLabel: 'Title',
    destinationLabel: 'Destination country',
    destinationNotSet: '— Not set —',
    endUserLabel: 'End-user',
    endUserHint: 'The organisation or agency that will use the product.',
    productLabel: 'Product description',
    submit: 'Create assessment',
    submitting: 'Creating…',
    errors: {
      titleRequired: 'Enter a title.',
    },
  },
  assessment: {
    back: 'Back to assessments',
    details: 'Details',
    destination: 'Destination',
    endUser: 'End-user',
    product: 'Product description',
    status: 'Status',
    created: 'Created',
    questions: 'Questions',
  },
  questions: {
    a5: {
      label: 'A5 · Terms of reference and transaction references',
      help: 'Describe the terms of reference, contract or quote, and licence or notification references.',
    },
  },
  answer: {
    saveState: {
      saved: 'Saved at {{time}}',
      empty: 'No answer yet',
      dirty: 'Unsaved changes',
      saving: 'Saving…',
      retrying: 'Save failed — retrying',
      failed: 'Save failed — your text is kept here',
    },
  },
} as const;
