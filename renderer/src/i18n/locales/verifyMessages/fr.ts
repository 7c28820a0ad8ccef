import type { LocaleMessages } from '../../localeShape';
import type { enVerifyMessages } from './en';

/** The verifier's messages in French (see en.ts). */
export const frVerifyMessages = {
  fileTooLarge:
    'Le fichier fait {{size}} octets ; les fichiers de plus de {{limit}} octets ne sont pas vérifiés.',
  fileNotPdf: 'Ce fichier n’est pas un PDF (aucun en-tête %PDF-).',
  fileBudgetExceeded:
    'Le fichier n’a pas été vérifié : {{reason}}. Le vérificateur s’arrête au-delà d’une quantité fixe de traitement, afin que toutes les machines parviennent au même verdict.',
  fileUnreadable: 'Le PDF ne peut pas être lu : {{reason}}.',
  sigSubFilterUnsupported: 'Format de signature non pris en charge : /SubFilter {{subFilter}}.',
  sigSubFilterPades: 'Signature PAdES (ETSI.CAdES.detached).',
  sigSubFilterLegacy: 'Signature PDF d’ancien format (adbe.pkcs7.detached), non PAdES.',
  sigByteRangeNotIntegers: '/ByteRange ne se compose pas de quatre entiers positifs ou nuls.',
  sigContentsNotHex: '/Contents n’est pas une chaîne hexadécimale.',
  sigByteRangeNotFromStart: 'La plage signée commence à l’octet {{start}}, et non au début du fichier.',
  sigByteRangeOutsideFile:
    '/ByteRange [{{a}} {{b}} {{c}} {{d}}] désigne des octets situés hors du fichier ({{size}} octets) ou se chevauche.',
  sigByteRangeGapNotContents:
    'L’intervalle non signé [{{from}}, {{to}}) ne correspond pas exactement au /Contents de cette signature (octets {{contentsStart}}–{{contentsEnd}}).',
  sigByteRangeNotAtEof: 'La plage signée ne se termine pas à la fin d’une révision du fichier (%%EOF).',
  sigByteRangeToEnd:
    'La signature couvre les octets 0–{{end}}, à l’exception de son propre /Contents, jusqu’à la fin du fichier.',
  sigByteRangeBytesFollow:
    'La signature couvre les octets 0–{{end}}, à l’exception de son propre /Contents ; nombre d’octets qui la suivent : {{after}}.',
  sigContentsNotRegularHex:
    '/Contents n’est pas de l’hexadécimal simple écrit dans une seule casse (tout en majuscules ou tout en minuscules).',
  sigCmsNotBer: 'Les données de signature ne sont pas de l’ASN.1 lisible (BER) : {{reason}}.',
  sigCmsTrailingBytes: 'Des octets non nuls suivent la structure CMS à l’intérieur de /Contents.',
  sigCmsNotSignedData: 'Les données de signature sont un CMS {{contentType}}, et non un SignedData.',
  sigCmsMalformed: 'Les données de signature ne sont pas un CMS {{part}} bien formé.',
  sigCmsTooManyCertificates:
    'La signature contient {{count}} certificats ; au-delà de {{limit}}, les certificats ne sont pas lus.',
  sigCmsUnreadable: 'Les données de signature ne sont pas un SignedData CMS lisible : {{reason}}.',
  sigCmsNotDetached: 'La signature CMS n’est pas détachée (elle intègre le contenu).',
  sigCmsSignerCount: 'Nombre de signataires de la signature CMS : {{count}} ; il en faut exactement un.',
  sigCmsNoSignedAttributes: 'La signature CMS ne comporte aucun attribut signé.',
  sigSignedAttributesNotDer:
    'Les attributs signés ne sont pas encodés en DER : les octets couverts par la signature diffèrent de leur encodage DER.',
  sigSignedAttributeRepeated: 'L’attribut signé {{oid}} apparaît plusieurs fois.',
  sigSignedAttributeValues: 'L’attribut signé {{oid}} n’a pas exactement une valeur.',
  sigContentTypeNotData: 'L’attribut signé content-type est absent ou n’est pas id-data.',
  sigCommitmentTypeUnreadable:
    'L’attribut signé commitment-type-indication est illisible ; la conclusion déclarée par le signataire n’est pas affichée.',
  sigDigestAlgorithmRefused:
    'L’algorithme de condensat {{algorithm}} n’est pas accepté (SHA-256, -384 ou -512 requis).',
  sigMessageDigestMissing: 'Les attributs signés ne contiennent aucun condensat du message (message-digest).',
  sigDigestMismatch:
    'Le condensat du document ne correspond pas au condensat signé : les octets signés ont été modifiés.',
  sigDigestMatches: 'Le condensat {{algorithm}} des octets signés correspond à la signature.',
  sigSignerCertificateMissing: 'Le certificat du signataire n’est pas inclus dans la signature.',
  sigAlgorithmUnsupported: 'L’algorithme de signature {{algorithm}} n’est pas pris en charge.',
  sigAlgorithmRefused: 'L’algorithme de signature {{algorithm}} n’est pas accepté (il utilise {{digest}}).',
  sigPssParametersUnsupported:
    'Les paramètres RSASSA-PSS ne sont pas pris en charge (la fonction de hachage et celle de MGF1 doivent toutes deux être SHA-256, -384 ou -512).',
  sigAlgorithmKeyMismatch:
    'L’algorithme de signature {{algorithm}} ne correspond pas à la clé {{keyType}} du signataire.',
  sigCurveRefused:
    'La courbe elliptique {{curve}} du signataire n’est pas acceptée (P-256, P-384 ou P-521 requise).',
  sigValueValid: 'La signature cryptographique des attributs signés est valide ({{algorithm}}).',
  sigValueInvalid: 'La signature cryptographique ne se vérifie pas avec la clé publique du signataire.',
  sigSigningCertificateMatches: 'L’attribut signing-certificate-v2 désigne ce certificat.',
  sigSigningCertificateMismatch: 'L’attribut {{attribute}} désigne un autre certificat.',
  sigSigningCertificateUnreadable: 'L’attribut {{attribute}} ne peut pas être lu.',
  sigSigningCertificateHashRefused:
    'L’attribut signing-certificate-v2 calcule l’empreinte du certificat avec {{algorithm}}, qui n’est pas accepté.',
  sigSigningCertificateMissing: 'L’attribut signing-certificate-v2 est absent (PAdES l’exige).',
  sigSigningCertificateMissingLater:
    'Cette signature ultérieure ne comporte pas d’attribut signing-certificate-v2 (exigé par PAdES ; certains outils l’omettent lorsqu’ils ajoutent une signature).',
  sigSigningCertificateV1Only:
    'Seul l’ancien attribut ESS signing-certificate (SHA-1) désigne ce certificat ; PAdES exige signing-certificate-v2.',
  sigTrustChain: 'Le signataire remonte à un certificat de confiance : {{chain}}.',
  sigTrustNoAnchors:
    'Aucun certificat de confiance n’a été fourni : l’identité du signataire ne peut donc pas être confirmée.',
  sigTrustNoPath: 'Le signataire ne remonte à aucun des certificats de confiance fournis.',
  sigTrustNotValidAtTime:
    'Le signataire remonte à un certificat de confiance, mais un certificat intermédiaire de la chaîne n’était pas valide le {{time}}.',
  sigTrustIssuerNotCa:
    'Le signataire remonte à un certificat de confiance par l’intermédiaire d’un certificat qui n’est pas autorisé à émettre des certificats.',
  sigTrustChainInvalid:
    'Le chemin de certification du signataire à un certificat de confiance n’est pas valide : {{reason}}.',
  sigRevocationGoodCrl: 'Le certificat {{subject}} n’est pas révoqué, selon une CRL émise le {{issuedAt}}.',
  sigRevocationGoodOcsp:
    'Le certificat {{subject}} n’est pas révoqué, selon une réponse OCSP du {{issuedAt}}.',
  sigRevokedCrl:
    'Le certificat {{subject}} a été révoqué le {{revokedAt}} ({{reason}}), selon une CRL émise le {{issuedAt}}.',
  sigRevokedOcsp:
    'Le certificat {{subject}} a été révoqué le {{revokedAt}} ({{reason}}), selon une réponse OCSP du {{issuedAt}}.',
  sigRevocationNotChecked:
    'Révocation non vérifiée pour le certificat {{subject}} : aucune CRL ni réponse OCSP fournie ne le couvre.',
  sigRevocationAnchor:
    'Le certificat du signataire est lui-même un certificat de confiance ; aucune CRL ni réponse OCSP d’un émetteur ne s’y applique.',
  tsTokenUnreadable: 'L’horodatage n’est pas un jeton d’horodatage RFC 3161 lisible : {{reason}}.',
  tsContentsTrailingData:
    'Le champ de l’horodatage contient d’autres données après le jeton d’horodatage ; seul un remplissage de zéros peut le suivre.',
  tsByteRangeOutsideFile:
    'Le /ByteRange [{{range}}] de l’horodatage désigne des octets situés hors du fichier ({{size}} octets).',
  tsContentTypeWrong: 'Le jeton d’horodatage contient {{found}} au lieu d’un TSTInfo (id-ct-TSTInfo).',
  tsContentTypeOk: 'Le jeton d’horodatage contient un TSTInfo.',
  tsGenTime: 'L’autorité d’horodatage indique l’heure {{time}}.',
  tsGenTimeInFuture: 'L’horodatage indique l’heure {{time}}, postérieure à l’heure actuelle ({{now}}).',
  tsImprintAlgorithmUnknown:
    'L’horodatage a été établi avec un algorithme de hachage inconnu ({{algorithm}}).',
  tsImprintAlgorithmRefused:
    'L’horodatage a été établi avec {{algorithm}}, qui n’est plus sûr et est refusé.',
  tsImprintMatches: 'L’empreinte {{algorithm}} de l’horodatage correspond aux données horodatées.',
  tsImprintMismatch:
    'L’empreinte {{algorithm}} de l’horodatage ne correspond pas aux données horodatées : il a été établi sur d’autres données.',
  tsTsaCertificateMissing:
    'Le jeton d’horodatage ne contient pas le certificat de l’autorité d’horodatage, et aucun certificat d’horodatage de confiance ne lui correspond.',
  tsSignedAttributesMissing: 'La signature du jeton d’horodatage ne comporte aucun attribut signé.',
  tsContentTypeAttributeWrong:
    'L’attribut signé content-type du jeton d’horodatage est {{found}}, et non id-ct-TSTInfo.',
  tsSignerDigestRefused:
    'Le jeton d’horodatage est signé avec l’algorithme de hachage {{algorithm}}, qui est refusé.',
  tsMessageDigestMissing:
    'Les attributs signés du jeton d’horodatage ne contiennent aucun condensat du message (message-digest).',
  tsMessageDigestMismatch:
    'Le contenu du jeton d’horodatage ne correspond pas à son condensat {{algorithm}} signé : le jeton a été altéré.',
  tsSignedAttributesMatch:
    'Les attributs signés du jeton d’horodatage désignent son contenu et son condensat {{algorithm}}.',
  tsSigningCertificateMissing:
    'Le jeton d’horodatage ne désigne pas son certificat de signature (aucun attribut signing-certificate).',
  tsSigningCertificateUnreadable: 'L’attribut signing-certificate du jeton d’horodatage ne peut pas être lu.',
  tsSigningCertificateMismatch:
    'L’attribut {{attribute}} du jeton d’horodatage désigne un autre certificat que celui qui l’a signé.',
  tsSigningCertificateMatches:
    'L’attribut {{attribute}} du jeton d’horodatage désigne le certificat de signature ({{algorithm}}).',
  tsSignatureValid: 'La signature apposée sur le jeton par l’autorité d’horodatage est valide.',
  tsSignatureInvalid:
    'La signature apposée sur le jeton par l’autorité d’horodatage ne se vérifie pas (algorithme {{algorithm}}).',
  tsTsaUsageMissing:
    'Le certificat d’horodatage n’est pas désigné pour l’horodatage (aucun usage étendu de clé id-kp-timeStamping).',
  tsTsaUsageOtherPurposes:
    'Le certificat d’horodatage peut aussi servir à d’autres usages ({{purposes}}) ; celui d’une autorité d’horodatage ne doit servir qu’à horodater.',
  tsTsaUsageNotCritical:
    'L’usage étendu de clé « horodatage » du certificat d’horodatage n’est pas marqué comme critique, contrairement à ce qu’exige la RFC 3161.',
  tsTsaUsageOk:
    'Le certificat d’horodatage est réservé à l’horodatage (usage étendu de clé marqué comme critique).',
  tsTsaNotValidAtGenTime:
    'Le certificat d’horodatage n’était pas valide à l’heure indiquée, {{time}} (valide du {{from}} au {{to}}).',
  tsTsaValidAtGenTime:
    'Le certificat d’horodatage était valide à l’heure indiquée, {{time}} (valide du {{from}} au {{to}}).',
  tsTsaNameNotCompared:
    'L’horodatage désigne son autorité sous une forme (type de nom général {{type}}) qui n’est pas comparée.',
  tsTsaNameMatches: 'L’horodatage désigne son autorité sous le nom {{name}}, comme le fait son certificat.',
  tsTsaNameMismatch:
    'L’horodatage désigne son autorité sous le nom {{name}}, mais son certificat est délivré à {{subject}}.',
  tsTsaNoAnchors:
    'Aucune autorité d’horodatage n’est reconnue comme de confiance : l’horodatage émis par {{subject}} ne prouve donc rien quant à l’heure.',
  tsTsaUntrusted:
    'L’autorité d’horodatage {{subject}} ne remonte à aucun certificat d’horodatage de confiance : l’heure qu’elle indique n’est donc pas prouvée.',
  tsTsaChainNotValidAtGenTime:
    'Le certificat d’autorité de certification {{subject}} de l’autorité d’horodatage n’était pas valide à l’heure indiquée, {{time}} (valide du {{from}} au {{to}}).',
  tsTsaTrusted:
    'L’autorité d’horodatage remonte au certificat de confiance {{anchor}} (nombre de certificats dans la chaîne : {{length}}).',
  tsRevocationNotChecked:
    'Aucune liste de révocation n’a été fournie : la révocation du certificat d’horodatage n’a donc pas été vérifiée.',
  tsRevocationNoIssuer:
    'L’émetteur du certificat d’horodatage n’est pas connu : sa révocation ne peut donc pas être vérifiée.',
  tsRevocationListUnreadable: 'La liste de révocation {{index}} ne peut pas être lue et a été ignorée.',
  tsRevocationNoList: 'Aucune liste de révocation fournie et signée par son émetteur ne couvre {{subject}}.',
  tsTsaRevoked:
    'Le certificat {{subject}} a été révoqué le {{date}} (motif : {{reason}}) ; son horodatage du {{time}} ne prouve donc rien.',
  tsTsaRevokedAfterGenTime:
    'Le certificat {{subject}} a été révoqué le {{date}} (motif : {{reason}}), après l’horodatage du {{time}}, qui reste donc valable.',
  tsTsaNotRevoked:
    'Le certificat {{subject}} n’est pas révoqué selon la liste émise le {{issued}}, postérieurement à l’horodatage du {{time}}.',
  tsRevocationListTooOld:
    'La liste de révocation la plus récente pour {{subject}} a été émise le {{issued}}, avant l’horodatage du {{time}} : elle ne peut pas montrer que le certificat n’était toujours pas révoqué à ce moment-là.',
  timeCertNotValidAtProvenTime:
    'Le certificat n’était pas valide à l’heure horodatée, {{time}} (valide du {{from}} au {{to}}).',
  timeClaimAfterProof:
    'L’heure de signature déclarée, {{claimed}}, est postérieure à l’horodatage {{time}} apposé sur la signature.',
  timeCertValidAtProvenTime:
    'Un horodatage de confiance prouve que la signature existait le {{time}}, date à laquelle le certificat était valide (du {{from}} au {{to}}).',
  timeCertNotValidAtClaimedTime:
    'Le certificat n’était pas valide à l’heure de signature déclarée, {{time}} (valide du {{from}} au {{to}}).',
  timeCertExpiredNoProof:
    'Le certificat a expiré le {{to}} et aucun horodatage de confiance ne prouve que la signature a été apposée avant cette date ; l’heure déclarée ne suffit pas à l’établir (vérification effectuée le {{now}}).',
  timeCertNotYetValid: 'Le certificat n’est pas encore valide le {{now}} (valide du {{from}} au {{to}}).',
  timeCertValidAtClaimAndNow:
    'Le certificat est valide à l’heure de signature déclarée, {{time}}, et à l’heure actuelle ({{now}}) ; cette heure est déclarée par le signataire, non prouvée.',
  timeCertValidNowNoClaim:
    'La signature ne déclare aucune heure de signature ; le certificat est valide à l’heure actuelle ({{now}}).',
  timeClaimBeforeGenerated:
    'La signature {{signature}} déclare avoir été apposée le {{claimed}}, avant la génération du rapport ({{time}}) : l’heure déclarée est fausse.',
  timeClaimBeforeDecision:
    'La signature {{signature}} déclare avoir été apposée le {{claimed}}, avant l’enregistrement de la décision qu’elle signe ({{time}}) : l’heure déclarée est fausse.',
  timeClaimOrderOk:
    'Toutes les heures de signature sont égales ou postérieures à la génération du rapport ({{generated}}) et à l’enregistrement de la décision ({{decided}}).',
  revSignatureAdded: 'La révision {{revision}} ajoute une signature (objet {{object}}).',
  revDocTimestampAdded: 'La révision {{revision}} ajoute un horodatage du document (objet {{object}}).',
  revSignatureFieldAdded:
    'La révision {{revision}} ajoute le champ de signature « {{field}} » (objet {{object}}).',
  revSignatureFieldSigned:
    'La révision {{revision}} signe le champ de signature vide « {{field}} » (objet {{object}}).',
  revWidgetAdded:
    'La révision {{revision}} ajoute la zone du champ de signature « {{field}} » sur la page {{page}} (objet {{object}}).',
  revAppearanceAdded:
    'La révision {{revision}} ajoute l’objet {{object}} à l’apparence du champ de signature « {{field}} ».',
  revFormUpdated:
    'La révision {{revision}} met à jour le formulaire ({{keys}}) pour une nouvelle signature (objet {{object}}).',
  revAnnotsWidgetAdded:
    'La révision {{revision}} ajoute une zone de signature aux annotations de la page {{page}} (objet {{object}}).',
  revCatalogFormOrDss:
    'La révision {{revision}} ne modifie que les entrées {{keys}} du catalogue, pour une signature ou ses données de validation (objet {{object}}).',
  revDssAdded:
    'La révision {{revision}} ajoute des données de validation (certificats, CRL, réponses OCSP) dans l’objet {{object}}.',
  revInfoDatesChanged:
    'La révision {{revision}} ne modifie que les entrées {{keys}} des informations du document (objet {{object}}).',
  revMetadataDatesChanged:
    'La révision {{revision}} ne modifie que des dates ou le producteur dans les métadonnées XMP (objet {{object}}).',
  revWidgetCoversPage:
    'La zone du champ de signature « {{field}} » couvre {{percent}} % de la page {{page}} : son apparence peut masquer ce qu’affiche la page (objet {{object}}).',
  revUnusedObjectAdded:
    'La révision {{revision}} ajoute l’objet {{object}}, qui n’est utilisé nulle part dans le document.',
  revRootChanged: 'La révision {{revision}} remplace le catalogue du document par l’objet {{object}}.',
  revCatalogChanged:
    'La révision {{revision}} modifie les entrées {{keys}} du catalogue du document (objet {{object}}).',
  revCatalogObjectChanged:
    'La révision {{revision}} modifie l’objet {{object}}, qui fait partie du catalogue du document (signets, structure ou paramètres d’affichage).',
  revTrailerChanged:
    'La révision {{revision}} modifie les entrées {{keys}} du dictionnaire de fin de fichier (trailer).',
  revPageChanged:
    'La révision {{revision}} modifie les entrées {{keys}} de la page {{page}} (objet {{object}}).',
  revPageContentChanged:
    'La révision {{revision}} modifie ce qu’affiche la page {{page}} (objet {{object}}).',
  revPageContentAdded: 'La révision {{revision}} ajoute du contenu à la page {{page}} (objet {{object}}).',
  revPageAdded: 'La révision {{revision}} ajoute la page {{page}} (objet {{object}}).',
  revPageRemoved: 'La révision {{revision}} supprime la page {{page}} (objet {{object}}).',
  revPagesReordered: 'La révision {{revision}} modifie l’ordre des pages.',
  revPageTreeChanged: 'La révision {{revision}} modifie l’arborescence des pages (objet {{object}}).',
  revAnnotationAdded:
    'La révision {{revision}} ajoute une annotation {{subtype}} à la page {{page}} (objet {{object}}).',
  revAnnotationRemoved: 'La révision {{revision}} supprime l’annotation {{object}} de la page {{page}}.',
  revAnnotsReordered: 'La révision {{revision}} modifie l’ordre des annotations de la page {{page}}.',
  revAnnotationChanged:
    'La révision {{revision}} modifie l’objet d’annotation {{object}} de la page {{page}}.',
  revEmbeddedFileChanged:
    'La révision {{revision}} modifie un fichier intégré ou sa spécification de fichier (objet {{object}}).',
  revEmbeddedFileAdded:
    'La révision {{revision}} ajoute un fichier intégré ou une spécification de fichier (objet {{object}}).',
  revNamesChanged:
    'La révision {{revision}} modifie les entrées {{keys}} du document (fichiers intégrés, destinations nommées ou scripts) (objet {{object}}).',
  revFieldAdded:
    'La révision {{revision}} ajoute le champ de formulaire « {{field}} », qui n’est pas un champ de signature (objet {{object}}).',
  revFieldRemoved:
    'La révision {{revision}} supprime le champ de formulaire « {{field}} » (objet {{object}}).',
  revFieldChanged:
    'La révision {{revision}} modifie le champ de formulaire « {{field}} » (objet {{object}}).',
  revFormChanged: 'La révision {{revision}} modifie les entrées {{keys}} du formulaire (objet {{object}}).',
  revFormObjectChanged: 'La révision {{revision}} modifie l’objet {{object}}, qui fait partie du formulaire.',
  revSignatureValueNotSignature:
    'La révision {{revision}} remplit le champ de signature « {{field}} » avec un élément qui n’est pas une signature (objet {{object}}).',
  revSignatureValueReused:
    'La révision {{revision}} fait pointer le champ de signature « {{field}} » vers l’objet {{object}}, qui existait déjà.',
  revSignatureChanged:
    'La révision {{revision}} modifie une signature existante ou son champ (objet {{object}}).',
  revInfoChanged:
    'La révision {{revision}} modifie les entrées {{keys}} des informations du document (objet {{object}}).',
  revMetadataChanged:
    'La révision {{revision}} modifie les métadonnées XMP au-delà de leurs dates et du producteur (objet {{object}}).',
  revDssChanged:
    'La révision {{revision}} modifie, par le biais du DSS, l’objet {{object}}, qui n’était pas une donnée de validation.',
  revObjectRemoved: 'La révision {{revision}} supprime l’objet {{object}}.',
  revObjectChanged:
    'La révision {{revision}} modifie l’objet {{object}}, ce qu’aucune modification autorisée après signature n’explique.',
  revObjectAdded:
    'La révision {{revision}} ajoute l’objet {{object}}, ce qu’aucune modification autorisée après signature n’explique.',
  revUpdateUnreadable: 'La révision {{revision}} ne peut pas être comparée à la précédente : {{reason}}.',
  revObjectUnreadable:
    'La révision {{revision}} définit l’objet {{object}} de manière illisible : {{reason}}.',
  revCheckUnreadable:
    'La structure des références croisées du fichier ne peut pas être lue ; aucune de ses révisions n’est donc fiable : {{reason}}.',
  revCheckSignatureNotAtRevision:
    'Les octets signés de la première signature se terminent à l’octet {{end}}, qui ne correspond à la fin d’aucune révision du fichier.',
  revCheckObjectsAfterSigning:
    'Objets ajoutés après la signature sans référence croisée : {{count}} ({{objects}}) ; un lecteur PDF qui répare le fichier peut les afficher.',
  revCheckUpdateWithoutXref:
    'Mises à jour ajoutées à la fin du fichier après la signature sans référence croisée : {{count}}.',
  revCheckTrailingBytes: 'Nombre d’octets qui suivent la dernière révision du fichier : {{bytes}}.',
  revCheckObjectsUnreachable:
    'Objets de la partie signée qu’aucune référence croisée n’atteint : {{count}} ({{objects}}) ; ils sont ignorés.',
  revCheckRangeNotRevision:
    'Les octets signés se terminent à l’octet {{end}}, qui ne correspond à la fin d’aucune révision décrite par les références croisées.',
  revCheckDocumentTimestamp: 'Horodatage du document RFC 3161 (ETSI.RFC3161).',
  revCheckNothingChanged:
    'Nombre de révisions du fichier : {{count}} ; rien après la révision {{signed}} (la première signature) ne modifie ce qu’affiche le document.',
  contentEmbeddedUnreadable: 'Le fichier {{name}} ne peut pas être lu : {{reason}}.',
  contentEmbeddedMissing:
    'Le PDF ne contient aucun fichier {{name}} intégré ; ce n’est pas un rapport Assay.',
  contentEmbeddedNotJson: 'Le fichier {{name}} n’est pas un JSON valide : {{reason}}.',
  contentEmbeddedBadFormat: 'Le fichier {{name}} ne correspond à aucun format de rapport : {{issues}}.',
  contentEmbeddedOk: 'Le fichier {{name}} est présent et bien formé ({{bytes}} octets, format {{format}}).',
  contentNotChecked: 'Le contenu n’a pas été contrôlé, car aucune signature n’est valide.',
  contentTemplateTooLarge: 'Le modèle de questionnaire intégré dépasse {{limit}} caractères.',
  contentTemplateHashMismatch:
    'L’empreinte du modèle de questionnaire intégré ne correspond pas à celle fixée par la référence {{ref}}.',
  contentTemplateHashOk:
    'L’empreinte du modèle de questionnaire intégré correspond à celle fixée par la référence {{ref}}.',
  contentScoreNotRecomputable:
    'Le score ne peut pas être recalculé à partir des données intégrées : {{reason}}.',
  contentScoreDiffers:
    'Le résultat intégré ne concorde pas avec le score recalculé (intégré ≠ recalculé) : {{differences}}.',
  contentScoreDetailsDiffer:
    'Le recalcul redonne le niveau, la recommandation et les signaux d’alerte, mais d’autres détails du score diffèrent dans le résultat intégré.',
  contentScoreOk:
    'Le recalcul du score donne le même résultat : niveau {{tier}}, recommandation {{recommendation}}, signaux d’alerte : {{flags}}.',
  contentPageTextUnreadable: 'Le texte des pages ne peut pas être lu : {{reason}}.',
  contentVisibleConflict:
    'Le bloc de vérification figurant sur les pages affiche des valeurs contradictoires pour {{fields}}.',
  contentVisibleMismatch:
    'Le bloc de vérification figurant sur les pages contredit les données intégrées, ou ne les reprend pas, pour (page ≠ intégré) : {{fields}}.',
  contentVisibleOk: 'Le bloc de vérification figurant sur les pages concorde avec l’évaluation intégrée.',
  contentSignerBindingNotRecorded:
    'Lien avec le signataire non enregistré : ce rapport ({{format}}) a été émis avant que les rapports ne désignent leur signataire ; n’importe quel certificat a donc pu produire sa signature.',
  contentSignerNotNamed:
    'Le rapport ne désigne aucun signataire dans son évaluation intégrée, et pourtant il est signé.',
  contentSignerMismatch:
    'Le rapport a été émis pour le certificat {{expected}}, mais la signature {{signature}} a été apposée avec {{actual}} : le rapport a été signé de nouveau par quelqu’un d’autre.',
  contentSignerBound:
    'La première signature a été apposée avec le certificat que désigne le rapport ({{fingerprint}}).',
  certNoChanges:
    'Signature de certification (DocMDP P=1) : aucune modification du document n’est permise après elle, hormis les données de validation et les horodatages de document.',
  certFormFilling:
    'Signature de certification (DocMDP P=2) : après elle, seuls le remplissage du formulaire et la signature de ses champs de signature vides sont permis.',
  certAnnotations:
    'Signature de certification (DocMDP P=3) : après elle, le remplissage du formulaire, la signature et les annotations sont permis.',
  certPermissionsInvalid:
    'Les permissions DocMDP de la certification valent {{permissions}}, et non 1, 2 ou 3 : elles ne permettent rien qui puisse être contrôlé.',
  certNotFirst:
    'La signature {{number}} prétend certifier le document (DocMDP), mais seule la première signature d’un document peut le certifier.',
  certNotInPerms:
    'L’entrée /Perms /DocMDP du catalogue du document ne désigne pas cette signature de certification (objet {{object}}).',
  revCertifiedSignatureRefused:
    'La révision {{revision}} ajoute une signature (objet {{object}}), alors que la certification ne permet aucune modification après elle (DocMDP P=1).',
  revCertifiedChangeRefused:
    'La révision {{revision}} modifie l’objet {{object}}, alors que la certification ne permet après elle que des données de validation et des horodatages de document (DocMDP P=1).',
  revAnnotationPermitted:
    'La révision {{revision}} ajoute une annotation {{subtype}} à la page {{page}} (objet {{object}}), ce que la certification permet (DocMDP P=3).',
  revAnnotationChangePermitted:
    'La révision {{revision}} modifie ou supprime l’annotation {{object}} de la page {{page}}, ce que la certification permet (DocMDP P=3).',
  revAppearanceReplaced:
    'La révision {{revision}} réécrit l’objet {{object}}, qui fait partie de l’apparence vide du champ de signature « {{field}} », en signant ce champ.',
  revWidgetSigned:
    'La révision {{revision}} met à jour le cadre du champ de signature « {{field}} » (objet {{object}}) en signant ce champ.',
} as const satisfies LocaleMessages<typeof enVerifyMessages>;
