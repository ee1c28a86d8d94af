import type { CounterGroup } from './rules/schema';

/**
 * What each counter-signal group suggests, keyed by the messageKey hits.ts gives it
 * (`counter.<group>`). The spec's "Every flag says why, in words a user understands": a
 * veteran's "退役" or a "not affiliated" disclaimer is not a fan account, so each group names
 * its own reading of the marker.
 */
export const COUNTER_MESSAGES: Record<`counter.${CounterGroup}`, { en: string; zh_CN: string }> = {
  'counter.fan': {
    en: '“{0}” suggests a fan account; the score was lowered.',
    zh_CN: '“{0}”表明可能是粉丝账号，已降低评分。',
  },
  'counter.hobby': {
    en: '“{0}” suggests a hobby or enthusiast account; the score was lowered.',
    zh_CN: '“{0}”表明可能是爱好者账号，已降低评分。',
  },
  'counter.history': {
    en: '“{0}” suggests an account about history; the score was lowered.',
    zh_CN: '“{0}”表明可能是历史题材账号，已降低评分。',
  },
  'counter.parody': {
    en: '“{0}” suggests a parody or humour account; the score was lowered.',
    zh_CN: '“{0}”表明可能是恶搞或搞笑账号，已降低评分。',
  },
  'counter.not-a': {
    en: '“{0}” says the account is not the official one; the score was lowered.',
    zh_CN: '“{0}”声明并非官方账号，已降低评分。',
  },
  'counter.student': {
    en: '“{0}” suggests a student account; the score was lowered.',
    zh_CN: '“{0}”表明可能是学生账号，已降低评分。',
  },
  'counter.daily': {
    en: '“{0}” suggests a personal, everyday account; the score was lowered.',
    zh_CN: '“{0}”表明可能是记录个人日常的账号，已降低评分。',
  },
  'counter.veteran': {
    en: '“{0}” suggests a former or retired member, not the body itself; the score was lowered.',
    zh_CN: '“{0}”表明可能是退役或已离职人员，而非该机构本身，已降低评分。',
  },
  'counter.family': {
    en: '“{0}” suggests a family member’s account; the score was lowered.',
    zh_CN: '“{0}”表明可能是家属的账号，已降低评分。',
  },
  'counter.business': {
    en: '“{0}” suggests a shop or business named after the subject; the score was lowered.',
    zh_CN: '“{0}”表明可能是以此命名的店铺或商家，已降低评分。',
  },
  'counter.fiction': {
    en: '“{0}” suggests a game, fiction or role-play account; the score was lowered.',
    zh_CN: '“{0}”表明可能是游戏、小说或角色扮演账号，已降低评分。',
  },
};
