// Tables of the evaluation set, written for it alone: they must never be shared with the name
// matcher (assessments/reference/matching), or the set would grade the matcher against itself.

/** Spellings of one name that transliteration systems produce; each row is one name. */
export const TRANSLITERATION_GROUPS: readonly (readonly string[])[] = [
  ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'muhammed', 'mohamad'],
  ['ahmed', 'ahmad'],
  ['abdul', 'abdel', 'abd al'],
  ['abdullah', 'abdallah', 'abdulla'],
  ['abdulrahman', 'abdul rahman', 'abdelrahman'],
  ['hussein', 'husain', 'hussain', 'husayn'],
  ['hassan', 'hasan'],
  ['osama', 'usama'],
  ['omar', 'umar'],
  ['othman', 'uthman', 'osman'],
  ['yusuf', 'youssef', 'yousef', 'yusef'],
  ['ibrahim', 'ebrahim'],
  ['khalid', 'khaled'],
  ['said', 'saeed', 'saeid'],
  ['mahmoud', 'mahmud', 'mahmood'],
  ['mustafa', 'mustapha', 'mostafa'],
  ['abu', 'abou'],
  ['nasser', 'nasir', 'naser'],
  ['ali', 'aly'],
  ['jamal', 'gamal'],
  ['jafar', 'jaafar', 'ja far'],
  ['qasim', 'kassem', 'qassem'],
  ['karim', 'kareem'],
  ['rahman', 'rehman'],
  ['nikolai', 'mykola', 'nikolay'],
  ['yuriy', 'yury', 'yuri', 'iurii'],
  ['sergey', 'sergei', 'serhiy'],
  ['aleksandr', 'alexander', 'oleksandr'],
  ['aleksey', 'alexei', 'oleksiy'],
  ['dmitry', 'dmitriy', 'dmytro'],
  ['andrey', 'andrei', 'andriy'],
  ['vladimir', 'volodymyr'],
  ['yevgeny', 'evgeny', 'yevgeniy'],
  ['mikhail', 'mykhailo'],
  ['kim', 'gim'],
  ['choe', 'choi'],
  ['ri', 'rhee', 'lee'],
  ['pak', 'park'],
];

/** Spelling rules that differ between transliteration systems, applied inside a word. */
export const TRANSLITERATION_RULES: readonly (readonly [string, string])[] = [
  ['dj', 'j'],
  ['ou', 'u'],
  ['kh', 'h'],
  ['ph', 'f'],
  ['ee', 'i'],
  ['oo', 'u'],
  ['sh', 'ch'],
  ['q', 'k'],
  ['y', 'i'],
  ['ei', 'ey'],
  ['ts', 'tz'],
];

/** Legal forms of organisations: short and long spellings of one form per row. */
export const LEGAL_FORMS: readonly (readonly string[])[] = [
  ['llc', 'limited liability company', 'l.l.c.'],
  ['ltd', 'limited', 'ltd.'],
  ['co', 'company', 'co.'],
  ['corp', 'corporation', 'corp.'],
  ['inc', 'incorporated', 'inc.'],
  ['s.a.', 'sa', 'sociedad anonima', 'societe anonyme'],
  ['gmbh', 'gesellschaft mit beschrankter haftung'],
  ['jsc', 'joint stock company', 'ao'],
  ['ojsc', 'open joint stock company', 'oao'],
  ['cjsc', 'closed joint stock company', 'zao'],
  ['pjsc', 'public joint stock company', 'pao'],
  ['ooo', 'obshchestvo s ogranichennoy otvetstvennostyu'],
  ['fze', 'free zone establishment'],
  ['plc', 'public limited company'],
  ['s.r.l.', 'srl', 'societa a responsabilita limitata'],
  ['pte ltd', 'private limited'],
];

