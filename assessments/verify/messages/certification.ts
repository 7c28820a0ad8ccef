/**
 * Verifier messages (English) for certification signatures (DocMDP, PDF 32000-1 §12.8.2.2) and the
 * changes a certification permits or refuses; keys are unique across all message files.
 */
export const certificationMessages = {
  certNoChanges:
    'Certification signature (DocMDP P=1): no change to the document is permitted after it, except validation data and document timestamps.',
  certFormFilling:
    'Certification signature (DocMDP P=2): after it, only filling in the form and signing its empty signature fields are permitted.',
  certAnnotations:
    'Certification signature (DocMDP P=3): after it, filling in the form, signing and annotations are permitted.',
  certPermissionsInvalid:
    'The certification’s DocMDP permissions are {{permissions}}, not 1, 2 or 3: it permits nothing that can be checked.',
  certNotFirst:
    'Signature {{number}} claims to certify the document (DocMDP), but only the first signature of a document may certify it.',
  certNotInPerms:
    'The document catalog’s /Perms /DocMDP does not point to this certification signature (object {{object}}).',

  revCertifiedSignatureRefused:
    'Revision {{revision}} adds a signature (object {{object}}), but the certification permits no change after it (DocMDP P=1).',
  revCertifiedChangeRefused:
    'Revision {{revision}} changes object {{object}}, but the certification permits no change after it except validation data and document timestamps (DocMDP P=1).',
  revAnnotationPermitted:
    'Revision {{revision}} adds a {{subtype}} annotation to page {{page}} (object {{object}}), which the certification permits (DocMDP P=3).',
  revAnnotationChangePermitted:
    'Revision {{revision}} changes or removes annotation object {{object}} on page {{page}}, which the certification permits (DocMDP P=3).',
  revAppearanceReplaced:
    'Revision {{revision}} rewrites object {{object}}, part of the empty appearance of signature field "{{field}}", as it signs the field.',
  revWidgetSigned:
    'Revision {{revision}} updates the box of signature field "{{field}}" (object {{object}}) as it signs the field.',
} as const satisfies Record<string, string>;
