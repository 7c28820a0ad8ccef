import type { LocaleMessages } from '../../localeShape';
import type { enVerifyMessages } from './en';

/** The verifier's messages in Spanish (see en.ts). */
export const esVerifyMessages = {
  fileTooLarge: 'El archivo ocupa {{size}} bytes; no se verifican los archivos de más de {{limit}} bytes.',
  fileNotPdf: 'No es un archivo PDF (falta la cabecera %PDF-).',
  fileBudgetExceeded:
    'No se ha verificado el archivo: {{reason}}. El verificador se detiene tras una cantidad fija de trabajo para que todos los equipos lleguen al mismo veredicto.',
  fileUnreadable: 'No se puede leer el PDF: {{reason}}.',
  sigSubFilterUnsupported: 'Formato de firma no admitido: /SubFilter {{subFilter}}.',
  sigSubFilterPades: 'Firma PAdES (ETSI.CAdES.detached).',
  sigSubFilterLegacy: 'Firma PDF antigua (adbe.pkcs7.detached), no PAdES.',
  sigByteRangeNotIntegers: '/ByteRange no consta de cuatro enteros no negativos.',
  sigContentsNotHex: '/Contents no es una cadena hexadecimal.',
  sigByteRangeNotFromStart: 'El intervalo firmado empieza en el byte {{start}}, no al principio del archivo.',
  sigByteRangeOutsideFile:
    '/ByteRange [{{a}} {{b}} {{c}} {{d}}] apunta fuera del archivo ({{size}} bytes) o se solapa consigo mismo.',
  sigByteRangeGapNotContents:
    'El hueco sin firmar [{{from}}, {{to}}) no coincide exactamente con el /Contents de esta firma (bytes {{contentsStart}}–{{contentsEnd}}).',
  sigByteRangeNotAtEof: 'El intervalo firmado no termina al final de una revisión del archivo (%%EOF).',
  sigByteRangeToEnd:
    'La firma cubre los bytes 0–{{end}}, salvo su propio /Contents, hasta el final del archivo.',
  sigByteRangeBytesFollow:
    'La firma cubre los bytes 0–{{end}}, salvo su propio /Contents; bytes que la siguen: {{after}}.',
  sigContentsNotRegularHex:
    '/Contents no es hexadecimal simple escrito con un solo tipo de letra (solo mayúsculas o solo minúsculas).',
  sigCmsNotBer: 'Los datos de la firma no son ASN.1 legible (BER): {{reason}}.',
  sigCmsTrailingBytes: 'Dentro de /Contents, tras la estructura CMS, hay bytes distintos de cero.',
  sigCmsNotSignedData: 'Los datos de la firma son un CMS de tipo {{contentType}}, no un SignedData.',
  sigCmsMalformed: 'Los datos de la firma no son un {{part}} de CMS bien formado.',
  sigCmsTooManyCertificates:
    'Certificados incluidos en la firma: {{count}}; cuando son más de {{limit}}, no se leen.',
  sigCmsUnreadable: 'Los datos de la firma no son un SignedData de CMS legible: {{reason}}.',
  sigCmsNotDetached: 'La firma CMS no es separada (incrusta el contenido).',
  sigCmsSignerCount: 'Firmantes de la firma CMS: {{count}}; se espera exactamente uno.',
  sigCmsNoSignedAttributes: 'La firma CMS no tiene atributos firmados.',
  sigSignedAttributesNotDer:
    'Los atributos firmados no están codificados en DER: los bytes que cubre la firma difieren de su codificación DER.',
  sigSignedAttributeRepeated: 'El atributo firmado {{oid}} aparece más de una vez.',
  sigSignedAttributeValues: 'El atributo firmado {{oid}} no tiene exactamente un valor.',
  sigContentTypeNotData: 'El atributo firmado content-type falta o no es id-data.',
  sigCommitmentTypeUnreadable:
    'El atributo firmado commitment-type-indication no se puede leer; no se muestra la conclusión declarada por el firmante.',
  sigDigestAlgorithmRefused:
    'No se acepta el algoritmo de resumen {{algorithm}} (se exige SHA-256, -384 o -512).',
  sigMessageDigestMissing: 'Los atributos firmados no contienen ningún resumen del mensaje.',
  sigDigestMismatch:
    'El resumen del documento no coincide con el resumen firmado: se han modificado los bytes firmados.',
  sigDigestMatches: 'El resumen {{algorithm}} de los bytes firmados coincide con la firma.',
  sigSignerCertificateMissing: 'El certificado del firmante no está incluido en la firma.',
  sigAlgorithmUnsupported: 'No se admite el algoritmo de firma {{algorithm}}.',
  sigAlgorithmRefused: 'No se acepta el algoritmo de firma {{algorithm}} (utiliza {{digest}}).',
  sigPssParametersUnsupported:
    'No se admiten los parámetros RSASSA-PSS (tanto el hash como el hash de MGF1 deben ser SHA-256, -384 o -512).',
  sigAlgorithmKeyMismatch:
    'El algoritmo de firma {{algorithm}} no corresponde a la clave {{keyType}} del firmante.',
  sigCurveRefused: 'No se acepta la curva elíptica {{curve}} del firmante (se exige P-256, P-384 o P-521).',
  sigValueValid: 'La firma criptográfica sobre los atributos firmados es válida ({{algorithm}}).',
  sigValueInvalid: 'La firma criptográfica no supera la verificación con la clave pública del firmante.',
  sigSigningCertificateMatches: 'El atributo signing-certificate-v2 identifica este certificado.',
  sigSigningCertificateMismatch: 'El atributo {{attribute}} identifica otro certificado.',
  sigSigningCertificateUnreadable: 'No se puede leer el atributo {{attribute}}.',
  sigSigningCertificateHashRefused:
    'El atributo signing-certificate-v2 calcula el hash del certificado con {{algorithm}}, que no se acepta.',
  sigSigningCertificateMissing: 'Falta el atributo signing-certificate-v2 (obligatorio en PAdES).',
  sigSigningCertificateMissingLater:
    'Esta firma posterior no tiene atributo signing-certificate-v2 (obligatorio en PAdES; algunas herramientas lo omiten al añadir una firma).',
  sigSigningCertificateV1Only:
    'Solo el antiguo atributo ESS signing-certificate (SHA-1) identifica este certificado; PAdES exige signing-certificate-v2.',
  sigTrustChain: 'El firmante se encadena a un certificado de confianza: {{chain}}.',
  sigTrustNoAnchors:
    'No se ha facilitado ningún certificado de confianza, por lo que no se puede confirmar quién firmó.',
  sigTrustNoPath: 'El firmante no se encadena a ninguno de los certificados de confianza facilitados.',
  sigTrustNotValidAtTime:
    'El firmante se encadena a un certificado de confianza, pero un certificado de la cadena no era válido el {{time}}.',
  sigTrustIssuerNotCa:
    'El firmante se encadena a un certificado de confianza a través de un certificado que no está autorizado a emitir certificados.',
  sigTrustChainInvalid:
    'La ruta de certificación del firmante a un certificado de confianza no es válida: {{reason}}.',
  sigRevocationGoodCrl: 'El certificado {{subject}} no está revocado, según una CRL emitida el {{issuedAt}}.',
  sigRevocationGoodOcsp:
    'El certificado {{subject}} no está revocado, según una respuesta OCSP del {{issuedAt}}.',
  sigRevokedCrl:
    'El certificado {{subject}} se revocó el {{revokedAt}} ({{reason}}), según una CRL emitida el {{issuedAt}}.',
  sigRevokedOcsp:
    'El certificado {{subject}} se revocó el {{revokedAt}} ({{reason}}), según una respuesta OCSP del {{issuedAt}}.',
  sigRevocationNotChecked:
    'No se ha comprobado la revocación del certificado {{subject}}: ninguna CRL ni respuesta OCSP facilitada lo cubre.',
  sigRevocationAnchor:
    'El certificado del firmante es en sí mismo un certificado de confianza; no le corresponde ninguna CRL ni respuesta OCSP de un emisor.',
  tsTokenUnreadable: 'El sello de tiempo no es un token de sello de tiempo RFC 3161 legible: {{reason}}.',
  tsContentsTrailingData:
    'El campo del sello de tiempo contiene otros datos después del token de sello de tiempo; tras el token solo puede haber relleno de ceros.',
  tsByteRangeOutsideFile:
    'El /ByteRange [{{range}}] del sello de tiempo apunta fuera del archivo ({{size}} bytes).',
  tsContentTypeWrong:
    'El token de sello de tiempo contiene {{found}} en lugar de un TSTInfo (id-ct-TSTInfo).',
  tsContentTypeOk: 'El token de sello de tiempo contiene un TSTInfo.',
  tsGenTime: 'La autoridad de sellado de tiempo declara la hora {{time}}.',
  tsGenTimeInFuture: 'El sello de tiempo indica la hora {{time}}, posterior a la actual ({{now}}).',
  tsImprintAlgorithmUnknown:
    'El sello de tiempo se generó con un algoritmo de hash desconocido ({{algorithm}}).',
  tsImprintAlgorithmRefused:
    'El sello de tiempo se generó con {{algorithm}}, que ya no es seguro y se rechaza.',
  tsImprintMatches: 'El hash {{algorithm}} del sello de tiempo coincide con los datos sellados.',
  tsImprintMismatch:
    'El hash {{algorithm}} del sello de tiempo no coincide con los datos sellados: se generó sobre otros datos.',
  tsTsaCertificateMissing:
    'El token de sello de tiempo no incluye el certificado de la autoridad de sellado de tiempo, y ningún certificado de sellado de tiempo de confianza le corresponde.',
  tsSignedAttributesMissing: 'La firma del token de sello de tiempo no tiene atributos firmados.',
  tsContentTypeAttributeWrong:
    'El atributo firmado content-type del token de sello de tiempo es {{found}}, no id-ct-TSTInfo.',
  tsSignerDigestRefused:
    'El token de sello de tiempo está firmado con el algoritmo de hash {{algorithm}}, que se rechaza.',
  tsMessageDigestMissing:
    'Los atributos firmados del token de sello de tiempo no contienen ningún resumen del mensaje.',
  tsMessageDigestMismatch:
    'El contenido del token de sello de tiempo no coincide con su resumen {{algorithm}} firmado: el token se ha alterado.',
  tsSignedAttributesMatch:
    'Los atributos firmados del token de sello de tiempo identifican su contenido y su resumen {{algorithm}}.',
  tsSigningCertificateMissing:
    'El token de sello de tiempo no identifica su certificado de firma (no tiene atributo signing-certificate).',
  tsSigningCertificateUnreadable:
    'No se puede leer el atributo signing-certificate del token de sello de tiempo.',
  tsSigningCertificateMismatch:
    'El atributo {{attribute}} del token de sello de tiempo identifica un certificado distinto del que lo firmó.',
  tsSigningCertificateMatches:
    'El atributo {{attribute}} del token de sello de tiempo identifica el certificado que lo firmó ({{algorithm}}).',
  tsSignatureValid: 'La firma de la autoridad de sellado de tiempo sobre el token es válida.',
  tsSignatureInvalid:
    'La firma de la autoridad de sellado de tiempo sobre el token no supera la verificación (algoritmo {{algorithm}}).',
  tsTsaUsageMissing:
    'El certificado de sellado de tiempo no está marcado para el sellado de tiempo (falta el uso extendido de la clave id-kp-timeStamping).',
  tsTsaUsageOtherPurposes:
    'El certificado de sellado de tiempo también puede usarse para otros fines ({{purposes}}); el de una autoridad de sellado de tiempo solo puede servir para sellar el tiempo.',
  tsTsaUsageNotCritical:
    'En el certificado de sellado de tiempo, el uso de la clave para sellado de tiempo no está marcado como crítico, aunque la RFC 3161 lo exige.',
  tsTsaUsageOk:
    'El certificado de sellado de tiempo sirve únicamente para el sellado de tiempo (uso extendido de la clave crítico).',
  tsTsaNotValidAtGenTime:
    'El certificado de sellado de tiempo no era válido en la hora declarada, {{time}} (válido del {{from}} al {{to}}).',
  tsTsaValidAtGenTime:
    'El certificado de sellado de tiempo era válido en la hora declarada, {{time}} (válido del {{from}} al {{to}}).',
  tsTsaNameNotCompared:
    'El sello de tiempo identifica a su autoridad con un tipo de nombre (GeneralName de tipo {{type}}) que no se compara.',
  tsTsaNameMatches: 'El sello de tiempo identifica a su autoridad como {{name}}, igual que su certificado.',
  tsTsaNameMismatch:
    'El sello de tiempo identifica a su autoridad como {{name}}, pero su certificado está emitido a nombre de {{subject}}.',
  tsTsaNoAnchors:
    'No hay ninguna autoridad de sellado de tiempo de confianza, por lo que el sello de tiempo de {{subject}} no demuestra nada sobre la hora.',
  tsTsaUntrusted:
    'La autoridad de sellado de tiempo {{subject}} no se encadena a un certificado de sellado de tiempo de confianza, por lo que su hora no está acreditada.',
  tsTsaChainNotValidAtGenTime:
    'El certificado de CA {{subject}} de la autoridad de sellado de tiempo no era válido en la hora declarada, {{time}} (válido del {{from}} al {{to}}).',
  tsTsaTrusted:
    'La autoridad de sellado de tiempo se encadena al certificado de confianza {{anchor}} (certificados de la cadena: {{length}}).',
  tsRevocationNotChecked:
    'No se ha facilitado ninguna lista de revocación, por lo que no se ha comprobado la revocación del certificado de sellado de tiempo.',
  tsRevocationNoIssuer:
    'Se desconoce el emisor del certificado de sellado de tiempo, por lo que no se puede comprobar su revocación.',
  tsRevocationListUnreadable: 'La lista de revocación {{index}} no se puede leer y se ha ignorado.',
  tsRevocationNoList:
    'Entre las listas de revocación facilitadas, ninguna firmada por el emisor de {{subject}} lo cubre.',
  tsTsaRevoked:
    'El certificado {{subject}} se revocó el {{date}} (motivo: {{reason}}), por lo que su sello de tiempo del {{time}} no demuestra nada.',
  tsTsaRevokedAfterGenTime:
    'El certificado {{subject}} se revocó el {{date}} (motivo: {{reason}}), después del sello de tiempo del {{time}}, que sigue siendo válido.',
  tsTsaNotRevoked:
    'El certificado {{subject}} no está revocado según la lista emitida el {{issued}}, posterior al sello de tiempo del {{time}}.',
  tsRevocationListTooOld:
    'La lista de revocación más reciente para {{subject}} se emitió el {{issued}}, antes del sello de tiempo del {{time}}: no puede demostrar que el certificado siguiera sin revocar en ese momento.',
  timeCertNotValidAtProvenTime:
    'El certificado no era válido en la hora acreditada por el sello de tiempo, {{time}} (válido del {{from}} al {{to}}).',
  timeClaimAfterProof:
    'La hora de firma declarada, {{claimed}}, es posterior al sello de tiempo {{time}} generado sobre la firma.',
  timeCertValidAtProvenTime:
    'Un sello de tiempo de confianza demuestra que la firma ya existía el {{time}}, cuando el certificado era válido (del {{from}} al {{to}}).',
  timeCertNotValidAtClaimedTime:
    'El certificado no era válido en la hora de firma declarada, {{time}} (válido del {{from}} al {{to}}).',
  timeCertExpiredNoProof:
    'El certificado caducó el {{to}} y ningún sello de tiempo de confianza demuestra que la firma se realizara antes de esa fecha; la hora declarada por sí sola no puede demostrarlo (comprobado el {{now}}).',
  timeCertNotYetValid:
    'El certificado todavía no es válido a fecha de {{now}} (válido del {{from}} al {{to}}).',
  timeCertValidAtClaimAndNow:
    'El certificado es válido en la hora de firma declarada, {{time}}, y ahora ({{now}}); esa hora la declara el firmante, no está acreditada.',
  timeCertValidNowNoClaim:
    'La firma no declara ninguna hora de firma; el certificado es válido ahora ({{now}}).',
  timeClaimBeforeGenerated:
    'La firma {{signature}} declara haberse realizado el {{claimed}}, antes de que se generara el informe ({{time}}): la hora declarada es falsa.',
  timeClaimBeforeDecision:
    'La firma {{signature}} declara haberse realizado el {{claimed}}, antes de que se registrara la decisión que firma ({{time}}): la hora declarada es falsa.',
  timeClaimOrderOk:
    'Todas las horas de firma son iguales o posteriores a la generación del informe ({{generated}}) y al registro de la decisión ({{decided}}).',
  revSignatureAdded: 'La revisión {{revision}} añade una firma (objeto {{object}}).',
  revDocTimestampAdded:
    'La revisión {{revision}} añade un sello de tiempo del documento (objeto {{object}}).',
  revSignatureFieldAdded: 'La revisión {{revision}} añade el campo de firma «{{field}}» (objeto {{object}}).',
  revSignatureFieldSigned:
    'La revisión {{revision}} firma el campo de firma vacío «{{field}}» (objeto {{object}}).',
  revWidgetAdded:
    'La revisión {{revision}} añade el recuadro del campo de firma «{{field}}» en la página {{page}} (objeto {{object}}).',
  revAppearanceAdded:
    'La revisión {{revision}} añade el objeto {{object}} a la apariencia del campo de firma «{{field}}».',
  revFormUpdated:
    'La revisión {{revision}} actualiza el formulario ({{keys}}) para una nueva firma (objeto {{object}}).',
  revAnnotsWidgetAdded:
    'La revisión {{revision}} añade un recuadro de firma a las anotaciones de la página {{page}} (objeto {{object}}).',
  revCatalogFormOrDss:
    'La revisión {{revision}} solo modifica {{keys}} del catálogo, para una firma o sus datos de validación (objeto {{object}}).',
  revDssAdded:
    'La revisión {{revision}} añade datos de validación (certificados, CRL, respuestas OCSP) en el objeto {{object}}.',
  revInfoDatesChanged:
    'La revisión {{revision}} solo modifica {{keys}} en la información del documento (objeto {{object}}).',
  revMetadataDatesChanged:
    'La revisión {{revision}} solo modifica fechas o el productor en los metadatos XMP (objeto {{object}}).',
  revWidgetCoversPage:
    'El recuadro del campo de firma «{{field}}» cubre el {{percent}} % de la página {{page}}: su apariencia puede ocultar lo que muestra la página (objeto {{object}}).',
  revUnusedObjectAdded:
    'La revisión {{revision}} añade el objeto {{object}}, que no se utiliza en ninguna parte del documento.',
  revRootChanged: 'La revisión {{revision}} sustituye el catálogo del documento por el objeto {{object}}.',
  revCatalogChanged:
    'La revisión {{revision}} modifica {{keys}} en el catálogo del documento (objeto {{object}}).',
  revCatalogObjectChanged:
    'La revisión {{revision}} modifica el objeto {{object}}, que forma parte del catálogo del documento (marcadores, estructura o preferencias de visualización).',
  revTrailerChanged: 'La revisión {{revision}} modifica {{keys}} en el trailer del archivo.',
  revPageChanged: 'La revisión {{revision}} modifica {{keys}} de la página {{page}} (objeto {{object}}).',
  revPageContentChanged:
    'La revisión {{revision}} modifica lo que muestra la página {{page}} (objeto {{object}}).',
  revPageContentAdded: 'La revisión {{revision}} añade contenido a la página {{page}} (objeto {{object}}).',
  revPageAdded: 'La revisión {{revision}} añade la página {{page}} (objeto {{object}}).',
  revPageRemoved: 'La revisión {{revision}} elimina la página {{page}} (objeto {{object}}).',
  revPagesReordered: 'La revisión {{revision}} cambia el orden de las páginas.',
  revPageTreeChanged: 'La revisión {{revision}} modifica el árbol de páginas (objeto {{object}}).',
  revAnnotationAdded:
    'La revisión {{revision}} añade una anotación de tipo {{subtype}} a la página {{page}} (objeto {{object}}).',
  revAnnotationRemoved: 'La revisión {{revision}} elimina la anotación {{object}} de la página {{page}}.',
  revAnnotsReordered: 'La revisión {{revision}} cambia el orden de las anotaciones de la página {{page}}.',
  revAnnotationChanged:
    'La revisión {{revision}} modifica el objeto de anotación {{object}} de la página {{page}}.',
  revEmbeddedFileChanged:
    'La revisión {{revision}} modifica un archivo incrustado o su especificación de archivo (objeto {{object}}).',
  revEmbeddedFileAdded:
    'La revisión {{revision}} añade un archivo incrustado o una especificación de archivo (objeto {{object}}).',
  revNamesChanged:
    'La revisión {{revision}} modifica {{keys}} del documento (archivos incrustados, destinos con nombre o scripts) (objeto {{object}}).',
  revFieldAdded:
    'La revisión {{revision}} añade el campo de formulario «{{field}}», que no es un campo de firma (objeto {{object}}).',
  revFieldRemoved: 'La revisión {{revision}} elimina el campo de formulario «{{field}}» (objeto {{object}}).',
  revFieldChanged:
    'La revisión {{revision}} modifica el campo de formulario «{{field}}» (objeto {{object}}).',
  revFormChanged: 'La revisión {{revision}} modifica {{keys}} del formulario (objeto {{object}}).',
  revFormObjectChanged:
    'La revisión {{revision}} modifica el objeto {{object}}, que forma parte del formulario.',
  revSignatureValueNotSignature:
    'La revisión {{revision}} rellena el campo de firma «{{field}}» con algo que no es una firma (objeto {{object}}).',
  revSignatureValueReused:
    'La revisión {{revision}} hace que el campo de firma «{{field}}» apunte al objeto {{object}}, que ya existía.',
  revSignatureChanged:
    'La revisión {{revision}} modifica una firma existente o su campo (objeto {{object}}).',
  revInfoChanged:
    'La revisión {{revision}} modifica {{keys}} en la información del documento (objeto {{object}}).',
  revMetadataChanged:
    'La revisión {{revision}} modifica los metadatos XMP más allá de sus fechas y su productor (objeto {{object}}).',
  revDssChanged:
    'La revisión {{revision}} modifica, a través del DSS, el objeto {{object}}, que no contenía datos de validación.',
  revObjectRemoved: 'La revisión {{revision}} elimina el objeto {{object}}.',
  revObjectChanged:
    'La revisión {{revision}} modifica el objeto {{object}}, y ningún cambio permitido después de la firma lo explica.',
  revObjectAdded:
    'La revisión {{revision}} añade el objeto {{object}}, y ningún cambio permitido después de la firma lo explica.',
  revUpdateUnreadable: 'La revisión {{revision}} no se puede comparar con la anterior: {{reason}}.',
  revObjectUnreadable: 'La revisión {{revision}} define el objeto {{object}} de forma ilegible: {{reason}}.',
  revCheckUnreadable:
    'No se puede leer la estructura de referencias cruzadas del archivo, por lo que no se puede confiar en ninguna de sus revisiones: {{reason}}.',
  revCheckSignatureNotAtRevision:
    'Los bytes firmados por la primera firma terminan en el byte {{end}}, que no es el final de ninguna revisión del archivo.',
  revCheckObjectsAfterSigning:
    'Objetos añadidos después de la firma sin referencia cruzada: {{count}} ({{objects}}). Un visor que repare el archivo puede mostrarlos.',
  revCheckUpdateWithoutXref:
    'Actualizaciones añadidas después de la firma sin referencia cruzada: {{count}}.',
  revCheckTrailingBytes: 'Bytes que siguen a la última revisión del archivo: {{bytes}}.',
  revCheckObjectsUnreachable:
    'Objetos de la parte firmada a los que no remite ninguna referencia cruzada: {{count}} ({{objects}}). Se ignoran.',
  revCheckRangeNotRevision:
    'Los bytes firmados terminan en el byte {{end}}, que no es el final de ninguna de las revisiones que describen las referencias cruzadas.',
  revCheckDocumentTimestamp: 'Sello de tiempo del documento RFC 3161 (ETSI.RFC3161).',
  revCheckNothingChanged:
    'Número de revisiones del archivo: {{count}}. Nada posterior a la revisión {{signed}} (la primera firma) modifica lo que muestra el documento.',
  contentEmbeddedUnreadable: 'No se puede leer {{name}}: {{reason}}.',
  contentEmbeddedMissing: 'El PDF no lleva ningún archivo {{name}} incrustado; no es un informe de Assay.',
  contentEmbeddedNotJson: '{{name}} no es un JSON válido: {{reason}}.',
  contentEmbeddedBadFormat: '{{name}} no se ajusta a ningún formato de informe: {{issues}}.',
  contentEmbeddedOk: '{{name}} está presente y bien formado ({{bytes}} bytes, formato {{format}}).',
  contentNotChecked: 'No se ha comprobado el contenido porque ninguna firma es válida.',
  contentTemplateTooLarge: 'La plantilla incrustada supera los {{limit}} caracteres.',
  contentTemplateHashMismatch:
    'El hash de la plantilla incrustada no coincide con la referencia fijada {{ref}}.',
  contentTemplateHashOk: 'El hash de la plantilla incrustada coincide con la referencia fijada {{ref}}.',
  contentScoreNotRecomputable:
    'No se puede recalcular la puntuación a partir de los datos incrustados: {{reason}}.',
  contentScoreDiffers:
    'El resultado incrustado no concuerda con la puntuación recalculada (incrustado ≠ recalculado): {{differences}}.',
  contentScoreDetailsDiffer:
    'El nivel, la recomendación y las señales de alerta se recalculan igual, pero otros detalles de la puntuación del resultado incrustado difieren.',
  contentScoreOk:
    'La puntuación recalculada da el mismo resultado: nivel {{tier}}, recomendación {{recommendation}}, señales de alerta: {{flags}}.',
  contentPageTextUnreadable: 'No se puede leer el texto de las páginas: {{reason}}.',
  contentVisibleConflict:
    'El bloque de verificación de las páginas muestra valores contradictorios para {{fields}}.',
  contentVisibleMismatch:
    'Datos del bloque de verificación de las páginas que difieren de la evaluación incrustada o que faltan (página ≠ incrustado): {{fields}}.',
  contentVisibleOk: 'El bloque de verificación de las páginas concuerda con la evaluación incrustada.',
  contentSignerBindingNotRecorded:
    'Vinculación con el firmante no registrada: este informe ({{format}}) se emitió antes de que los informes identificaran a su firmante, por lo que su firma puede haberse realizado con cualquier certificado.',
  contentSignerNotNamed:
    'El informe no identifica a ningún firmante en su evaluación incrustada y, sin embargo, está firmado.',
  contentSignerMismatch:
    'El informe se emitió para el certificado {{expected}}, pero la firma {{signature}} se realizó con {{actual}}: otra persona ha vuelto a firmar el informe.',
  contentSignerBound:
    'La primera firma se realizó con el certificado que identifica el informe ({{fingerprint}}).',
  certNoChanges:
    'Firma de certificación (DocMDP P=1): después de ella no se permite ningún cambio en el documento, salvo datos de validación y sellos de tiempo de documento.',
  certFormFilling:
    'Firma de certificación (DocMDP P=2): después de ella solo se permite rellenar el formulario y firmar sus campos de firma vacíos.',
  certAnnotations:
    'Firma de certificación (DocMDP P=3): después de ella se permite rellenar el formulario, firmar y añadir anotaciones.',
  certPermissionsInvalid:
    'Los permisos DocMDP de la certificación son {{permissions}}, no 1, 2 ni 3: no permiten nada que pueda comprobarse.',
  certNotFirst:
    'La firma {{number}} pretende certificar el documento (DocMDP), pero solo la primera firma de un documento puede certificarlo.',
  certNotInPerms:
    'La entrada /Perms /DocMDP del catálogo del documento no apunta a esta firma de certificación (objeto {{object}}).',
  revCertifiedSignatureRefused:
    'La revisión {{revision}} añade una firma (objeto {{object}}), pero la certificación no permite ningún cambio después de ella (DocMDP P=1).',
  revCertifiedChangeRefused:
    'La revisión {{revision}} modifica el objeto {{object}}, pero la certificación solo permite después de ella datos de validación y sellos de tiempo de documento (DocMDP P=1).',
  revAnnotationPermitted:
    'La revisión {{revision}} añade una anotación de tipo {{subtype}} a la página {{page}} (objeto {{object}}), lo que la certificación permite (DocMDP P=3).',
  revAnnotationChangePermitted:
    'La revisión {{revision}} modifica o elimina la anotación {{object}} de la página {{page}}, lo que la certificación permite (DocMDP P=3).',
  revAppearanceReplaced:
    'La revisión {{revision}} reescribe el objeto {{object}}, parte de la apariencia vacía del campo de firma «{{field}}», al firmar ese campo.',
  revWidgetSigned:
    'La revisión {{revision}} actualiza el recuadro del campo de firma «{{field}}» (objeto {{object}}) al firmar ese campo.',
} as const satisfies LocaleMessages<typeof enVerifyMessages>;
