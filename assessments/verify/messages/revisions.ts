/**
 * Verifier messages (English) for revisions checks; keys are unique across all message files.
 * `{{revision}}` is 1-based (the original document is revision 1), as the result shows revisions;
 * `{{object}}` is an object number and `{{page}}` a 1-based page.
 */
export const revisionMessages = {
  // Allowed after a signature.
  revSignatureAdded: 'Revision {{revision}} adds a signature (object {{object}}).',
  revDocTimestampAdded: 'Revision {{revision}} adds a document timestamp (object {{object}}).',
  revSignatureFieldAdded: 'Revision {{revision}} adds the signature field "{{field}}" (object {{object}}).',
  revSignatureFieldSigned:
    'Revision {{revision}} signs the empty signature field "{{field}}" (object {{object}}).',
  revWidgetAdded:
    'Revision {{revision}} adds the box of signature field "{{field}}" on page {{page}} (object {{object}}).',
  revAppearanceAdded:
    'Revision {{revision}} adds object {{object}} to the appearance of signature field "{{field}}".',
  revFormUpdated:
    'Revision {{revision}} updates the form ({{keys}}) for a new signature (object {{object}}).',
  revAnnotsWidgetAdded:
    'Revision {{revision}} adds a signature box to the annotations of page {{page}} (object {{object}}).',
  revCatalogFormOrDss:
    "Revision {{revision}} changes only the catalog's {{keys}}, for a signature or its validation data (object {{object}}).",
  revDssAdded:
    'Revision {{revision}} adds validation data (certificates, CRLs, OCSP responses) in object {{object}}.',

  // Allowed, but listed.
  revInfoDatesChanged:
    'Revision {{revision}} changes only {{keys}} in the document information (object {{object}}).',
  revMetadataDatesChanged:
    'Revision {{revision}} changes only dates or the producer in the XMP metadata (object {{object}}).',
  revWidgetCoversPage:
    'The box of signature field "{{field}}" covers {{percent}}% of page {{page}}: its appearance can hide what the page shows (object {{object}}).',
  revUnusedObjectAdded: 'Revision {{revision}} adds object {{object}}, which nothing in the document uses.',

  // Not allowed after a signature.
  revRootChanged: 'Revision {{revision}} replaces the document catalog with object {{object}}.',
  revCatalogChanged: 'Revision {{revision}} changes {{keys}} in the document catalog (object {{object}}).',
  revCatalogObjectChanged:
    'Revision {{revision}} changes object {{object}}, part of the document catalog (outline, structure or viewer settings).',
  revTrailerChanged: 'Revision {{revision}} changes {{keys}} in the file trailer.',
  revPageChanged: 'Revision {{revision}} changes {{keys}} of page {{page}} (object {{object}}).',
  revPageContentChanged: 'Revision {{revision}} changes what page {{page}} shows (object {{object}}).',
  revPageContentAdded: 'Revision {{revision}} adds content to page {{page}} (object {{object}}).',
  revPageAdded: 'Revision {{revision}} adds page {{page}} (object {{object}}).',
  revPageRemoved: 'Revision {{revision}} removes page {{page}} (object {{object}}).',
  revPagesReordered: 'Revision {{revision}} changes the order of the pages.',
  revPageTreeChanged: 'Revision {{revision}} changes the page tree (object {{object}}).',
  revAnnotationAdded:
    'Revision {{revision}} adds a {{subtype}} annotation to page {{page}} (object {{object}}).',
  revAnnotationRemoved: 'Revision {{revision}} removes annotation {{object}} from page {{page}}.',
  revAnnotsReordered: 'Revision {{revision}} changes the order of the annotations of page {{page}}.',
  revAnnotationChanged: 'Revision {{revision}} changes annotation object {{object}} on page {{page}}.',
  revEmbeddedFileChanged:
    'Revision {{revision}} changes an embedded file or its file specification (object {{object}}).',
  revEmbeddedFileAdded:
    'Revision {{revision}} adds an embedded file or file specification (object {{object}}).',
  revNamesChanged:
    "Revision {{revision}} changes the document's {{keys}} (embedded files, named destinations or scripts) (object {{object}}).",
  revFieldAdded:
    'Revision {{revision}} adds the form field "{{field}}", which is not a signature field (object {{object}}).',
  revFieldRemoved: 'Revision {{revision}} removes the form field "{{field}}" (object {{object}}).',
  revFieldChanged: 'Revision {{revision}} changes the form field "{{field}}" (object {{object}}).',
  revFormChanged: 'Revision {{revision}} changes {{keys}} of the form (object {{object}}).',
  revFormObjectChanged: 'Revision {{revision}} changes object {{object}}, part of the form.',
  revSignatureValueNotSignature:
    'Revision {{revision}} fills signature field "{{field}}" with something that is not a signature (object {{object}}).',
  revSignatureValueReused:
    'Revision {{revision}} points signature field "{{field}}" at object {{object}}, which existed before.',
  revSignatureChanged:
    'Revision {{revision}} changes an existing signature or its field (object {{object}}).',
  revInfoChanged: 'Revision {{revision}} changes {{keys}} in the document information (object {{object}}).',
  revMetadataChanged:
    'Revision {{revision}} changes the XMP metadata beyond its dates and producer (object {{object}}).',
  revDssChanged:
    'Revision {{revision}} changes object {{object}}, which was not validation data, through the DSS.',
  revObjectRemoved: 'Revision {{revision}} deletes object {{object}}.',
  revObjectChanged:
    'Revision {{revision}} changes object {{object}}, which no change allowed after signing explains.',
  revObjectAdded:
    'Revision {{revision}} adds object {{object}}, which no change allowed after signing explains.',
  revUpdateUnreadable: 'Revision {{revision}} cannot be compared with the one before it: {{reason}}.',
  revObjectUnreadable: 'Revision {{revision}} defines object {{object}} unreadably: {{reason}}.',
} as const satisfies Record<string, string>;
