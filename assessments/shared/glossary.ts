/**
 * One term per concept, per language, across the template, the interface and the report.
 *
 * Preferred terms follow the official language versions of Regulation (EU) 2021/821 where the
 * Regulation has one (en, fr, es) and UN terminology otherwise (ar, ru, zh: the Regulation has no
 * official version in these languages). `verified` says honestly how far each term was checked:
 * `eur-lex` = seen in the text of the Regulation (or of Commission Recommendation (EU) 2024/2659
 * quoting it), `secondary` = seen only in secondary sources quoting EU texts, `unverified` = not
 * checked offline; these are listed in docs/glossary.md for translator review.
 *
 * `forms` are the substrings (matched case-insensitively, apostrophes normalised) that count as a
 * use of the preferred term, so inflected forms pass; `forbidden` are variants that must not appear
 * in any string of that language. Codes (STOP, ESC, NOTIFY, GAP) stay Latin in every language.
 * Pure data: no Node imports, so the renderer may import it too.
 */
export const GLOSSARY_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type GlossaryLanguage = (typeof GLOSSARY_LANGUAGES)[number];

export type Verification = 'eur-lex' | 'secondary' | 'unverified';

export interface GlossaryTerm {
  readonly preferred: string;
  /** Substrings that count as the term (inflections, plural); the preferred term always counts. */
  readonly forms?: readonly string[];
  readonly forbidden: readonly string[];
  readonly verified: Verification;
  readonly note?: string;
}

export interface GlossaryConcept {
  readonly id: string;
  readonly concept: string;
  /** Where the preferred terms come from. */
  readonly basis: string;
  /**
   * A regular expression (source) over the English string: every string whose English text
   * matches names the concept, so its translation must use the preferred term (or a form of it).
   */
  readonly namedBy?: string;
  /** Match `namedBy` and `forms` case-sensitively (codes). */
  readonly caseSensitive?: boolean;
  /** Strings whose value must be exactly the preferred term: UI key paths and report keys. */
  readonly exact?: { readonly ui: readonly string[]; readonly report: readonly string[] };
  readonly terms: Readonly<Record<GlossaryLanguage, GlossaryTerm>>;
}

const REG = 'Regulation (EU) 2021/821';

