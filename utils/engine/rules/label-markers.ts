export type Qualification = 'medical' | 'legal' | 'finance' | 'education';
/** A body licensed for that kind of advice (a hospital, a law firm …): it qualifies an organisation, not a person. */
export type QualifiedBody = `${Qualification}-body`;
export type LabelMarker = 'company' | 'media-body' | 'club' | Qualification | QualifiedBody;

// What a verification label says the verified party is.
//
// Qualification words (medical, legal, finance, education) are the titles regulators license
// a person under: detection.md backs advice by "`personal` or `organization` verification whose
// label names the qualification (医师, 律师, 注册会计师, "Physician" …)". A field or an employer
// is not a qualification: 医学 (medical science), 护士 (a nurse does not prescribe), 保险 or 银行
// staff (not a securities licence), 大学 (a student is at one) and "博主" or "老师" are left out
// on purpose. The `-body` lists are the licensed bodies themselves (hospital, law firm,
// securities firm, school): they qualify an organisation's own badge, never a person's.
export const LABEL_MARKERS: Record<LabelMarker, string[]> = {
  company: [
    '有限公司',
    '公司',
    '集团',
    '科技',
    '商贸',
    '贸易',
    '工作室',
    '商行',
    '旗舰店',
    '专卖店',
    '网店',
    '文化传播',
    '品牌',
    '控股',
    'inc',
    'inc.',
    'llc',
    'ltd',
    'ltd.',
    'co.',
    'plc',
    'gmbh',
    'company',
    'corp',
    'corporation',
    'holdings',
    'enterprises',
    'ventures',
    'store',
    'shop',
    'studio',
    'brand',
  ],
  'media-body': [
    '报社',
    '报业',
    '日报',
    '晚报',
    '新闻',
    '广播',
    '电视台',
    '通讯社',
    '杂志社',
    '出版社',
    '融媒体',
    '新闻网',
    'news',
    'newspaper',
    'broadcasting',
    'broadcaster',
    'radio',
    'television',
    'press',
    'magazine',
  ],
  // Clubs, societies and fan groups: a kind of body that is neither state nor press.
  club: ['俱乐部', '协会', '联盟', '车队', '粉丝团', '后援会', 'club', 'f.c.', 'fc', 'association', 'society', 'league'],
  medical: ['医师', '医生', 'physician', 'doctor', 'surgeon', 'md'],
  'medical-body': ['医院', '卫生院', '诊所', 'hospital', 'clinic', 'medical center'],
  legal: ['律师', 'attorney', 'lawyer', 'barrister', 'solicitor', 'counsel'],
  'legal-body': ['律师事务所', '法律服务所', '公证处', 'law firm'],
  finance: [
    '注册会计师',
    '会计师',
    '证券',
    '投资顾问',
    '分析师',
    '理财师',
    '基金经理',
    'cpa',
    'cfa',
    'cfp',
    'chartered accountant',
    'registered investment adviser',
  ],
  'finance-body': ['基金', '银行', '保险', '期货', 'securities', 'bank', 'asset management'],
  education: ['教师', '教授', '讲师', 'teacher', 'professor', 'lecturer'],
  'education-body': ['大学', '学院', '学校', '中学', '小学', 'university', 'college', 'school'],
};
