import type { VerificationKind } from '../schemas/account';
import type { FlagCategory } from '../schemas/verdict';
import { Matcher } from './matcher';
import { normalizeForMatch } from './normalize';
import type { Backing } from './rules/schema';

export type Qualification = 'medical' | 'legal' | 'finance' | 'education';
type LabelMarker = 'company' | 'media-body' | Qualification;

// What a verification label says the verified party is. Qualification words are the titles
// and bodies regulators license (执业医师, 执业律师, 注册会计师, hospital, law firm …); "博主"
// or "老师" are not among them on purpose.
const LABEL_MARKERS: Record<LabelMarker, string[]> = {
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
    'inc',
    'inc.',
    'llc',
    'ltd',
    'ltd.',
    'co.',
    'company',
    'corp',
    'corporation',
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
  medical: [
    '医师',
    '医生',
    '医院',
    '卫生院',
    '诊所',
    '药师',
    '护士',
    '医学',
    'physician',
    'doctor',
    'surgeon',
    'hospital',
    'clinic',
    'md',
    'nurse',
    'medical center',
  ],
  legal: ['律师', '律师事务所', '法律服务所', '公证处', 'attorney', 'lawyer', 'law firm', 'barrister', 'solicitor', 'counsel'],
  finance: [
    '注册会计师',
    '会计师',
    '证券',
    '基金',
    '银行',
    '保险',
    '期货',
    '投资顾问',
    '分析师',
    '理财师',
    'cpa',
    'cfa',
    'cfp',
    'chartered accountant',
    'securities',
    'bank',
    'asset management',
    'registered investment adviser',
  ],
  education: [
    '教师',
    '教授',
    '讲师',
    '大学',
    '学院',
    '学校',
    '中学',
    '小学',
    'teacher',
    'professor',
    'lecturer',
    'university',
    'college',
    'school',
  ],
};

const LABEL_MATCHER = new Matcher<LabelMarker>(
  Object.entries(LABEL_MARKERS).flatMap(([marker, words]) =>
    words.map((w) => ({ text: normalizeForMatch(w), payload: marker as LabelMarker })),
  ),
);

/** A verification badge as the engine reasons about it. */
export interface Credential {
  kind: VerificationKind;
  label: string;
  markers: ReadonlySet<LabelMarker>;
  /** Categories whose claim rules the label itself matches ("北京市公安局" names a police body). */
  labelCategories: ReadonlySet<FlagCategory>;
}

export function readCredential(kind: VerificationKind, normalizedLabel: string, labelCategories: Set<FlagCategory>): Credential {
  const markers = new Set<LabelMarker>();
  if (normalizedLabel) LABEL_MATCHER.scan(normalizedLabel, (m) => markers.add(m));
  return { kind, label: normalizedLabel, markers, labelCategories };
}

export type BackingResult = 'backed' | 'unbacked' | 'mismatch';

const QUALIFICATIONS: Qualification[] = ['medical', 'legal', 'finance', 'education'];
const BADGES_THAT_VERIFY = new Set<VerificationKind>(['personal', 'organization', 'government', 'media']);

function namesOtherBody(c: Credential): boolean {
  return c.markers.has('company') || c.markers.has('media-body') || QUALIFICATIONS.some((q) => c.markers.has(q));
}

/**
 * Whether the badge backs a claim that needs `backing` in `category`. `claimsNews` lets a
 * media badge back a military or institution name when the account is that body's outlet
 * (解放军报, 人民公安报).
 */
export function backs(c: Credential, backing: Backing, category: FlagCategory, claimsNews: boolean): BackingResult {
  if (backing === 'state') {
    if (c.kind === 'government') return 'backed';
    if (c.kind === 'media') return claimsNews ? 'backed' : 'mismatch';
    if (c.kind === 'organization') {
      if (!c.label || c.labelCategories.has('military') || c.labelCategories.has('public-institution')) return 'backed';
      if (c.markers.has('media-body') && claimsNews) return 'backed';
      return namesOtherBody(c) ? 'mismatch' : 'backed';
    }
    if (c.kind === 'personal') return c.labelCategories.has(category) ? 'backed' : 'unbacked';
    return 'unbacked';
  }
  if (backing === 'media') {
    if (c.kind === 'media' || c.kind === 'government') return 'backed';
    if (c.kind === 'organization') {
      if (!c.label || c.markers.has('media-body') || c.labelCategories.has('news-media')) return 'backed';
      return c.markers.has('company') ? 'mismatch' : 'backed';
    }
    if (c.kind === 'personal') return c.labelCategories.has('news-media') || c.markers.has('media-body') ? 'backed' : 'unbacked';
    return 'unbacked';
  }
  // Advice: only a badge whose label names the qualification backs it.
  if (!BADGES_THAT_VERIFY.has(c.kind)) return 'unbacked';
  if (backing === 'any-qualification') return QUALIFICATIONS.some((q) => c.markers.has(q)) ? 'backed' : 'unbacked';
  return c.markers.has(backing) ? 'backed' : 'unbacked';
}