export const GLOSSARY: readonly GlossaryConcept[] = [
  {
    id: 'rec.approve',
    concept: 'Recommendation: approve',
    basis: `Methodology label. FR/ES avoid "Autoriser"/"Autorizar": in ${REG} "autorisation"/"autorización" is the licence itself.`,
    namedBy: '\\bapprov',
    exact: { ui: ['risk.recommendation.approve', 'wizard.recommendations.approve'], report: ['rec.approve'] },
    terms: {
      en: { preferred: 'Approve', forms: ['approv'], forbidden: [], verified: 'eur-lex' },
      fr: {
        preferred: 'Approuver',
        forms: ['approuv', 'approbation'],
        forbidden: ['Autoriser', 'Autoriser sous conditions'],
        verified: 'eur-lex',
        note: '"autorisation" is the licence in the French text of Art. 5',
      },
      es: { preferred: 'Aprobar', forms: ['aprob'], forbidden: ['Autorizar'], verified: 'secondary' },
      ar: {
        preferred: 'الموافقة',
        forms: ['موافق', 'يوافق', 'توافق'],
        forbidden: [],
        verified: 'unverified',
      },
      ru: { preferred: 'Одобрить', forms: ['одобр'], forbidden: ['Разрешить'], verified: 'unverified' },
      zh: { preferred: '批准', forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'rec.approve-with-conditions',
    concept: 'Recommendation: approve with conditions',
    basis: 'Methodology label; same verb as "approve".',
    exact: {
      ui: ['risk.recommendation.approve-with-conditions', 'wizard.recommendations.approve-with-conditions'],
      report: ['rec.approve-with-conditions'],
    },
    terms: {
      en: { preferred: 'Approve with conditions', forbidden: [], verified: 'eur-lex' },
      fr: {
        preferred: 'Approuver sous conditions',
        forbidden: ['Autoriser sous conditions'],
        verified: 'unverified',
      },
      es: {
        preferred: 'Aprobar con condiciones',
        forbidden: ['Autorizar con condiciones'],
        verified: 'unverified',
      },
      ar: { preferred: 'الموافقة بشروط', forbidden: [], verified: 'unverified' },
      ru: { preferred: 'Одобрить с условиями', forbidden: [], verified: 'unverified' },
      zh: { preferred: '附条件批准', forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'rec.refer',
    concept: 'Recommendation: refer (for a decision at a higher level)',
    basis:
      'Methodology label; must read the same where it is chosen (decision form) and where it is shown (risk panel, report).',
    namedBy: '\\brefer\\b',
    exact: { ui: ['risk.recommendation.refer', 'wizard.recommendations.refer'], report: ['rec.refer'] },
    terms: {
      en: { preferred: 'Refer', forbidden: [], verified: 'unverified' },
      fr: {
        preferred: 'Renvoyer pour examen',
        forms: ['renvoy', 'renvoi'],
        forbidden: ['Transmettre pour examen', 'Transmettez pour examen'],
        verified: 'unverified',
      },
      es: { preferred: 'Remitir', forms: ['remit', 'remisión'], forbidden: [], verified: 'unverified' },
      ar: { preferred: 'الإحالة', forms: ['إحالة', 'أحِل', 'أحل '], forbidden: [], verified: 'unverified' },
      ru: {
        preferred: 'Передать на рассмотрение',
        forms: ['на рассмотрение'],
        forbidden: [],
        verified: 'unverified',
      },
      zh: { preferred: '移交审查', forbidden: ['提交审议'], verified: 'unverified' },
    },
  },
  {
    id: 'rec.deny',
    concept: 'Recommendation: deny',
    basis: `Methodology label; "denial" as in ${REG} (refus / denegación).`,
    namedBy: '\\bden(y|ial)\\b',
    exact: { ui: ['risk.recommendation.deny', 'wizard.recommendations.deny'], report: ['rec.deny'] },
    terms: {
      en: { preferred: 'Deny', forms: ['denial'], forbidden: [], verified: 'eur-lex' },
      fr: { preferred: 'Refuser', forms: ['refus'], forbidden: [], verified: 'secondary' },
      es: {
        preferred: 'Denegar',
        forms: ['deneg', 'denieg'],
        forbidden: ['Rechazar'],
        verified: 'secondary',
      },
      ar: { preferred: 'الرفض', forms: ['رفض', 'ارفض'], forbidden: [], verified: 'unverified' },
      ru: { preferred: 'Отказать', forms: ['отказ', 'откаж'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '拒绝', forbidden: [], verified: 'unverified' },
    },
  },
  ...(
    [
      ['Low', { en: 'Low', fr: 'Faible', es: 'Bajo', ar: 'منخفض', ru: 'Низкий', zh: '低' }],
      ['Medium', { en: 'Medium', fr: 'Moyen', es: 'Medio', ar: 'متوسط', ru: 'Средний', zh: '中' }],
      ['High', { en: 'High', fr: 'Élevé', es: 'Alto', ar: 'مرتفع', ru: 'Высокий', zh: '高' }],
      [
        'Unacceptable',
        {
          en: 'Unacceptable',
          fr: 'Inacceptable',
          es: 'Inaceptable',
          ar: 'غير مقبول',
          ru: 'Неприемлем',
          zh: '不可接受',
        },
      ],
    ] as const
  ).map(([tier, names]): GlossaryConcept => ({
    id: `tier.${tier}`,
    concept: `Risk tier: ${tier}`,
    basis:
      'Methodology label; identical in the tier filter, the risk panel, the questionnaire and the report.',
    ...(tier === 'Unacceptable' ? { namedBy: '\\bUnacceptable\\b' } : {}),
    exact: { ui: [`tier.${tier}`, `risk.tier.${tier}`, `wizard.tiers.${tier}`], report: [`tier.${tier}`] },
    terms: {
      en: { preferred: names.en, forbidden: [], verified: 'unverified' },
      fr: { preferred: names.fr, forbidden: [], verified: 'unverified' },
      es: { preferred: names.es, forbidden: [], verified: 'unverified' },
      ar: { preferred: names.ar, forbidden: [], verified: 'unverified' },
      // Russian tier names are adjectives agreeing with «уровень»; «Неприемлем» covers «Неприемлемый».
      ru: {
        preferred: tier === 'Unacceptable' ? 'Неприемлемый' : names.ru,
        forms: [names.ru],
        forbidden: [],
        verified: 'unverified',
      },
      zh: { preferred: names.zh, forbidden: [], verified: 'unverified' },
    },
  })),
  {
    id: 'red-flag',
    concept: 'Red flag',
    basis: 'Export-control compliance usage (EU ICP guidance); AR per UN usage المؤشرات التحذيرية.',
    namedBy: '\\bred[ -]flags?\\b',
    terms: {
      en: { preferred: 'red flag', forms: ['red-flag'], forbidden: [], verified: 'unverified' },
      fr: {
        preferred: "signal d'alerte",
        forms: ["signaux d'alerte"],
        forbidden: [],
        verified: 'unverified',
      },
      es: {
        preferred: 'señal de alerta',
        forms: ['señales de alerta'],
        forbidden: [],
        verified: 'unverified',
      },
      ar: {
        preferred: 'المؤشرات التحذيرية',
        forms: ['تحذيري'],
        forbidden: ['المؤشرات الحمراء', 'مؤشر أحمر', 'مؤشرات حمراء', 'العلامة الحمراء', 'علامة حمراء'],
        verified: 'unverified',
      },
      ru: { preferred: 'тревожный признак', forms: ['тревожн'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '危险信号', forbidden: ['警示标志'], verified: 'unverified' },
    },
  },
  ...(
    [
      ['STOP', 'presumption of denial; tier Unacceptable'],
      ['ESC', 'escalation: at least refer'],
      ['NOTIFY', 'notification to the competent authority'],
      ['GAP', 'data gap: blocks approval'],
    ] as const
  ).map(([code, meaning]): GlossaryConcept => ({
    id: `flag.${code}`,
    concept: `Flag code ${code} (${meaning})`,
    basis: 'Methodology code: stays in Latin capitals in every language.',
    namedBy: `\\b${code}\\b`,
    caseSensitive: true,
    terms: {
      en: { preferred: code, forbidden: [], verified: 'eur-lex', note: 'code, not translated' },
      fr: { preferred: code, forbidden: [], verified: 'eur-lex', note: 'code, not translated' },
      es: {
        preferred: code,
        forbidden: code === 'STOP' ? ['Detención'] : [],
        verified: 'eur-lex',
        note: 'code, not translated',
      },
      ar: {
        preferred: code,
        forbidden: code === 'STOP' ? ['«توقّف»', 'توقّف:'] : [],
        verified: 'eur-lex',
        note: 'code, not translated',
      },
      ru: {
        preferred: code,
        forbidden: code === 'STOP' ? ['Стоп'] : [],
        verified: 'eur-lex',
        note: 'code, not translated',
      },
      zh: {
        preferred: code,
        forbidden: code === 'STOP' ? ['“停止”', '停止：'] : [],
        verified: 'eur-lex',
        note: 'code, not translated',
      },
    },
  })),
  {
    id: 'sanctions',
    concept: 'Sanctions (restrictive measures; sanctions lists)',
    basis: 'EU restrictive measures; UN Security Council sanctions (AR الجزاءات per UN usage).',
    namedBy: '\\bsanctions?\\b',
    terms: {
      en: { preferred: 'sanctions', forms: ['sanction'], forbidden: [], verified: 'eur-lex' },
      fr: { preferred: 'sanctions', forms: ['sanction'], forbidden: [], verified: 'unverified' },
      es: { preferred: 'sanciones', forms: ['sancion'], forbidden: [], verified: 'unverified' },
      ar: { preferred: 'الجزاءات', forms: ['جزاء'], forbidden: ['عقوبات', 'عقوبة'], verified: 'unverified' },
      ru: { preferred: 'санкции', forms: ['санкци'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '制裁', forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'screening',
    concept: 'Screening (of parties against sanctions lists)',
    basis: 'Compliance usage; FR "filtrage" as required by the legal review.',
    namedBy: '\\b(re-)?screen(ing|ed)\\b|\\bScreens\\b|\\bto screen\\b',
    terms: {
      en: { preferred: 'screening', forms: ['screen'], forbidden: [], verified: 'unverified' },
      fr: {
        preferred: 'filtrage',
        forms: ['filtr'],
        forbidden: ['criblage', 'crible', 'cribler', 'criblé', 'criblée', 'criblées', 'criblés'],
        verified: 'unverified',
      },
      es: {
        preferred: 'cribado',
        forms: ['criba', 'cribad'],
        forbidden: ['cotejo', 'coteja', 'cotejar', 'cotejan', 'cotejada', 'cotejadas'],
        verified: 'unverified',
      },
      ar: {
        preferred: 'الفحص',
        forms: ['فحص', 'فُحص'],
        forbidden: ['التدقيق في القوائم', 'تدقيق الأطراف', 'تشغيل التدقيق', 'يدقّق'],
        verified: 'unverified',
      },
      ru: { preferred: 'проверка по спискам', forms: ['провер'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '筛查', forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'end-user',
    concept: 'End user',
    basis: `${REG} (utilisateur final / usuario final); Commission Recommendation (EU) 2024/2659.`,
    namedBy: '\\bend[ -]users?\\b',
    terms: {
      en: {
        preferred: 'end user',
        forbidden: ['end-user'],
        verified: 'unverified',
        note: 'the Regulation may hyphenate "end-user"',
      },
      fr: {
        preferred: 'utilisateur final',
        forms: ['utilisateurs finals'],
        forbidden: ['utilisateurs finaux'],
        verified: 'eur-lex',
      },
      es: { preferred: 'usuario final', forms: ['usuarios finales'], forbidden: [], verified: 'secondary' },
      ar: {
        preferred: 'المستخدم النهائي',
        forms: ['لمستخدم النهائي', 'مستخدم نهائي', 'المستخدمين النهائيين', 'مستخدمين نهائيين'],
        forbidden: [],
        verified: 'unverified',
      },
      ru: {
        preferred: 'конечный пользователь',
        forms: [
          'конечн пользовател',
          'конечного пользовател',
          'конечному пользовател',
          'конечным пользовател',
          'конечном пользовател',
          'конечные пользовател',
          'конечных пользовател',
        ],
        forbidden: [],
        verified: 'unverified',
      },
      zh: { preferred: '最终用户', forbidden: ['终端用户'], verified: 'unverified' },
    },
  },
  {
    id: 'end-use',
    concept: 'End use',
    basis: `${REG} (utilisation finale / uso final).`,
    namedBy: '\\bend[ -]use\\b',
    terms: {
      en: {
        preferred: 'end use',
        forms: ['end-use'],
        forbidden: [],
        verified: 'unverified',
        note: '"end-use statement" keeps the hyphen as a compound adjective',
      },
      fr: {
        preferred: 'utilisation finale',
        forms: ['utilisations finales'],
        forbidden: [],
        verified: 'unverified',
      },
      es: { preferred: 'uso final', forms: ['usos finales'], forbidden: [], verified: 'secondary' },
      ar: {
        preferred: 'الاستخدام النهائي',
        forms: ['لاستخدام النهائي', 'استخدام نهائي'],
        forbidden: [],
        verified: 'unverified',
      },
      ru: {
        preferred: 'конечное использование',
        forms: [
          'конечного использовани',
          'конечном использовани',
          'конечному использовани',
          'конечным использовани',
        ],
        forbidden: [],
        verified: 'unverified',
      },
      zh: { preferred: '最终用途', forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'consignee',
    concept: 'Consignee',
    basis: `${REG}, Annex III (export authorisation form).`,
    namedBy: '\\bconsignees?\\b',
    terms: {
      en: { preferred: 'consignee', forbidden: [], verified: 'unverified' },
      fr: { preferred: 'destinataire', forbidden: [], verified: 'unverified' },
      es: { preferred: 'destinatario', forbidden: [], verified: 'unverified' },
      ar: {
        preferred: 'المرسَل إليه',
        forms: ['المرسل إليه', 'والمرسَل إليه'],
        forbidden: [],
        verified: 'unverified',
      },
      ru: { preferred: 'грузополучатель', forms: ['грузополучател'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '收货人', forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'intermediary',
    concept: 'Intermediary (distributor, integrator, broker between exporter and end user)',
    basis: `${REG}, Annex III ("intermediary").`,
    namedBy: '\\bintermediar(y|ies)\\b',
    terms: {
      en: { preferred: 'intermediary', forms: ['intermediar'], forbidden: [], verified: 'unverified' },
      fr: { preferred: 'intermédiaire', forbidden: [], verified: 'unverified' },
      es: { preferred: 'intermediario', forms: ['intermediari'], forbidden: [], verified: 'unverified' },
      ar: { preferred: 'الوسيط', forms: ['وسيط', 'وسطاء'], forbidden: [], verified: 'unverified' },
      ru: { preferred: 'посредник', forms: ['посредни'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '中间商', forbidden: ['中间人'], verified: 'unverified' },
    },
  },
  {
    id: 'interception',
    concept: 'Interception / lawful interception',
    basis: `${REG}, Annex I 5A001.f / 5A004 ("interception"); ITU/UN usage for "lawful interception".`,
    namedBy: '\\bintercept',
    terms: {
      en: { preferred: 'lawful interception', forms: ['intercept'], forbidden: [], verified: 'unverified' },
      fr: { preferred: 'interception légale', forms: ['intercept'], forbidden: [], verified: 'unverified' },
      es: { preferred: 'interceptación legal', forms: ['intercept'], forbidden: [], verified: 'unverified' },
      ar: { preferred: 'الاعتراض القانوني', forms: ['اعتراض'], forbidden: [], verified: 'unverified' },
      ru: { preferred: 'законный перехват', forms: ['перехват'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '合法监听', forms: ['监听', '截获'], forbidden: ['拦截'], verified: 'unverified' },
    },
  },
  {
    id: 'intrusion-software',
    concept: 'Intrusion software / spyware',
    basis: `${REG}, Annex I, Category 4 ("intrusion software", Wassenaar Arrangement definition).`,
    namedBy: '\\b(intrusion software|spyware)\\b',
    terms: {
      en: { preferred: 'intrusion software', forms: ['spyware'], forbidden: [], verified: 'unverified' },
      fr: {
        preferred: "logiciel d'intrusion",
        forms: ["logiciels d'intrusion", 'logiciel espion', 'logiciels espions'],
        forbidden: [],
        verified: 'unverified',
      },
      es: {
        preferred: 'software de intrusión',
        forms: ['programas espía', 'software espía'],
        forbidden: [],
        verified: 'unverified',
      },
      ar: { preferred: 'برمجيات التسلل', forms: ['تسلل', 'التجسس'], forbidden: [], verified: 'unverified' },
      ru: {
        preferred: 'программное обеспечение для вторжения',
        forms: ['вторжени', 'шпионск'],
        forbidden: [],
        verified: 'unverified',
      },
      zh: { preferred: '入侵软件', forms: ['间谍软件'], forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'cyber-surveillance-items',
    concept: 'Cyber-surveillance items',
    basis: `${REG}, Art. 2(20) and Art. 5.`,
    namedBy: '\\bcyber-?surveillance\\b',
    terms: {
      en: {
        preferred: 'cyber-surveillance items',
        forms: ['cyber-surveillance'],
        forbidden: [],
        verified: 'eur-lex',
      },
      fr: {
        preferred: 'biens de cybersurveillance',
        forms: ['cybersurveillance'],
        forbidden: ['cyber-surveillance'],
        verified: 'eur-lex',
      },
      es: {
        preferred: 'productos de cibervigilancia',
        forms: ['cibervigilancia'],
        forbidden: [],
        verified: 'secondary',
      },
      ar: {
        preferred: 'مواد المراقبة السيبرانية',
        forms: ['المراقبة السيبرانية'],
        forbidden: [],
        verified: 'unverified',
      },
      ru: {
        preferred: 'товары кибернаблюдения',
        forms: ['кибернаблюдени'],
        forbidden: [],
        verified: 'unverified',
      },
      zh: { preferred: '网络监控物项', forms: ['网络监控'], forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'post-shipment-verification',
    concept: 'Post-shipment verification',
    basis: 'Export-control compliance usage (EU ICP guidance, Recommendation (EU) 2019/1318).',
    namedBy: '\\bpost-shipment\\b',
    terms: {
      en: {
        preferred: 'post-shipment verification',
        forms: ['post-shipment'],
        forbidden: [],
        verified: 'unverified',
      },
      fr: {
        preferred: 'vérification après expédition',
        forms: ['après expédition'],
        forbidden: [],
        verified: 'unverified',
      },
      es: {
        preferred: 'verificación posterior al envío',
        forms: ['posterior al envío'],
        forbidden: [],
        verified: 'unverified',
      },
      ar: { preferred: 'التحقق بعد الشحن', forms: ['بعد الشحن'], forbidden: [], verified: 'unverified' },
      ru: {
        preferred: 'проверка после отгрузки',
        forms: ['после отгрузки'],
        forbidden: ['после поставки'],
        verified: 'unverified',
      },
      zh: { preferred: '装运后核查', forms: ['装运后'], forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'human-rights-defender',
    concept: 'Human-rights defender',
    basis:
      'UN Declaration on Human Rights Defenders (A/RES/53/144) and the mandate of the UN Special Rapporteur.',
    namedBy: '\\bhuman[- ]rights defenders?\\b',
    terms: {
      en: {
        preferred: 'human-rights defender',
        forms: ['human rights defender'],
        forbidden: [],
        verified: 'unverified',
      },
      fr: {
        preferred: "défenseur des droits de l'homme",
        forms: ["défenseurs des droits de l'homme"],
        forbidden: ['défenseurs des droits humains', 'défenseur des droits humains'],
        verified: 'unverified',
      },
      es: {
        preferred: 'defensor de los derechos humanos',
        forms: ['defensores de los derechos humanos'],
        forbidden: [],
        verified: 'unverified',
      },
      ar: { preferred: 'المدافعون عن حقوق الإنسان', forms: ['مدافع'], forbidden: [], verified: 'unverified' },
      ru: { preferred: 'правозащитник', forbidden: [], verified: 'unverified' },
      zh: { preferred: '人权维护者', forbidden: ['人权捍卫者'], verified: 'unverified' },
    },
  },
  {
    id: 'data-gap',
    concept: 'Data gap',
    basis: 'Methodology term (open gaps block approval).',
    namedBy: '(?<!unsigned )\\bgaps?\\b',
    terms: {
      en: { preferred: 'data gap', forms: ['gap'], forbidden: [], verified: 'unverified' },
      fr: { preferred: 'lacune de données', forms: ['lacune'], forbidden: [], verified: 'unverified' },
      es: { preferred: 'laguna de datos', forms: ['laguna'], forbidden: [], verified: 'unverified' },
      ar: { preferred: 'ثغرة البيانات', forms: ['ثغر'], forbidden: [], verified: 'unverified' },
      ru: { preferred: 'пробел в данных', forms: ['пробел'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '数据缺口', forms: ['缺口'], forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'evidence',
    concept: 'Evidence',
    basis: 'UN human-rights fact-finding usage.',
    namedBy: '\\bevidence\\b',
    terms: {
      en: { preferred: 'evidence', forbidden: [], verified: 'unverified' },
      fr: { preferred: 'éléments de preuve', forms: ['preuve'], forbidden: [], verified: 'unverified' },
      es: { preferred: 'pruebas', forms: ['prueba', 'probatori'], forbidden: [], verified: 'unverified' },
      ar: {
        preferred: 'الأدلة',
        forms: ['أدلة', 'دليل', 'أدلّة', 'أدلت'],
        forbidden: [],
        verified: 'unverified',
      },
      ru: {
        preferred: 'доказательства',
        forms: ['доказательств', 'материал'],
        forbidden: [],
        verified: 'unverified',
        note: 'an evidence item is «доказательственный материал», shortened to «материал»',
      },
      zh: { preferred: '证据', forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'licence',
    concept: 'Licence (export authorisation)',
    basis: `${REG}, Chapter III (autorisation d'exportation / autorización de exportación).`,
    namedBy: '\\blicen[cs]es?\\b',
    terms: {
      en: {
        preferred: 'licence',
        forbidden: ['license', 'licenses'],
        verified: 'unverified',
        note: 'the Regulation says "export authorisation"; "licence" is kept as the everyday word',
      },
      fr: { preferred: 'autorisation', forbidden: ['licence', 'licences'], verified: 'eur-lex' },
      es: {
        preferred: 'autorización',
        forms: ['autorizaci'],
        forbidden: ['licencia', 'licencias'],
        verified: 'secondary',
      },
      ar: { preferred: 'الترخيص', forms: ['ترخيص', 'تراخيص'], forbidden: [], verified: 'unverified' },
      ru: { preferred: 'лицензия', forms: ['лиценз'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '许可证', forms: ['许可'], forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'competent-authority',
    concept: 'Competent authority',
    basis: `${REG}, Art. 5(2).`,
    namedBy: '\\bcompetent authority\\b',
    terms: {
      en: { preferred: 'competent authority', forbidden: [], verified: 'eur-lex' },
      fr: { preferred: 'autorité compétente', forbidden: [], verified: 'eur-lex' },
      es: {
        preferred: 'autoridad competente',
        forms: ['autoridades competentes'],
        forbidden: [],
        verified: 'secondary',
      },
      ar: { preferred: 'السلطة المختصة', forms: ['لسلطة المختصة'], forbidden: [], verified: 'unverified' },
      ru: { preferred: 'компетентный орган', forms: ['компетентн'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '主管机关', forbidden: ['主管当局'], verified: 'unverified' },
    },
  },
  {
    id: 'due-diligence',
    concept: 'Due diligence',
    basis: `${REG}, Art. 5(2) ("due diligence findings" / "résultats des procédures de vigilance"); UN Guiding Principles on Business and Human Rights.`,
    namedBy: '\\bdue[- ]diligence\\b',
    terms: {
      en: { preferred: 'due diligence', forms: ['due-diligence'], forbidden: [], verified: 'eur-lex' },
      fr: { preferred: 'vigilance', forbidden: ['diligence raisonnable'], verified: 'eur-lex' },
      es: { preferred: 'diligencia debida', forbidden: ['debida diligencia'], verified: 'secondary' },
      ar: { preferred: 'العناية الواجبة', forbidden: [], verified: 'unverified' },
      ru: {
        preferred: 'должная осмотрительность',
        forms: ['должной осмотрительност'],
        forbidden: [],
        verified: 'unverified',
      },
      zh: { preferred: '尽职调查', forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'severity',
    concept: 'Severity',
    basis:
      'UN Guiding Principles on Business and Human Rights, Principle 14 (scale, scope, irremediability).',
    namedBy: '\\bseverity\\b',
    terms: {
      en: { preferred: 'severity', forbidden: [], verified: 'unverified' },
      fr: { preferred: 'gravité', forbidden: [], verified: 'unverified' },
      es: { preferred: 'gravedad', forbidden: ['severidad'], verified: 'unverified' },
      ar: { preferred: 'الخطورة', forms: ['خطورة'], forbidden: ['الشدة'], verified: 'unverified' },
      ru: { preferred: 'тяжесть', forms: ['тяжест'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '严重程度', forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'likelihood',
    concept: 'Likelihood',
    basis: 'Risk-assessment usage (ISO 31000 language versions).',
    namedBy: '\\blikelihood\\b',
    terms: {
      en: { preferred: 'likelihood', forbidden: [], verified: 'unverified' },
      fr: { preferred: 'probabilité', forbidden: ['vraisemblance'], verified: 'unverified' },
      es: { preferred: 'probabilidad', forbidden: [], verified: 'unverified' },
      ar: { preferred: 'الاحتمال', forms: ['احتمال'], forbidden: [], verified: 'unverified' },
      ru: { preferred: 'вероятность', forms: ['вероятност'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '可能性', forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'risk-tier',
    concept: 'Risk tier',
    basis: 'Methodology term.',
    namedBy: '\\btiers?\\b',
    terms: {
      en: { preferred: 'risk tier', forms: ['tier'], forbidden: [], verified: 'unverified' },
      fr: { preferred: 'niveau de risque', forms: ['niveau'], forbidden: [], verified: 'unverified' },
      es: { preferred: 'nivel de riesgo', forms: ['nivel'], forbidden: [], verified: 'unverified' },
      ar: { preferred: 'مستوى المخاطر', forms: ['مستوى', 'المستوى'], forbidden: [], verified: 'unverified' },
      ru: { preferred: 'уровень риска', forms: ['уров'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '风险等级', forms: ['等级'], forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'assessor',
    concept: 'Assessor',
    basis: 'Methodology role.',
    namedBy: '\\bassessor',
    terms: {
      en: { preferred: 'assessor', forbidden: [], verified: 'unverified' },
      fr: { preferred: 'évaluateur', forms: ['évaluat'], forbidden: [], verified: 'unverified' },
      es: { preferred: 'evaluador', forms: ['evaluad'], forbidden: [], verified: 'unverified' },
      ar: { preferred: 'المقيّم', forms: ['مقيّم', 'مُقيِّم', 'مقيِّم'], forbidden: [], verified: 'unverified' },
      ru: { preferred: 'эксперт-оценщик', forms: ['эксперт'], forbidden: [], verified: 'unverified' },
      zh: { preferred: '评估人员', forbidden: [], verified: 'unverified' },
    },
  },
  {
    id: 'art-5-2',
    concept: `Citation: Article 5(2) of ${REG}`,
    basis:
      'Official citation form of each language version (EU Interinstitutional Style Guide; UN editorial style for ar/ru/zh).',
    namedBy: '5\\(2\\)',
    terms: {
      en: {
        preferred: 'Article 5(2) of Regulation (EU) 2021/821',
        forbidden: ['Art. 5(2)'],
        verified: 'eur-lex',
      },
      fr: {
        preferred: 'article 5, paragraphe 2, du règlement (UE) 2021/821',
        forbidden: ['art. 5, paragraphe 2', 'article 5(2)', 'art. 5(2)'],
        verified: 'eur-lex',
      },
      es: {
        preferred: 'artículo 5, apartado 2, del Reglamento (UE) 2021/821',
        forbidden: ['art. 5, apartado 2', 'artículo 5(2)', 'art. 5(2)'],
        verified: 'unverified',
      },
      ar: {
        preferred: 'الفقرة 2 من المادة 5 من اللائحة (الاتحاد الأوروبي) 2021/821',
        forbidden: ['المادة 5(2)'],
        verified: 'unverified',
      },
      ru: {
        preferred: 'пункт 2 статьи 5 Регламента (ЕС) 2021/821',
        forms: ['пунктом 2 статьи 5 Регламента (ЕС) 2021/821', 'пункта 2 статьи 5 Регламента (ЕС) 2021/821'],
        forbidden: ['п. 2 ст. 5', 'ст. 5(2)'],
        verified: 'unverified',
      },
      zh: {
        preferred: '欧盟第2021/821号条例第5条第2款',
        forbidden: ['第 5(2) 条', '第5(2)条'],
        verified: 'unverified',
      },
    },
  },
];
