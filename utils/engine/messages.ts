import type { VerificationKind } from '../schemas/account';
import type { Platform } from '../schemas/categories';
import type { Reason } from '../schemas/verdict';
import { COUNTER_MESSAGES } from './counter-messages';
import { formatReason, type ReasonTemplates } from './reason-format';

/**
 * Every messageKey a Reason can carry, in English and simplified Chinese. {0}, {1} … are
 * filled from reason.args; field names and badge kinds are translated by the tables below.
 * Wording says "claims" and "possible" because a flag is a heuristic, not a verdict on the person.
 */
export const REASON_MESSAGES: Record<string, { en: string; zh_CN: string }> = {
  'claim.military': {
    en: 'The {1} “{0}” claims a military unit, command or force.',
    zh_CN: '{1}中的“{0}”自称军队单位、指挥机构或部队。',
  },
  'claim.public-institution': {
    en: 'The {1} “{0}” claims a public body or state official.',
    zh_CN: '{1}中的“{0}”自称国家机关、公共机构或公职人员。',
  },
  'claim.news-media': {
    en: 'The {1} “{0}” claims a news agency, outlet or anchor.',
    zh_CN: '{1}中的“{0}”自称新闻机构、媒体或主播记者。',
  },
  'claim.unqualified-advice': {
    en: 'The {1} “{0}” offers professional (medical, legal, financial or exam) services.',
    zh_CN: '{1}中的“{0}”提供医疗、法律、金融或教育等专业服务。',
  },
  'custom.keyword': {
    en: 'The {1} contains your keyword “{0}”.',
    zh_CN: '{1}包含您设置的关键词“{0}”。',
  },
  // Not "this is not that account": where the official list has no id or handle on this
  // platform (most Douyin and WeChat rows), a same-named account cannot be told apart from it.
  'lookalike.exact': {
    en: 'The {1} looks the same as the official account {0}, and nothing here shows that it is that account.',
    zh_CN: '{1}与官方账号 {0} 看起来相同，但这里没有任何信息表明它就是该账号。',
  },
  'lookalike.near': {
    en: 'The {1} is one character away from the official account {0}.',
    zh_CN: '{1}与官方账号 {0} 仅差一个字符。',
  },
  'credential.none': {
    en: 'No platform verification backs this claim.',
    zh_CN: '该身份声明没有平台认证支持。',
  },
  'credential.paid': {
    en: 'The badge is a paid subscription (e.g. X Premium), which verifies no identity.',
    zh_CN: '该标识是付费订阅（如 X Premium），不代表身份认证。',
  },
  'credential.wrong-kind': {
    en: 'The account’s badge is “{0}”, which does not back this kind of claim.',
    zh_CN: '该账号的认证类型为“{0}”，不能证明此类身份。',
  },
  'credential.label-mismatch': {
    en: 'The verification label “{0}” names a different kind of body than the name claims.',
    zh_CN: '认证信息“{0}”所指的机构类型与名称所称不符。',
  },
  'credential.no-qualification': {
    en: 'The verification label “{0}” names no matching professional qualification.',
    zh_CN: '认证信息“{0}”未注明相应的执业资格。',
  },
  'credential.unknown': {
    en: 'The page does not show which kind of verification, if any, this account has, so the severity is one step lower.',
    zh_CN: '此页面看不出该账号有何种认证（或是否有认证），因此风险等级降低一级。',
  },
  // Verdicts stored before each group had its own wording (reason history) still name this key.
  'counter.lowered': {
    en: '“{0}” suggests a fan, hobby, history, parody or student account; the score was lowered.',
    zh_CN: '“{0}”表明可能是粉丝、爱好者、历史、恶搞或学生账号，已降低评分。',
  },
  ...COUNTER_MESSAGES,
};

const FIELD_NAMES: Record<string, { en: string; zh_CN: string }> = {
  displayName: { en: 'name', zh_CN: '昵称' },
  handle: { en: 'handle', zh_CN: '用户名' },
  bio: { en: 'bio', zh_CN: '简介' },
  verification: { en: 'verification', zh_CN: '认证信息' },
};

// credential.wrong-kind's {0} is the badge's internal kind; readers see it named as the popover
// names it (verification_* in _locales, which messages.test.ts holds these to).
const KIND_NAMES: Record<VerificationKind, { en: string; zh_CN: string }> = {
  none: { en: 'No verification badge', zh_CN: '没有认证标识' },
  paid: { en: 'Paid badge (backs no identity)', zh_CN: '付费标识（不代表任何身份）' },
  personal: { en: 'Personal verification', zh_CN: '个人认证' },
  organization: { en: 'Organisation verification', zh_CN: '机构认证' },
  government: { en: 'Government verification', zh_CN: '政府认证' },
  media: { en: 'Media verification', zh_CN: '媒体认证' },
  unknown: { en: 'Unknown (not shown or not readable)', zh_CN: '未知（未显示或无法读出）' },
};

// The official account a lookalike copies is described with its platform's code (describeOfficial);
// readers see the platform's name (platform_* in _locales, which messages.test.ts holds these to).
const PLATFORM_NAMES: Record<Platform, { en: string; zh_CN: string }> = {
  weibo: { en: 'Weibo', zh_CN: '微博' },
  douyin: { en: 'Douyin', zh_CN: '抖音' },
  wechat: { en: 'WeChat', zh_CN: '微信' },
  x: { en: 'X (Twitter)', zh_CN: 'X（推特）' },
  bilibili: { en: 'Bilibili', zh_CN: '哔哩哔哩' },
  zhihu: { en: 'Zhihu', zh_CN: '知乎' },
  xiaohongshu: { en: 'Xiaohongshu', zh_CN: '小红书' },
  youtube: { en: 'YouTube', zh_CN: 'YouTube' },
  tiktok: { en: 'TikTok', zh_CN: 'TikTok' },
  reddit: { en: 'Reddit', zh_CN: 'Reddit' },
  facebook: { en: 'Facebook', zh_CN: 'Facebook' },
  other: { en: 'Other site', zh_CN: '其他网站' },
};

/** The templates of one language, for a tab (the background sends only these; see reason-format.ts). */
export function reasonTemplates(lang: 'en' | 'zh_CN'): ReasonTemplates {
  const pick = (table: Record<string, { en: string; zh_CN: string }>) =>
    Object.fromEntries(Object.entries(table).map(([key, text]) => [key, text[lang]]));
  TEMPLATES[lang] ??= {
    messages: pick(REASON_MESSAGES),
    fields: pick(FIELD_NAMES),
    kinds: pick(KIND_NAMES),
    platforms: pick(PLATFORM_NAMES),
  };
  return TEMPLATES[lang];
}
const TEMPLATES: Partial<Record<'en' | 'zh_CN', ReasonTemplates>> = {};

/** The reason in words, for the badge tooltip, popup and the classify CLI. */
export function reasonMessage(reason: Reason, lang: 'en' | 'zh_CN'): string {
  return formatReason(reason, reasonTemplates(lang));
}
