import type { LocaleMessages } from '../../localeShape';
import type { enVerifyMessages } from './en';

/** The verifier's messages in Arabic (see en.ts). */
export const arVerifyMessages = {
  fileTooLarge: 'حجم الملف {{size}} بايت؛ ولا يُتحقَّق من الملفات التي يتجاوز حجمها {{limit}} بايت.',
  fileNotPdf: 'هذا ليس ملف PDF (لا يبدأ بالترويسة %PDF-).',
  fileBudgetExceeded:
    'لم يُتحقَّق من الملف: {{reason}}. تتوقف أداة التحقق عند قدر ثابت من المعالجة كي تصل كل الأجهزة إلى الحكم نفسه.',
  fileUnreadable: 'تتعذّر قراءة ملف PDF: {{reason}}.',
  sigSubFilterUnsupported: 'صيغة التوقيع /SubFilter {{subFilter}} غير مدعومة.',
  sigSubFilterPades: 'توقيع PAdES (ETSI.CAdES.detached).',
  sigSubFilterLegacy: 'توقيع PDF قديم (adbe.pkcs7.detached)، وليس توقيع PAdES.',
  sigByteRangeNotIntegers: 'لا يتكوّن /ByteRange من أربعة أعداد صحيحة غير سالبة.',
  sigContentsNotHex: 'قيمة /Contents ليست سلسلة ست عشرية.',
  sigByteRangeNotFromStart: 'يبدأ النطاق الموقّع عند البايت {{start}}، لا عند بداية الملف.',
  sigByteRangeOutsideFile:
    'يشير /ByteRange [{{a}} {{b}} {{c}} {{d}}] إلى ما هو خارج الملف ({{size}} بايت) أو يتداخل مع نفسه.',
  sigByteRangeGapNotContents:
    'الفجوة غير الموقّعة [{{from}}, {{to}}) لا تطابق تمامًا /Contents الخاص بهذا التوقيع (البايتات {{contentsStart}}–{{contentsEnd}}).',
  sigByteRangeNotAtEof: 'لا ينتهي النطاق الموقّع عند نهاية أحد إصدارات الملف (%%EOF).',
  sigByteRangeToEnd: 'يشمل التوقيع البايتات 0–{{end}} باستثناء /Contents الخاص به، حتى نهاية الملف.',
  sigByteRangeBytesFollow:
    'يشمل التوقيع البايتات 0–{{end}} باستثناء /Contents الخاص به؛ وعدد البايتات التي تليه: {{after}}.',
  sigContentsNotRegularHex:
    'قيمة /Contents ليست نصًا ست عشريًا عاديًا مكتوبًا بحالة أحرف واحدة (كبيرة فقط أو صغيرة فقط).',
  sigCmsNotBer: 'بيانات التوقيع ليست بصيغة ASN.1 (BER) قابلة للقراءة: {{reason}}.',
  sigCmsTrailingBytes: 'تلي بنيةَ CMS داخل /Contents بايتاتٌ غير صفرية.',
  sigCmsNotSignedData: 'بيانات التوقيع من نوع CMS {{contentType}}، وليست SignedData.',
  sigCmsMalformed: 'بيانات التوقيع ليست بنية CMS {{part}} سليمة التكوين.',
  sigCmsTooManyCertificates:
    'عدد الشهادات التي يحملها التوقيع: {{count}}؛ ولا تُقرأ الشهادات إذا تجاوز عددها {{limit}}.',
  sigCmsUnreadable: 'بيانات التوقيع ليست بنية CMS SignedData قابلة للقراءة: {{reason}}.',
  sigCmsNotDetached: 'توقيع CMS ليس منفصلًا (إذ يتضمّن المحتوى نفسه).',
  sigCmsSignerCount: 'عدد الموقّعين في توقيع CMS: {{count}}؛ والمتوقَّع موقّع واحد بالضبط.',
  sigCmsNoSignedAttributes: 'لا يحتوي توقيع CMS على سمات موقّعة.',
  sigSignedAttributesNotDer:
    'السمات الموقّعة غير مرمّزة بترميز DER: تختلف البايتات التي يشملها التوقيع عن ترميزها بصيغة DER.',
  sigSignedAttributeRepeated: 'تظهر السمة الموقّعة {{oid}} أكثر من مرة.',
  sigSignedAttributeValues: 'ليس للسمة الموقّعة {{oid}} قيمة واحدة بالضبط.',
  sigContentTypeNotData: 'السمة الموقّعة content-type مفقودة أو ليست id-data.',
  sigCommitmentTypeUnreadable:
    'تتعذّر قراءة السمة الموقّعة commitment-type-indication؛ لذا لا يُعرض الاستنتاج الذي صرّح به الموقّع.',
  sigDigestAlgorithmRefused: 'خوارزمية الملخّص {{algorithm}} غير مقبولة (يلزم SHA-256 أو SHA-384 أو SHA-512).',
  sigMessageDigestMissing: 'لا تتضمّن السمات الموقّعة ملخّص الرسالة (message digest).',
  sigDigestMismatch: 'لا يطابق ملخّص المستند الملخّصَ الموقّع: لقد غُيِّرت البايتات الموقّعة.',
  sigDigestMatches: 'يطابق ملخّص {{algorithm}} للبايتات الموقّعة التوقيعَ.',
  sigSignerCertificateMissing: 'شهادة الموقّع غير مضمّنة في التوقيع.',
  sigAlgorithmUnsupported: 'خوارزمية التوقيع {{algorithm}} غير مدعومة.',
  sigAlgorithmRefused: 'خوارزمية التوقيع {{algorithm}} غير مقبولة (لأنها تستخدم {{digest}}).',
  sigPssParametersUnsupported:
    'معاملات RSASSA-PSS غير مدعومة (يجب أن تكون كلٌّ من دالة التجزئة ودالة تجزئة MGF1 إحدى SHA-256 أو SHA-384 أو SHA-512).',
  sigAlgorithmKeyMismatch: 'لا تتوافق خوارزمية التوقيع {{algorithm}} مع مفتاح الموقّع من نوع {{keyType}}.',
  sigCurveRefused: 'المنحنى الإهليلجي {{curve}} الخاص بالموقّع غير مقبول (يلزم P-256 أو P-384 أو P-521).',
  sigValueValid: 'التوقيع التشفيري على السمات الموقّعة صحيح ({{algorithm}}).',
  sigValueInvalid: 'لا يجتاز التوقيع التشفيري التحقق بالمفتاح العام للموقّع.',
  sigSigningCertificateMatches: 'تشير السمة signing-certificate-v2 إلى هذه الشهادة.',
  sigSigningCertificateMismatch: 'تشير السمة {{attribute}} إلى شهادة مختلفة.',
  sigSigningCertificateUnreadable: 'تتعذّر قراءة السمة {{attribute}}.',
  sigSigningCertificateHashRefused:
    'تحسب السمة signing-certificate-v2 تجزئة الشهادة بالخوارزمية {{algorithm}}، وهي غير مقبولة.',
  sigSigningCertificateMissing: 'السمة signing-certificate-v2 مفقودة (وهي مطلوبة في PAdES).',
  sigSigningCertificateMissingLater:
    'لا يحمل هذا التوقيع اللاحق السمة signing-certificate-v2 (وهي مطلوبة في PAdES؛ وبعض الأدوات تُغفلها عند إضافة توقيع).',
  sigSigningCertificateV1Only:
    'لا يشير إلى هذه الشهادة إلا سمة ESS signing-certificate الأقدم (SHA-1)؛ ويتطلب PAdES السمة signing-certificate-v2.',
  sigTrustChain: 'ترتبط سلسلة شهادات الموقّع بشهادة موثوقة: {{chain}}.',
  sigTrustNoAnchors: 'لم تُقدَّم أي شهادات موثوقة، لذا لا يمكن تأكيد هوية الموقّع.',
  sigTrustNoPath: 'لا ترتبط سلسلة شهادات الموقّع بأيٍّ من الشهادات الموثوقة المقدَّمة.',
  sigTrustNotValidAtTime:
    'ترتبط سلسلة شهادات الموقّع بشهادة موثوقة، لكن إحدى الشهادات في هذه السلسلة لم تكن صالحة في {{time}}.',
  sigTrustIssuerNotCa: 'ترتبط سلسلة شهادات الموقّع بشهادة موثوقة عبر شهادة غير مخوَّلة بإصدار الشهادات.',
  sigTrustChainInvalid: 'المسار من الموقّع إلى الشهادة الموثوقة غير صالح: {{reason}}.',
  sigRevocationGoodCrl: 'الشهادة {{subject}} غير مُبطَلة، وفقًا لقائمة إبطال (CRL) صادرة في {{issuedAt}}.',
  sigRevocationGoodOcsp: 'الشهادة {{subject}} غير مُبطَلة، وفقًا لاستجابة OCSP بتاريخ {{issuedAt}}.',
  sigRevokedCrl:
    'أُبطلت الشهادة {{subject}} في {{revokedAt}} ({{reason}})، وفقًا لقائمة إبطال (CRL) صادرة في {{issuedAt}}.',
  sigRevokedOcsp:
    'أُبطلت الشهادة {{subject}} في {{revokedAt}} ({{reason}})، وفقًا لاستجابة OCSP بتاريخ {{issuedAt}}.',
  sigRevocationNotChecked:
    'لم يُفحص إبطال الشهادة {{subject}}: لا تشملها أي قائمة إبطال (CRL) أو استجابة OCSP مقدَّمة.',
  sigRevocationAnchor:
    'شهادة الموقّع هي نفسها شهادة موثوقة؛ فلا تنطبق عليها أي قائمة إبطال (CRL) أو استجابة OCSP صادرة عن جهة مُصدِرة.',
  tsTokenUnreadable: 'الختم الزمني ليس رمز ختم زمني وفق RFC 3161 قابلًا للقراءة: {{reason}}.',
  tsContentsTrailingData:
    'يحتوي حقل الختم الزمني على بيانات أخرى بعد رمز الختم الزمني؛ ولا يجوز أن يليه إلا حشو من الأصفار.',
  tsByteRangeOutsideFile:
    'يشير /ByteRange الخاص بالختم الزمني [{{range}}] إلى ما هو خارج الملف ({{size}} بايت).',
  tsContentTypeWrong: 'يحتوي رمز الختم الزمني على {{found}} بدلًا من TSTInfo (id-ct-TSTInfo).',
  tsContentTypeOk: 'يحتوي رمز الختم الزمني على TSTInfo.',
  tsGenTime: 'تُصرّح جهة الختم الزمني بالوقت {{time}}.',
  tsGenTimeInFuture: 'يدّعي الختم الزمني الوقت {{time}}، وهو لاحق للوقت الحالي ({{now}}).',
  tsImprintAlgorithmUnknown: 'أُنشئ الختم الزمني بخوارزمية تجزئة غير معروفة ({{algorithm}}).',
  tsImprintAlgorithmRefused: 'أُنشئ الختم الزمني بالخوارزمية {{algorithm}}، وهي لم تعد آمنة، لذا رُفض.',
  tsImprintMatches: 'تطابق تجزئة {{algorithm}} في الختم الزمني البياناتِ المختومة زمنيًا.',
  tsImprintMismatch:
    'لا تطابق تجزئة {{algorithm}} في الختم الزمني البياناتِ المختومة زمنيًا: فقد أُنشئ الختم على بيانات أخرى.',
  tsTsaCertificateMissing:
    'لا يحمل رمز الختم الزمني شهادة جهة الختم الزمني، ولا تطابقه أي شهادة ختم زمني موثوقة.',
  tsSignedAttributesMissing: 'لا يحتوي توقيع رمز الختم الزمني على سمات موقّعة.',
  tsContentTypeAttributeWrong:
    'قيمة السمة الموقّعة content-type في رمز الختم الزمني هي {{found}}، وليست id-ct-TSTInfo.',
  tsSignerDigestRefused: 'رمز الختم الزمني موقّع بخوارزمية التجزئة {{algorithm}}، وهي مرفوضة.',
  tsMessageDigestMissing: 'لا تتضمّن السمات الموقّعة لرمز الختم الزمني ملخّص الرسالة (message digest).',
  tsMessageDigestMismatch:
    'لا يطابق محتوى رمز الختم الزمني ملخّص {{algorithm}} الموقّع الخاص به: لقد عُدِّل الرمز.',
  tsSignedAttributesMatch: 'تُحدّد السمات الموقّعة لرمز الختم الزمني محتواه وملخّص {{algorithm}} الخاص به.',
  tsSigningCertificateMissing: 'لا يُحدّد رمز الختم الزمني شهادة توقيعه (لا توجد سمة signing-certificate).',
  tsSigningCertificateUnreadable: 'تتعذّر قراءة السمة signing-certificate في رمز الختم الزمني.',
  tsSigningCertificateMismatch:
    'تشير السمة {{attribute}} في رمز الختم الزمني إلى شهادة غير الشهادة التي وقّعته.',
  tsSigningCertificateMatches:
    'تشير السمة {{attribute}} في رمز الختم الزمني إلى شهادة التوقيع ({{algorithm}}).',
  tsSignatureValid: 'توقيع جهة الختم الزمني على الرمز صحيح.',
  tsSignatureInvalid: 'لا يجتاز توقيع جهة الختم الزمني على الرمز التحقق (الخوارزمية {{algorithm}}).',
  tsTsaUsageMissing:
    'شهادة الختم الزمني غير مخصّصة للختم الزمني (لا تتضمّن استخدام المفتاح الموسّع id-kp-timeStamping).',
  tsTsaUsageOtherPurposes:
    'يجوز استخدام شهادة الختم الزمني لأغراض أخرى أيضًا ({{purposes}})؛ في حين لا يجوز أن تُستخدم شهادة جهة الختم الزمني إلا للختم الزمني.',
  tsTsaUsageNotCritical:
    'استخدام المفتاح للختم الزمني في شهادة الختم الزمني غير مُعلَّم بأنه حرج (critical)، كما يتطلب RFC 3161.',
  tsTsaUsageOk: 'شهادة الختم الزمني مخصّصة للختم الزمني فقط (استخدام مفتاح موسّع حرج).',
  tsTsaNotValidAtGenTime:
    'لم تكن شهادة الختم الزمني صالحة في الوقت المُصرَّح به {{time}} (صالحة من {{from}} إلى {{to}}).',
  tsTsaValidAtGenTime:
    'كانت شهادة الختم الزمني صالحة في الوقت المُصرَّح به {{time}} (صالحة من {{from}} إلى {{to}}).',
  tsTsaNameNotCompared:
    'يُسمّي الختم الزمني جهته بصيغة (نوع الاسم العام GeneralName {{type}}) لا تخضع للمقارنة.',
  tsTsaNameMatches: 'يُسمّي الختم الزمني جهته {{name}}، وهو الاسم نفسه الوارد في شهادتها.',
  tsTsaNameMismatch: 'يُسمّي الختم الزمني جهته {{name}}، لكن شهادتها صادرة لـ {{subject}}.',
  tsTsaNoAnchors:
    'لا توجد جهة ختم زمني موثوقة، لذا لا يُثبت الختم الزمني الصادر عن {{subject}} شيئًا بشأن الوقت.',
  tsTsaUntrusted:
    'لا ترتبط جهة الختم الزمني {{subject}} بسلسلة شهادات بشهادة ختم زمني موثوقة، لذا فإن الوقت الذي تذكره غير مُثبَت.',
  tsTsaChainNotValidAtGenTime:
    'لم تكن شهادة جهة التصديق (CA) {{subject}} التابعة لجهة الختم الزمني صالحة في الوقت المُصرَّح به {{time}} (صالحة من {{from}} إلى {{to}}).',
  tsTsaTrusted:
    'ترتبط جهة الختم الزمني بسلسلة شهادات بالشهادة الموثوقة {{anchor}} (عدد الشهادات: {{length}}).',
  tsRevocationNotChecked: 'لم تُقدَّم أي قوائم إبطال، لذا لم يُفحص إبطال شهادة الختم الزمني.',
  tsRevocationNoIssuer: 'الجهة المُصدِرة لشهادة الختم الزمني غير معروفة، لذا لا يمكن فحص إبطالها.',
  tsRevocationListUnreadable: 'تتعذّر قراءة قائمة الإبطال {{index}}، وقد جرى تجاهلها.',
  tsRevocationNoList: 'لا تشمل {{subject}} أي قائمة إبطال مقدَّمة موقّعة من الجهة المُصدِرة لها.',
  tsTsaRevoked:
    'أُبطلت الشهادة {{subject}} في {{date}} (السبب: {{reason}})، لذا لا يُثبت ختمها الزمني بتاريخ {{time}} شيئًا.',
  tsTsaRevokedAfterGenTime:
    'أُبطلت الشهادة {{subject}} في {{date}} (السبب: {{reason}})، أي بعد الختم الزمني بتاريخ {{time}}، فيظل هذا الختم قائمًا.',
  tsTsaNotRevoked:
    'الشهادة {{subject}} غير مُبطَلة وفقًا للقائمة الصادرة في {{issued}}، أي بعد الختم الزمني بتاريخ {{time}}.',
  tsRevocationListTooOld:
    'صدرت أحدث قائمة إبطال لـ {{subject}} في {{issued}}، قبل الختم الزمني بتاريخ {{time}}: فلا يمكنها أن تُبيّن أن الشهادة كانت لا تزال سارية حينئذٍ.',
  timeCertNotValidAtProvenTime:
    'لم تكن الشهادة صالحة في الوقت المختوم زمنيًا {{time}} (صالحة من {{from}} إلى {{to}}).',
  timeClaimAfterProof: 'وقت التوقيع المُدّعى {{claimed}} لاحق للختم الزمني {{time}} المُنشأ على التوقيع.',
  timeCertValidAtProvenTime:
    'يُثبت ختم زمني موثوق أن التوقيع كان موجودًا في {{time}}، حين كانت الشهادة صالحة (من {{from}} إلى {{to}}).',
  timeCertNotValidAtClaimedTime:
    'لم تكن الشهادة صالحة في وقت التوقيع المُدّعى {{time}} (صالحة من {{from}} إلى {{to}}).',
  timeCertExpiredNoProof:
    'انتهت صلاحية الشهادة في {{to}}، ولا يوجد ختم زمني موثوق يُثبت أن التوقيع أُنشئ قبل ذلك؛ ولا يكفي الوقت المُدّعى وحده لإثبات ذلك (فُحص في {{now}}).',
  timeCertNotYetValid: 'الشهادة ليست صالحة بعدُ في {{now}} (صالحة من {{from}} إلى {{to}}).',
  timeCertValidAtClaimAndNow:
    'الشهادة صالحة في وقت التوقيع المُدّعى {{time}} وفي الوقت الحالي ({{now}})؛ والوقت يدّعيه الموقّع ولم يُثبَت.',
  timeCertValidNowNoClaim: 'لا يدّعي التوقيع أي وقت توقيع؛ والشهادة صالحة في الوقت الحالي ({{now}}).',
  timeClaimBeforeGenerated:
    'يدّعي التوقيع {{signature}} أنه أُنشئ في {{claimed}}، أي قبل إنشاء التقرير ({{time}}): فالوقت المُدّعى غير صحيح.',
  timeClaimBeforeDecision:
    'يدّعي التوقيع {{signature}} أنه أُنشئ في {{claimed}}، أي قبل تسجيل القرار الذي يوقّعه ({{time}}): فالوقت المُدّعى غير صحيح.',
  timeClaimOrderOk:
    'كل أوقات التوقيع مساوية لوقت إنشاء التقرير ({{generated}}) ووقت تسجيل القرار ({{decided}}) أو لاحقة لهما.',
  revSignatureAdded: 'يضيف الإصدار {{revision}} توقيعًا (الكائن {{object}}).',
  revDocTimestampAdded: 'يضيف الإصدار {{revision}} ختمًا زمنيًا للمستند (الكائن {{object}}).',
  revSignatureFieldAdded: 'يضيف الإصدار {{revision}} حقل التوقيع «{{field}}» (الكائن {{object}}).',
  revSignatureFieldSigned: 'يوقّع الإصدار {{revision}} حقل التوقيع الفارغ «{{field}}» (الكائن {{object}}).',
  revWidgetAdded:
    'يضيف الإصدار {{revision}} مربّع حقل التوقيع «{{field}}» في الصفحة {{page}} (الكائن {{object}}).',
  revAppearanceAdded: 'يضيف الإصدار {{revision}} الكائن {{object}} إلى مظهر حقل التوقيع «{{field}}».',
  revFormUpdated:
    'يُحدّث الإصدار {{revision}} النموذج التفاعلي ({{keys}}) من أجل توقيع جديد (الكائن {{object}}).',
  revAnnotsWidgetAdded:
    'يضيف الإصدار {{revision}} مربّع توقيع إلى التعليقات التوضيحية في الصفحة {{page}} (الكائن {{object}}).',
  revCatalogFormOrDss:
    'لا يغيّر الإصدار {{revision}} إلا {{keys}} في فهرس المستند (catalog)، من أجل توقيع أو بيانات التحقق منه (الكائن {{object}}).',
  revDssAdded:
    'يضيف الإصدار {{revision}} بيانات تحقق (شهادات، وقوائم إبطال CRL، واستجابات OCSP) في الكائن {{object}}.',
  revInfoDatesChanged: 'لا يغيّر الإصدار {{revision}} إلا {{keys}} في معلومات المستند (الكائن {{object}}).',
  revMetadataDatesChanged:
    'لا يغيّر الإصدار {{revision}} إلا التواريخ أو اسم البرنامج المُنتِج (producer) في بيانات XMP الوصفية (الكائن {{object}}).',
  revWidgetCoversPage:
    'يغطي مربّع حقل التوقيع «{{field}}» نسبة {{percent}}% من الصفحة {{page}}: قد يُخفي مظهره ما تعرضه الصفحة (الكائن {{object}}).',
  revUnusedObjectAdded: 'يضيف الإصدار {{revision}} الكائن {{object}}، ولا يستخدمه أي جزء من المستند.',
  revRootChanged: 'يضع الإصدار {{revision}} الكائن {{object}} بدلًا من فهرس المستند (catalog).',
  revCatalogChanged: 'يغيّر الإصدار {{revision}} {{keys}} في فهرس المستند (catalog) (الكائن {{object}}).',
  revCatalogObjectChanged:
    'يغيّر الإصدار {{revision}} الكائن {{object}}، وهو جزء من فهرس المستند (المخطط التفصيلي أو البنية أو إعدادات العارض).',
  revTrailerChanged: 'يغيّر الإصدار {{revision}} {{keys}} في ذيل الملف (trailer).',
  revPageChanged: 'يغيّر الإصدار {{revision}} {{keys}} في الصفحة {{page}} (الكائن {{object}}).',
  revPageContentChanged: 'يغيّر الإصدار {{revision}} ما تعرضه الصفحة {{page}} (الكائن {{object}}).',
  revPageContentAdded: 'يضيف الإصدار {{revision}} محتوى إلى الصفحة {{page}} (الكائن {{object}}).',
  revPageAdded: 'يضيف الإصدار {{revision}} الصفحة {{page}} (الكائن {{object}}).',
  revPageRemoved: 'يحذف الإصدار {{revision}} الصفحة {{page}} (الكائن {{object}}).',
  revPagesReordered: 'يغيّر الإصدار {{revision}} ترتيب الصفحات.',
  revPageTreeChanged: 'يغيّر الإصدار {{revision}} شجرة الصفحات (الكائن {{object}}).',
  revAnnotationAdded:
    'يضيف الإصدار {{revision}} تعليقًا توضيحيًا من نوع {{subtype}} إلى الصفحة {{page}} (الكائن {{object}}).',
  revAnnotationRemoved: 'يحذف الإصدار {{revision}} التعليق التوضيحي {{object}} من الصفحة {{page}}.',
  revAnnotsReordered: 'يغيّر الإصدار {{revision}} ترتيب التعليقات التوضيحية في الصفحة {{page}}.',
  revAnnotationChanged: 'يغيّر الإصدار {{revision}} كائن التعليق التوضيحي {{object}} في الصفحة {{page}}.',
  revEmbeddedFileChanged:
    'يغيّر الإصدار {{revision}} ملفًا مضمّنًا أو مواصفة الملف الخاصة به (الكائن {{object}}).',
  revEmbeddedFileAdded: 'يضيف الإصدار {{revision}} ملفًا مضمّنًا أو مواصفة ملف (الكائن {{object}}).',
  revNamesChanged:
    'يغيّر الإصدار {{revision}} {{keys}} في المستند (الملفات المضمّنة أو الوجهات المسمّاة أو البرامج النصية) (الكائن {{object}}).',
  revFieldAdded: 'يضيف الإصدار {{revision}} حقل النموذج «{{field}}»، وهو ليس حقل توقيع (الكائن {{object}}).',
  revFieldRemoved: 'يحذف الإصدار {{revision}} حقل النموذج «{{field}}» (الكائن {{object}}).',
  revFieldChanged: 'يغيّر الإصدار {{revision}} حقل النموذج «{{field}}» (الكائن {{object}}).',
  revFormChanged: 'يغيّر الإصدار {{revision}} {{keys}} في النموذج التفاعلي (الكائن {{object}}).',
  revFormObjectChanged: 'يغيّر الإصدار {{revision}} الكائن {{object}}، وهو جزء من النموذج التفاعلي.',
  revSignatureValueNotSignature:
    'يملأ الإصدار {{revision}} حقل التوقيع «{{field}}» بشيء ليس توقيعًا (الكائن {{object}}).',
  revSignatureValueReused:
    'يجعل الإصدار {{revision}} حقل التوقيع «{{field}}» يشير إلى الكائن {{object}}، الذي كان موجودًا من قبل.',
  revSignatureChanged: 'يغيّر الإصدار {{revision}} توقيعًا موجودًا أو حقله (الكائن {{object}}).',
  revInfoChanged: 'يغيّر الإصدار {{revision}} {{keys}} في معلومات المستند (الكائن {{object}}).',
  revMetadataChanged:
    'يغيّر الإصدار {{revision}} بيانات XMP الوصفية بما يتجاوز تواريخها واسم البرنامج المُنتِج (الكائن {{object}}).',
  revDssChanged: 'يغيّر الإصدار {{revision}}، عبر DSS، الكائن {{object}} الذي لم يكن من بيانات التحقق.',
  revObjectRemoved: 'يحذف الإصدار {{revision}} الكائن {{object}}.',
  revObjectChanged:
    'يغيّر الإصدار {{revision}} الكائن {{object}}، ولا يفسّر ذلك أيُّ تغيير مسموح به بعد التوقيع.',
  revObjectAdded: 'يضيف الإصدار {{revision}} الكائن {{object}}، ولا يفسّر ذلك أيُّ تغيير مسموح به بعد التوقيع.',
  revUpdateUnreadable: 'تتعذّر مقارنة الإصدار {{revision}} بالإصدار السابق له: {{reason}}.',
  revObjectUnreadable: 'يُعرّف الإصدار {{revision}} الكائن {{object}} تعريفًا تتعذّر قراءته: {{reason}}.',
  revCheckUnreadable:
    'تتعذّر قراءة بنية الإحالات المرجعية (cross-reference) في الملف، لذا لا يمكن الاعتماد على أي إصدار منه: {{reason}}.',
  revCheckSignatureNotAtRevision:
    'تنتهي البايتات الموقّعة في التوقيع الأول عند البايت {{end}}، وهو ليس نهاية أي إصدار من إصدارات الملف.',
  revCheckObjectsAfterSigning:
    'أُضيفت بعد التوقيع كائنات دون إحالة مرجعية (عددها: {{count}}؛ {{objects}}): قد يعرضها برنامج عرض يُصلح الملف.',
  revCheckUpdateWithoutXref: 'أُلحقت بعد التوقيع تحديثات دون إحالة مرجعية (عددها: {{count}}).',
  revCheckTrailingBytes: 'عدد البايتات التي تلي آخر إصدار من الملف: {{bytes}}.',
  revCheckObjectsUnreachable:
    'في الجزء الموقّع كائنات لا تصل إليها أي إحالة مرجعية (عددها: {{count}}؛ {{objects}})؛ ويجري تجاهلها.',
  revCheckRangeNotRevision:
    'تنتهي البايتات الموقّعة عند البايت {{end}}، وهو ليس نهاية أي إصدار تصفه الإحالات المرجعية.',
  revCheckDocumentTimestamp: 'ختم زمني للمستند وفق RFC 3161 (ETSI.RFC3161).',
  revCheckNothingChanged:
    'عدد إصدارات الملف: {{count}}؛ ولا شيء بعد الإصدار {{signed}} (التوقيع الأول) يغيّر ما يعرضه المستند.',
  contentEmbeddedUnreadable: 'تتعذّر قراءة الملف {{name}}: {{reason}}.',
  contentEmbeddedMissing: 'لا يحمل ملف PDF الملف المضمّن {{name}}؛ فهو ليس تقريرًا صادرًا عن Assay.',
  contentEmbeddedNotJson: 'الملف {{name}} ليس بصيغة JSON صالحة: {{reason}}.',
  contentEmbeddedBadFormat: 'لا يطابق الملف {{name}} أي صيغة تقرير: {{issues}}.',
  contentEmbeddedOk: 'الملف {{name}} موجود وسليم البنية ({{bytes}} بايت، الصيغة {{format}}).',
  contentNotChecked: 'لم يُفحص المحتوى لأنه لا يوجد أي توقيع صالح.',
  contentTemplateTooLarge: 'يتجاوز طول نموذج الاستبيان المضمّن الحد الأقصى لعدد الأحرف ({{limit}}).',
  contentTemplateHashMismatch: 'لا تطابق تجزئة نموذج الاستبيان المضمّن القيمة المثبَّتة {{ref}}.',
  contentTemplateHashOk: 'تطابق تجزئة نموذج الاستبيان المضمّن القيمة المثبَّتة {{ref}}.',
  contentScoreNotRecomputable: 'تتعذّر إعادة حساب الدرجة من البيانات المضمّنة: {{reason}}.',
  contentScoreDiffers:
    'تخالف النتيجة المضمّنة الدرجة المُعاد حسابها (المضمّنة ≠ المُعاد حسابها): {{differences}}.',
  contentScoreDetailsDiffer:
    'تُعطي إعادة الحساب المستوى والتوصية والمؤشرات التحذيرية نفسها، لكن تفاصيل أخرى للدرجة في النتيجة المضمّنة تختلف.',
  contentScoreOk:
    'تُعطي إعادة حساب الدرجة النتيجة نفسها: المستوى {{tier}}، والتوصية {{recommendation}}، وعدد المؤشرات التحذيرية: {{flags}}.',
  contentPageTextUnreadable: 'تتعذّر قراءة نص الصفحات: {{reason}}.',
  contentVisibleConflict: 'يطبع قسم التحقق في الصفحات قيمًا متعارضة للحقول: {{fields}}.',
  contentVisibleMismatch:
    'يخالف قسم التحقق المطبوع في الصفحات التقييمَ المضمّن، أو تنقصه، في الحقول التالية (الصفحة ≠ المضمّن): {{fields}}.',
  contentVisibleOk: 'يتطابق قسم التحقق المطبوع في الصفحات مع التقييم المضمّن.',
  contentSignerBindingNotRecorded:
    'ربط الموقّع غير مسجَّل: صدر هذا التقرير ({{format}}) قبل أن تُسمّي التقارير موقّعها، لذا قد يكون توقيعه صادرًا عن أي شهادة.',
  contentSignerNotNamed: 'لا يُسمّي التقرير أي موقّع في تقييمه المضمّن، ومع ذلك فهو موقّع.',
  contentSignerMismatch:
    'صدر التقرير للشهادة {{expected}}، لكن التوقيع {{signature}} أُنشئ بالشهادة {{actual}}: أعاد شخص آخر توقيع التقرير.',
  contentSignerBound: 'أُنشئ التوقيع الأول بالشهادة التي يُسمّيها التقرير ({{fingerprint}}).',
  certNoChanges:
    'توقيع تصديق (DocMDP P=1): لا يُسمح بعده بأي تغيير في المستند، باستثناء بيانات التحقق والطوابع الزمنية للمستند.',
  certFormFilling:
    'توقيع تصديق (DocMDP P=2): لا يُسمح بعده إلا بتعبئة النموذج وتوقيع حقول التوقيع الفارغة فيه.',
  certAnnotations: 'توقيع تصديق (DocMDP P=3): يُسمح بعده بتعبئة النموذج والتوقيع وإضافة التعليقات التوضيحية.',
  certPermissionsInvalid:
    'أذونات DocMDP للتصديق هي {{permissions}}، وليست 1 أو 2 أو 3: فهي لا تسمح بشيء يمكن التحقق منه.',
  certNotFirst:
    'يدّعي التوقيع {{number}} أنه يصدّق المستند (DocMDP)، لكن التوقيع الأول وحده في المستند يجوز له تصديقه.',
  certNotInPerms:
    'لا يشير المدخل ‎/Perms /DocMDP‎ في فهرس المستند إلى توقيع التصديق هذا (الكائن {{object}}).',
  revCertifiedSignatureRefused:
    'يضيف الإصدار {{revision}} توقيعًا (الكائن {{object}})، لكن التصديق لا يسمح بأي تغيير بعده (DocMDP P=1).',
  revCertifiedChangeRefused:
    'يغيّر الإصدار {{revision}} الكائن {{object}}، لكن التصديق لا يسمح بعده إلا ببيانات التحقق والطوابع الزمنية للمستند (DocMDP P=1).',
  revAnnotationPermitted:
    'يضيف الإصدار {{revision}} تعليقًا توضيحيًا من نوع {{subtype}} إلى الصفحة {{page}} (الكائن {{object}})، وهو ما يسمح به التصديق (DocMDP P=3).',
  revAnnotationChangePermitted:
    'يغيّر الإصدار {{revision}} التعليق التوضيحي {{object}} في الصفحة {{page}} أو يحذفه، وهو ما يسمح به التصديق (DocMDP P=3).',
  revAppearanceReplaced:
    'يعيد الإصدار {{revision}} كتابة الكائن {{object}}، وهو جزء من المظهر الفارغ لحقل التوقيع «{{field}}»، عند توقيع هذا الحقل.',
  revWidgetSigned:
    'يُحدّث الإصدار {{revision}} مربّع حقل التوقيع «{{field}}» (الكائن {{object}}) عند توقيع هذا الحقل.',
} as const satisfies LocaleMessages<typeof enVerifyMessages>;