/** Given names common in the scripts the lists use, for names that are on no list. */
// prettier-ignore
export const GIVEN_NAMES = {
  latin: [
    'Anna', 'Thomas', 'Maria', 'Peter', 'Sophie', 'Lucas', 'Emma', 'Daniel', 'Laura', 'Martin',
    'Claire', 'Julien', 'Isabel', 'Carlos', 'Lucia', 'Javier', 'Ingrid', 'Lars', 'Fatima', 'Amina',
    'Karim', 'Leila', 'Samir', 'Nadia', 'Tariq', 'Yasmin', 'Olga', 'Irina', 'Pavel', 'Natalia', 'Boris',
    'Tatiana', 'Wei', 'Mei', 'Jun', 'Hana', 'Kenji', 'Yuki', 'Priya', 'Rahul', 'Chidi', 'Ngozi',
    'Kwame', 'Abena', 'Giulia', 'Marco', 'Eva', 'Jonas', 'Ewa', 'Tomasz',
  ],
  arabic: [
    'سارة', 'ليلى', 'منى', 'هدى', 'ريم', 'نادية', 'سمير', 'طارق', 'وليد', 'رامي', 'هشام', 'كريم',
    'زياد', 'باسل', 'نبيل', 'مروان', 'فادي', 'سامي', 'رنا', 'دينا',
  ],
  cyrillic: [
    'Анна', 'Ольга', 'Ирина', 'Наталья', 'Елена', 'Татьяна', 'Павел', 'Борис', 'Игорь', 'Олег',
    'Максим', 'Артём', 'Денис', 'Роман', 'Степан', 'Вера', 'Полина', 'Григорий', 'Лев', 'Кирилл',
  ],
  cjk: [
    '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '洋', '艳', '杰', '涛', '明', '超', '霞', '平',
  ],
} as const;

/** Family names common in the same scripts. */
// prettier-ignore
export const FAMILY_NAMES = {
  latin: [
    'Schneider', 'Fischer', 'Weber', 'Moreau', 'Laurent', 'Girard', 'Garcia', 'Fernandez', 'Lopez',
    'Martinez', 'Rossi', 'Bianchi', 'Lindqvist', 'Johansson', 'Novak', 'Kowalski', 'Nowak', 'Smirnova',
    'Volkova', 'Petrova', 'Okafor', 'Mensah', 'Tanaka', 'Suzuki', 'Watanabe', 'Nguyen', 'Tran',
    'Sharma', 'Patel', 'Haddad', 'Khoury', 'Mansour', 'Saleh', 'Nassar', 'Farouk', 'Wang', 'Zhang',
    'Liu', 'Chen', 'Yang', 'Huang', 'Jensen', 'Hansen', 'Dubois', 'Lambert', 'Silva', 'Santos',
    'Oliveira', 'Kruger', 'Becker',
  ],
  arabic: [
    'الحداد', 'الخوري', 'منصور', 'صالح', 'النجار', 'العطار', 'الشامي', 'حمدان', 'البزاز', 'الصباغ',
    'الخطيب', 'الحلبي', 'يوسف', 'عيسى', 'سليمان', 'داود', 'خليل', 'فارس', 'نصار', 'بركات',
  ],
  cyrillic: [
    'Смирнов', 'Кузнецов', 'Попов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов', 'Волков', 'Соловьёв',
    'Васильев', 'Зайцев', 'Павлов', 'Семёнов', 'Голубев', 'Виноградов', 'Богданов', 'Воробьёв',
    'Фёдоров', 'Михайлов', 'Беляев',
  ],
  cjk: [
    '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭',
  ],
} as const;

/** Words of ordinary company names, with the legal forms above, for organisations on no list. */
// prettier-ignore
export const COMPANY_WORDS = [
  'Northern', 'Atlas', 'Harbour', 'Green', 'Valley', 'Summit', 'Blue', 'River', 'Precision', 'Optical',
  'Logistics', 'Textiles', 'Agro', 'Dairy', 'Software', 'Consulting', 'Freight', 'Packaging',
  'Ceramics', 'Bakery', 'Pharma', 'Medical', 'Solar', 'Marine', 'Furniture', 'Print', 'Alpine',
  'Coastal', 'Orchard', 'Meridian',
];
