import type { LocaleMessages } from '../../localeShape';
import type { enVerifyMessages } from './en';

/** The verifier's messages in Russian (see en.ts). */
export const ruVerifyMessages = {
  fileTooLarge:
    'Размер файла в байтах: {{size}}; файлы, размер которых в байтах превышает {{limit}}, не проверяются.',
  fileNotPdf: 'Это не файл PDF (нет заголовка %PDF-).',
  fileBudgetExceeded:
    'Файл не проверен: {{reason}}. Объём работы при проверке ограничен фиксированным пределом, чтобы на любом компьютере получался один и тот же итог.',
  fileUnreadable: 'Не удаётся прочитать PDF: {{reason}}.',
  sigSubFilterUnsupported: 'Неподдерживаемый формат подписи: /SubFilter {{subFilter}}.',
  sigSubFilterPades: 'Подпись PAdES (ETSI.CAdES.detached).',
  sigSubFilterLegacy: 'Подпись PDF устаревшего формата (adbe.pkcs7.detached), не PAdES.',
  sigByteRangeNotIntegers: '/ByteRange не состоит из четырёх неотрицательных целых чисел.',
  sigContentsNotHex: '/Contents не является шестнадцатеричной строкой.',
  sigByteRangeNotFromStart: 'Подписанный диапазон начинается с байта {{start}}, а не с начала файла.',
  sigByteRangeOutsideFile:
    '/ByteRange [{{a}} {{b}} {{c}} {{d}}] указывает за пределы файла (размер в байтах: {{size}}) или перекрывает сам себя.',
  sigByteRangeGapNotContents:
    'Неподписанный промежуток [{{from}}, {{to}}) не совпадает в точности с /Contents этой подписи (байты {{contentsStart}}–{{contentsEnd}}).',
  sigByteRangeNotAtEof: 'Подписанный диапазон не заканчивается в конце какой-либо редакции файла (%%EOF).',
  sigByteRangeToEnd: 'Подпись охватывает байты 0–{{end}}, кроме собственного /Contents, до конца файла.',
  sigByteRangeBytesFollow:
    'Подпись охватывает байты 0–{{end}}, кроме собственного /Contents; после охваченного диапазона следуют ещё байты (количество: {{after}}).',
  sigContentsNotRegularHex: '/Contents не является простой шестнадцатеричной строкой в одном регистре букв.',
  sigCmsNotBer: 'Данные подписи не читаются как ASN.1 (BER): {{reason}}.',
  sigCmsTrailingBytes: 'Внутри /Contents после структуры CMS следуют ненулевые байты.',
  sigCmsNotSignedData: 'Данные подписи представляют собой CMS {{contentType}}, а не SignedData.',
  sigCmsMalformed: 'Данные подписи не являются корректной структурой CMS {{part}}.',
  sigCmsTooManyCertificates:
    'Число сертификатов в подписи: {{count}}; если их больше {{limit}}, они не считываются.',
  sigCmsUnreadable: 'Данные подписи не читаются как CMS SignedData: {{reason}}.',
  sigCmsNotDetached: 'Подпись CMS не является отсоединённой (в неё встроено содержимое).',
  sigCmsSignerCount: 'Число подписантов в подписи CMS: {{count}}; ожидается ровно один.',
  sigCmsNoSignedAttributes: 'В подписи CMS нет подписанных атрибутов.',
  sigSignedAttributesNotDer:
    'Подписанные атрибуты закодированы не в DER: байты, охваченные подписью, отличаются от их кодировки DER.',
  sigSignedAttributeRepeated: 'Подписанный атрибут {{oid}} встречается более одного раза.',
  sigSignedAttributeValues: 'Подписанный атрибут {{oid}} должен иметь ровно одно значение, но это не так.',
  sigContentTypeNotData: 'Подписанный атрибут content-type отсутствует или не равен id-data.',
  sigCommitmentTypeUnreadable:
    'Подписанный атрибут commitment-type-indication не читается; заявленное подписантом заключение не показано.',
  sigDigestAlgorithmRefused:
    'Алгоритм хеширования {{algorithm}} не принимается (требуется SHA-256, -384 или -512).',
  sigMessageDigestMissing: 'Подписанные атрибуты не содержат хеша сообщения (message digest).',
  sigDigestMismatch: 'Хеш документа не совпадает с подписанным хешем: подписанные байты были изменены.',
  sigDigestMatches: 'Хеш {{algorithm}} подписанных байтов совпадает с хешем в подписи.',
  sigSignerCertificateMissing: 'Сертификат подписанта не включён в подпись.',
  sigAlgorithmUnsupported: 'Алгоритм подписи {{algorithm}} не поддерживается.',
  sigAlgorithmRefused: 'Алгоритм подписи {{algorithm}} не принимается (он использует {{digest}}).',
  sigPssParametersUnsupported:
    'Параметры RSASSA-PSS не поддерживаются (и хеш-функция, и хеш-функция MGF1 должны быть SHA-256, -384 или -512).',
  sigAlgorithmKeyMismatch: 'Алгоритм подписи {{algorithm}} не подходит к ключу подписанта типа {{keyType}}.',
  sigCurveRefused:
    'Эллиптическая кривая подписанта {{curve}} не принимается (требуется P-256, P-384 или P-521).',
  sigValueValid: 'Криптографическая подпись подписанных атрибутов действительна ({{algorithm}}).',
  sigValueInvalid: 'Криптографическая подпись не подтверждается открытым ключом подписанта.',
  sigSigningCertificateMatches: 'Атрибут signing-certificate-v2 указывает на этот сертификат.',
  sigSigningCertificateMismatch: 'Атрибут {{attribute}} указывает на другой сертификат.',
  sigSigningCertificateUnreadable: 'Не удаётся прочитать атрибут {{attribute}}.',
  sigSigningCertificateHashRefused:
    'Атрибут signing-certificate-v2 содержит хеш сертификата по алгоритму {{algorithm}}, который не принимается.',
  sigSigningCertificateMissing: 'Атрибут signing-certificate-v2 отсутствует (его требует PAdES).',
  sigSigningCertificateMissingLater:
    'В этой более поздней подписи нет атрибута signing-certificate-v2 (его требует PAdES; некоторые программы не включают его, добавляя подпись).',
  sigSigningCertificateV1Only:
    'На этот сертификат указывает только устаревший атрибут ESS signing-certificate (SHA-1); PAdES требует signing-certificate-v2.',
  sigTrustChain: 'Цепочка сертификатов подписанта ведёт к доверенному сертификату: {{chain}}.',
  sigTrustNoAnchors: 'Доверенные сертификаты не указаны, поэтому нельзя подтвердить, кто поставил подпись.',
  sigTrustNoPath:
    'Цепочка сертификатов подписанта не ведёт ни к одному из указанных доверенных сертификатов.',
  sigTrustNotValidAtTime:
    'Цепочка сертификатов подписанта ведёт к доверенному сертификату, но один из сертификатов цепочки не был действителен на момент {{time}}.',
  sigTrustIssuerNotCa:
    'Цепочка сертификатов подписанта ведёт к доверенному сертификату через сертификат, которому не разрешено выпускать сертификаты.',
  sigTrustChainInvalid: 'Путь от подписанта к доверенному сертификату недействителен: {{reason}}.',
  sigRevocationGoodCrl:
    'Сертификат {{subject}} не отозван согласно списку отзыва (CRL), выпущенному {{issuedAt}}.',
  sigRevocationGoodOcsp: 'Сертификат {{subject}} не отозван согласно ответу OCSP от {{issuedAt}}.',
  sigRevokedCrl:
    'Сертификат {{subject}} был отозван {{revokedAt}} ({{reason}}) согласно списку отзыва (CRL), выпущенному {{issuedAt}}.',
  sigRevokedOcsp:
    'Сертификат {{subject}} был отозван {{revokedAt}} ({{reason}}) согласно ответу OCSP от {{issuedAt}}.',
  sigRevocationNotChecked:
    'Отзыв сертификата {{subject}} не проверен: ни один из предоставленных списков отзыва (CRL) или ответов OCSP его не охватывает.',
  sigRevocationAnchor:
    'Сертификат подписанта сам является доверенным сертификатом; к нему не относится ни список отзыва (CRL), ни ответ OCSP какого-либо издателя.',
  tsTokenUnreadable: 'Штамп времени не читается как токен штампа времени RFC 3161: {{reason}}.',
  tsContentsTrailingData:
    'Поле штампа времени содержит после токена штампа времени другие данные; после токена допускается только заполнение нулями.',
  tsByteRangeOutsideFile:
    '/ByteRange штампа времени [{{range}}] указывает за пределы файла (размер в байтах: {{size}}).',
  tsContentTypeWrong: 'Токен штампа времени содержит {{found}} вместо TSTInfo (id-ct-TSTInfo).',
  tsContentTypeOk: 'Токен штампа времени содержит TSTInfo.',
  tsGenTime: 'Служба штампов времени указывает время {{time}}.',
  tsGenTimeInFuture: 'Штамп времени указывает время {{time}}, которое позже текущего момента ({{now}}).',
  tsImprintAlgorithmUnknown: 'Штамп времени создан с неизвестным алгоритмом хеширования ({{algorithm}}).',
  tsImprintAlgorithmRefused:
    'Штамп времени создан с алгоритмом {{algorithm}}, который больше не считается безопасным и отклоняется.',
  tsImprintMatches: 'Хеш {{algorithm}} в штампе времени совпадает с данными, на которые поставлен штамп.',
  tsImprintMismatch:
    'Хеш {{algorithm}} в штампе времени не совпадает с данными, на которые поставлен штамп: штамп был поставлен на другие данные.',
  tsTsaCertificateMissing:
    'Токен штампа времени не содержит сертификата службы штампов времени, и ни один доверенный сертификат службы штампов времени ему не соответствует.',
  tsSignedAttributesMissing: 'В подписи токена штампа времени нет подписанных атрибутов.',
  tsContentTypeAttributeWrong:
    'Подписанный атрибут content-type токена штампа времени равен {{found}}, а не id-ct-TSTInfo.',
  tsSignerDigestRefused:
    'Токен штампа времени подписан с алгоритмом хеширования {{algorithm}}, который отклоняется.',
  tsMessageDigestMissing:
    'Подписанные атрибуты токена штампа времени не содержат хеша сообщения (message digest).',
  tsMessageDigestMismatch:
    'Содержимое токена штампа времени не совпадает с его подписанным хешем {{algorithm}}: токен был изменён.',
  tsSignedAttributesMatch:
    'Подписанные атрибуты токена штампа времени указывают его содержимое и его хеш {{algorithm}}.',
  tsSigningCertificateMissing:
    'Токен штампа времени не указывает сертификат, которым он подписан (нет атрибута signing-certificate).',
  tsSigningCertificateUnreadable: 'Не удаётся прочитать атрибут signing-certificate токена штампа времени.',
  tsSigningCertificateMismatch:
    'Атрибут {{attribute}} токена штампа времени указывает не на тот сертификат, которым токен подписан.',
  tsSigningCertificateMatches:
    'Атрибут {{attribute}} токена штампа времени указывает на сертификат, которым токен подписан ({{algorithm}}).',
  tsSignatureValid: 'Подпись службы штампов времени на токене действительна.',
  tsSignatureInvalid: 'Подпись службы штампов времени на токене не подтверждается (алгоритм {{algorithm}}).',
  tsTsaUsageMissing:
    'Сертификат службы штампов времени не предназначен для проставления штампов времени (нет расширенного назначения ключа id-kp-timeStamping).',
  tsTsaUsageOtherPurposes:
    'Сертификат службы штампов времени может использоваться и для других целей ({{purposes}}); сертификат службы штампов времени должен служить только для проставления штампов времени.',
  tsTsaUsageNotCritical:
    'Расширенное назначение ключа для проставления штампов времени в сертификате службы штампов времени не помечено как критическое, хотя этого требует RFC 3161.',
  tsTsaUsageOk:
    'Сертификат службы штампов времени предназначен только для проставления штампов времени (расширенное назначение ключа помечено как критическое).',
  tsTsaNotValidAtGenTime:
    'Сертификат службы штампов времени не был действителен в указанное время {{time}} (срок действия: с {{from}} по {{to}}).',
  tsTsaValidAtGenTime:
    'Сертификат службы штампов времени был действителен в указанное время {{time}} (срок действия: с {{from}} по {{to}}).',
  tsTsaNameNotCompared:
    'Штамп времени указывает свою службу в форме, которая не сравнивается (тип GeneralName: {{type}}).',
  tsTsaNameMatches: 'Служба, указанная в штампе времени: {{name}}, как и в её сертификате.',
  tsTsaNameMismatch:
    'Служба, указанная в штампе времени: {{name}}, но её сертификат выдан на имя {{subject}}.',
  tsTsaNoAnchors:
    'Ни одна служба штампов времени не указана как доверенная, поэтому штамп времени от {{subject}} ничего не доказывает о времени.',
  tsTsaUntrusted:
    'Цепочка сертификатов службы штампов времени {{subject}} не ведёт к доверенному сертификату службы штампов времени, поэтому указанное ею время не доказано.',
  tsTsaChainNotValidAtGenTime:
    'Сертификат удостоверяющего центра (CA) службы штампов времени {{subject}} не был действителен в указанное время {{time}} (срок действия: с {{from}} по {{to}}).',
  tsTsaTrusted:
    'Цепочка сертификатов службы штампов времени ведёт к доверенному сертификату {{anchor}} (сертификатов в цепочке: {{length}}).',
  tsRevocationNotChecked:
    'Списки отзыва не предоставлены, поэтому отзыв сертификата службы штампов времени не проверялся.',
  tsRevocationNoIssuer:
    'Издатель сертификата службы штампов времени неизвестен, поэтому проверить отзыв этого сертификата невозможно.',
  tsRevocationListUnreadable: 'Не удаётся прочитать список отзыва {{index}}; он не учитывался.',
  tsRevocationNoList:
    'Ни один из предоставленных списков отзыва, подписанных издателем сертификата {{subject}}, не охватывает этот сертификат.',
  tsTsaRevoked:
    'Сертификат {{subject}} был отозван {{date}} (причина: {{reason}}), поэтому его штамп времени от {{time}} ничего не доказывает.',
  tsTsaRevokedAfterGenTime:
    'Сертификат {{subject}} был отозван {{date}} (причина: {{reason}}), уже после штампа времени от {{time}}, поэтому этот штамп остаётся в силе.',
  tsTsaNotRevoked:
    'Сертификат {{subject}} не отозван согласно списку, выпущенному {{issued}}, то есть после штампа времени от {{time}}.',
  tsRevocationListTooOld:
    'Самый новый список отзыва для {{subject}} выпущен {{issued}}, до штампа времени от {{time}}: по нему нельзя установить, что сертификат в тот момент ещё оставался в силе.',
  timeCertNotValidAtProvenTime:
    'Сертификат не был действителен в момент, подтверждённый штампом времени, — {{time}} (срок действия: с {{from}} по {{to}}).',
  timeClaimAfterProof:
    'Заявленное время подписания {{claimed}} позже времени штампа {{time}}, поставленного на подпись.',
  timeCertValidAtProvenTime:
    'Доверенный штамп времени доказывает, что подпись существовала на момент {{time}}, когда сертификат был действителен (с {{from}} по {{to}}).',
  timeCertNotValidAtClaimedTime:
    'Сертификат не был действителен в заявленное время подписания {{time}} (срок действия: с {{from}} по {{to}}).',
  timeCertExpiredNoProof:
    'Срок действия сертификата истёк {{to}}, и ни один доверенный штамп времени не доказывает, что подпись создана раньше; одно лишь заявленное время этого не доказывает (проверено {{now}}).',
  timeCertNotYetValid:
    'На момент {{now}} сертификат ещё не действителен (срок действия: с {{from}} по {{to}}).',
  timeCertValidAtClaimAndNow:
    'Сертификат действителен в заявленное время подписания {{time}} и сейчас ({{now}}); это время указано подписантом, а не доказано.',
  timeCertValidNowNoClaim: 'В подписи не указано время подписания; сертификат действителен сейчас ({{now}}).',
  timeClaimBeforeGenerated:
    'Подпись {{signature}} заявляет время создания {{claimed}}, то есть раньше, чем был сформирован отчёт ({{time}}): заявленное время ложно.',
  timeClaimBeforeDecision:
    'Подпись {{signature}} заявляет время создания {{claimed}}, то есть раньше, чем было зафиксировано подписываемое ею решение ({{time}}): заявленное время ложно.',
  timeClaimOrderOk:
    'Время каждой подписи совпадает с моментом формирования отчёта ({{generated}}) и фиксации решения ({{decided}}) или наступает позже.',
  revSignatureAdded: 'Редакция {{revision}} добавляет подпись (объект {{object}}).',
  revDocTimestampAdded: 'Редакция {{revision}} добавляет штамп времени документа (объект {{object}}).',
  revSignatureFieldAdded: 'Редакция {{revision}} добавляет поле подписи «{{field}}» (объект {{object}}).',
  revSignatureFieldSigned:
    'Редакция {{revision}} подписывает пустое поле подписи «{{field}}» (объект {{object}}).',
  revWidgetAdded:
    'Редакция {{revision}} добавляет область поля подписи «{{field}}» на странице {{page}} (объект {{object}}).',
  revAppearanceAdded:
    'Редакция {{revision}} добавляет объект {{object}} во внешний вид поля подписи «{{field}}».',
  revFormUpdated: 'Редакция {{revision}} обновляет форму ({{keys}}) для новой подписи (объект {{object}}).',
  revAnnotsWidgetAdded:
    'Редакция {{revision}} добавляет область подписи в аннотации страницы {{page}} (объект {{object}}).',
  revCatalogFormOrDss:
    'Редакция {{revision}} изменяет в каталоге только {{keys}} — для подписи или её данных для проверки (объект {{object}}).',
  revDssAdded:
    'Редакция {{revision}} добавляет данные для проверки (сертификаты, списки отзыва CRL, ответы OCSP) в объекте {{object}}.',
  revInfoDatesChanged:
    'Редакция {{revision}} изменяет только {{keys}} в сведениях о документе (объект {{object}}).',
  revMetadataDatesChanged:
    'Редакция {{revision}} изменяет в метаданных XMP только даты или сведения о создавшей программе (producer) (объект {{object}}).',
  revWidgetCoversPage:
    'Область поля подписи «{{field}}» занимает {{percent}}% страницы {{page}}: её внешний вид может скрывать то, что показывает страница (объект {{object}}).',
  revUnusedObjectAdded:
    'Редакция {{revision}} добавляет объект {{object}}, который нигде в документе не используется.',
  revRootChanged: 'Редакция {{revision}} заменяет каталог документа объектом {{object}}.',
  revCatalogChanged: 'Редакция {{revision}} изменяет {{keys}} в каталоге документа (объект {{object}}).',
  revCatalogObjectChanged:
    'Редакция {{revision}} изменяет объект {{object}}, входящий в каталог документа (закладки, структура или настройки просмотра).',
  revTrailerChanged: 'Редакция {{revision}} изменяет {{keys}} в трейлере файла.',
  revPageChanged: 'Редакция {{revision}} изменяет {{keys}} страницы {{page}} (объект {{object}}).',
  revPageContentChanged:
    'Редакция {{revision}} изменяет то, что показывает страница {{page}} (объект {{object}}).',
  revPageContentAdded: 'Редакция {{revision}} добавляет содержимое на страницу {{page}} (объект {{object}}).',
  revPageAdded: 'Редакция {{revision}} добавляет страницу {{page}} (объект {{object}}).',
  revPageRemoved: 'Редакция {{revision}} удаляет страницу {{page}} (объект {{object}}).',
  revPagesReordered: 'Редакция {{revision}} меняет порядок страниц.',
  revPageTreeChanged: 'Редакция {{revision}} изменяет дерево страниц (объект {{object}}).',
  revAnnotationAdded:
    'Редакция {{revision}} добавляет аннотацию типа {{subtype}} на страницу {{page}} (объект {{object}}).',
  revAnnotationRemoved: 'Редакция {{revision}} удаляет аннотацию {{object}} со страницы {{page}}.',
  revAnnotsReordered: 'Редакция {{revision}} меняет порядок аннотаций на странице {{page}}.',
  revAnnotationChanged: 'Редакция {{revision}} изменяет объект аннотации {{object}} на странице {{page}}.',
  revEmbeddedFileChanged:
    'Редакция {{revision}} изменяет встроенный файл или его спецификацию файла (объект {{object}}).',
  revEmbeddedFileAdded:
    'Редакция {{revision}} добавляет встроенный файл или спецификацию файла (объект {{object}}).',
  revNamesChanged:
    'Редакция {{revision}} изменяет {{keys}} документа (встроенные файлы, именованные места назначения или сценарии; объект {{object}}).',
  revFieldAdded:
    'Редакция {{revision}} добавляет поле формы «{{field}}», которое не является полем подписи (объект {{object}}).',
  revFieldRemoved: 'Редакция {{revision}} удаляет поле формы «{{field}}» (объект {{object}}).',
  revFieldChanged: 'Редакция {{revision}} изменяет поле формы «{{field}}» (объект {{object}}).',
  revFormChanged: 'Редакция {{revision}} изменяет {{keys}} формы (объект {{object}}).',
  revFormObjectChanged: 'Редакция {{revision}} изменяет объект {{object}}, входящий в форму.',
  revSignatureValueNotSignature:
    'Редакция {{revision}} заполняет поле подписи «{{field}}» чем-то, что не является подписью (объект {{object}}).',
  revSignatureValueReused:
    'Редакция {{revision}} связывает поле подписи «{{field}}» с объектом {{object}}, который существовал ранее.',
  revSignatureChanged: 'Редакция {{revision}} изменяет существующую подпись или её поле (объект {{object}}).',
  revInfoChanged: 'Редакция {{revision}} изменяет {{keys}} в сведениях о документе (объект {{object}}).',
  revMetadataChanged:
    'Редакция {{revision}} изменяет в метаданных XMP не только даты и сведения о создавшей программе (объект {{object}}).',
  revDssChanged:
    'Редакция {{revision}} через DSS изменяет объект {{object}}, который не был данными для проверки.',
  revObjectRemoved: 'Редакция {{revision}} удаляет объект {{object}}.',
  revObjectChanged:
    'Редакция {{revision}} изменяет объект {{object}}, и это не объясняется ни одним изменением, допустимым после подписания.',
  revObjectAdded:
    'Редакция {{revision}} добавляет объект {{object}}, и это не объясняется ни одним изменением, допустимым после подписания.',
  revUpdateUnreadable: 'Редакцию {{revision}} не удаётся сравнить с предыдущей: {{reason}}.',
  revObjectUnreadable: 'Редакция {{revision}} определяет объект {{object}} в нечитаемом виде: {{reason}}.',
  revCheckUnreadable:
    'Не удаётся прочитать структуру перекрёстных ссылок файла, поэтому ни на одну его редакцию нельзя полагаться: {{reason}}.',
  revCheckSignatureNotAtRevision:
    'Подписанные байты первой подписи заканчиваются на байте {{end}}, который не является концом ни одной редакции файла.',
  revCheckObjectsAfterSigning:
    'После подписания без перекрёстных ссылок добавлены объекты (количество: {{count}}; {{objects}}): программа просмотра, восстанавливающая файл, может их показать.',
  revCheckUpdateWithoutXref:
    'После подписания без перекрёстных ссылок дописаны обновления (количество: {{count}}).',
  revCheckTrailingBytes: 'После последней редакции файла следуют байты (количество: {{bytes}}).',
  revCheckObjectsUnreachable:
    'Объекты в подписанной части (количество: {{count}}; {{objects}}) недостижимы ни по одной перекрёстной ссылке; они не учитываются.',
  revCheckRangeNotRevision:
    'Подписанные байты заканчиваются на байте {{end}}, который не является концом ни одной из редакций, описанных перекрёстными ссылками.',
  revCheckDocumentTimestamp: 'Штамп времени документа RFC 3161 (ETSI.RFC3161).',
  revCheckNothingChanged:
    'Число редакций файла: {{count}}; ничто после редакции {{signed}} (первой подписи) не меняет того, что показывает документ.',
  contentEmbeddedUnreadable: 'Не удаётся прочитать {{name}}: {{reason}}.',
  contentEmbeddedMissing: 'PDF не содержит встроенного файла {{name}}; это не отчёт Assay.',
  contentEmbeddedNotJson: '{{name}} не является корректным JSON: {{reason}}.',
  contentEmbeddedBadFormat: '{{name}} не соответствует ни одному формату отчёта: {{issues}}.',
  contentEmbeddedOk: '{{name}} присутствует и корректен (размер в байтах: {{bytes}}, формат {{format}}).',
  contentNotChecked: 'Содержимое не проверялось, так как ни одна подпись не является действительной.',
  contentTemplateTooLarge: 'Встроенный шаблон превышает допустимую длину (предел в символах: {{limit}}).',
  contentTemplateHashMismatch: 'Хеш встроенного шаблона не совпадает с зафиксированным {{ref}}.',
  contentTemplateHashOk: 'Хеш встроенного шаблона совпадает с зафиксированным {{ref}}.',
  contentScoreNotRecomputable: 'Не удаётся повторно рассчитать баллы по встроенным данным: {{reason}}.',
  contentScoreDiffers:
    'Встроенный результат расходится с повторным расчётом баллов (встроенное ≠ пересчитанное): {{differences}}.',
  contentScoreDetailsDiffer:
    'Уровень риска, рекомендация и тревожные признаки при пересчёте совпадают, но другие детали расчёта баллов во встроенном результате отличаются.',
  contentScoreOk:
    'Повторный расчёт баллов даёт тот же результат: уровень риска {{tier}}, рекомендация {{recommendation}}, тревожных признаков: {{flags}}.',
  contentPageTextUnreadable: 'Не удаётся прочитать текст страниц: {{reason}}.',
  contentVisibleConflict:
    'Блок сведений для проверки на страницах содержит противоречащие друг другу значения полей: {{fields}}.',
  contentVisibleMismatch:
    'Блок сведений для проверки на страницах расходится со встроенными данными или не содержит их (страница ≠ встроенные данные): {{fields}}.',
  contentVisibleOk: 'Блок сведений для проверки на страницах совпадает со встроенной оценкой.',
  contentSignerBindingNotRecorded:
    'Привязка к подписанту не зафиксирована: этот отчёт ({{format}}) выпущен до того, как в отчётах стали указывать подписанта, поэтому его подпись мог создать любой сертификат.',
  contentSignerNotNamed: 'Во встроенной оценке отчёта не указан подписант, хотя отчёт подписан.',
  contentSignerMismatch:
    'Отчёт выпущен для сертификата {{expected}}, но подпись {{signature}} создана сертификатом {{actual}}: отчёт был повторно подписан кем-то другим.',
  contentSignerBound: 'Первая подпись создана сертификатом, указанным в отчёте ({{fingerprint}}).',
  certNoChanges:
    'Удостоверяющая подпись (DocMDP P=1): после неё не допускаются никакие изменения документа, кроме данных для проверки и меток времени документа.',
  certFormFilling:
    'Удостоверяющая подпись (DocMDP P=2): после неё допускаются только заполнение формы и подписание её пустых полей подписи.',
  certAnnotations:
    'Удостоверяющая подпись (DocMDP P=3): после неё допускаются заполнение формы, подписание и аннотации.',
  certPermissionsInvalid:
    'Разрешения DocMDP удостоверяющей подписи равны {{permissions}}, а не 1, 2 или 3: они не допускают ничего, что можно проверить.',
  certNotFirst:
    'Подпись {{number}} заявляет, что удостоверяет документ (DocMDP), но удостоверять документ может только его первая подпись.',
  certNotInPerms:
    'Запись /Perms /DocMDP в каталоге документа не указывает на эту удостоверяющую подпись (объект {{object}}).',
  revCertifiedSignatureRefused:
    'Редакция {{revision}} добавляет подпись (объект {{object}}), но удостоверяющая подпись не допускает после себя никаких изменений (DocMDP P=1).',
  revCertifiedChangeRefused:
    'Редакция {{revision}} изменяет объект {{object}}, но удостоверяющая подпись допускает после себя только данные для проверки и метки времени документа (DocMDP P=1).',
  revAnnotationPermitted:
    'Редакция {{revision}} добавляет аннотацию типа {{subtype}} на страницу {{page}} (объект {{object}}), что удостоверяющая подпись допускает (DocMDP P=3).',
  revAnnotationChangePermitted:
    'Редакция {{revision}} изменяет или удаляет аннотацию {{object}} на странице {{page}}, что удостоверяющая подпись допускает (DocMDP P=3).',
  revAppearanceReplaced:
    'Редакция {{revision}} перезаписывает объект {{object}}, часть пустого внешнего вида поля подписи «{{field}}», при подписании этого поля.',
  revWidgetSigned:
    'Редакция {{revision}} обновляет рамку поля подписи «{{field}}» (объект {{object}}) при подписании этого поля.',
} as const satisfies LocaleMessages<typeof enVerifyMessages>;
