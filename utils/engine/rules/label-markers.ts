export type Qualification = 'medical' | 'legal' | 'finance' | 'education';
/** A body licensed for that kind of advice (a hospital, a law firm …): it qualifies an organisation, not a person. */
export type QualifiedBody = `${Qualification}-body`;
export type LabelMarker =
  | 'company'
  | 'media-body'
  | 'club'
  | Qualification
  | QualifiedBody
  | 'role'
  | 'not-current'
  | 'not-current-exempt';

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
    '证券分析师',
    '理财师',
    '基金经理',
    'cpa',
    'cfa',
    'cfp',
    'chartered accountant',
    'registered investment adviser',
  ],
  'finance-body': ['基金公司', '基金管理', '银行', '保险', '期货', 'securities', 'bank', 'asset management'],
  education: ['教师', '教授', '讲师', 'teacher', 'professor', 'lecturer'],
  'education-body': ['大学', '学院', '学校', '中学', '小学', 'university', 'college', 'school'],
  // A person's role at a news outlet, a force or a public body: a personal badge backs a claim to
  // be that person in that role (credentials.ts, personalBacks), never one to be the body itself.
  role: [
    '主持人',
    '播音员',
    '主播',
    '记者',
    '编辑',
    '主编',
    '总编辑',
    '评论员',
    '民警',
    '警官',
    '警察',
    '辅警',
    '法官',
    '检察官',
    '发言人',
    '军官',
    '军人',
    '干部',
    '工作人员',
    '公务员',
    'anchor',
    'host',
    'presenter',
    'journalist',
    'reporter',
    'correspondent',
    'editor',
    'columnist',
    'officer',
    'spokesperson',
    'spokesman',
    'spokeswoman',
  ],
  // The label says the person is no longer in the role, or follows the body rather than serving
  // in it: then it verifies no role there.
  'not-current': [
    '前',
    '原',
    '退役',
    '退休',
    '离休',
    '曾任',
    '曾是',
    '博主',
    '读者',
    '观众',
    '爱好者',
    '粉丝',
    '军迷',
    'former',
    'ex-',
    'retired',
    'blogger',
    'reader',
    'fan',
    'fans',
    'enthusiast',
  ],
  // Words that merely contain 前 or 原 (a city, 原创 "original content", 前线 "front line"): a
  // 'not-current' hit inside one of these does not count.
  'not-current-exempt': ['太原', '中原', '平原', '高原', '草原', '原创', '原子', '前线', '前方', '前沿', '目前', '当前'],
};
