import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { VERIFICATION_KINDS, type VerificationKind } from '../schemas/account';
import { PLATFORMS } from '../schemas/categories';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import type { FlagCategory } from '../schemas/verdict';
import { loadCorpus } from './corpus/load';
import { credentialReason } from './credential-reason';
import { readCredential } from './credentials';
import { REASON_MESSAGES, reasonMessage, reasonTemplates } from './messages';
import { formatReason, officialInWords } from './reason-format';
import { COUNTER_GROUPS } from './rules/schema';
import type { AccountSignals } from './signals';
import { account, flagOf, settingsWith, strictEngine } from './test-helpers';

/** The reason the engine gives for a badge of `kind` with no label that does not back `category`. */
function unlabelledBadge(kind: VerificationKind, category: FlagCategory) {
  const signals = { credential: readCredential(kind, '', new Set()) } as unknown as AccountSignals;
  return credentialReason(signals, false, category);
}

const COMMAND = {
  code: 'military.command',
  field: 'displayName' as const,
  match: '司令部',
  messageKey: 'claim.military',
  args: ['司令部', 'displayName'],
};

describe('reason messages', () => {
  it('every message key has English and simplified Chinese text', () => {
    for (const [key, text] of Object.entries(REASON_MESSAGES)) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text.zh_CN, key).toMatch(/\p{Script=Han}/u);
    }
  });

  it('every reason the engine gives on the corpus has a message, with its placeholders filled', () => {
    const engine = strictEngine();
    const seen = new Set<string>();
    for (const e of loadCorpus()) {
      for (const f of engine.evaluate(e.account, DEFAULT_SETTINGS).flags) {
        for (const r of f.reasons) {
          seen.add(r.messageKey);
          expect(REASON_MESSAGES[r.messageKey], r.messageKey).toBeDefined();
          for (const lang of ['en', 'zh_CN'] as const) expect(reasonMessage(r, lang)).not.toMatch(/\{\d\}/);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(8);
  });

  it('names the field in the reader language', () => {
    expect(reasonMessage(COMMAND, 'en')).toBe('The name “司令部” claims a military unit, command or force.');
    expect(reasonMessage(COMMAND, 'zh_CN')).toBe('昵称中的“司令部”自称军队单位、指挥机构或部队。');
  });

  it("formats from one language's templates as the content script does (reason-format.ts)", () => {
    for (const lang of ['en', 'zh_CN'] as const)
      expect(formatReason(COMMAND, reasonTemplates(lang))).toBe(reasonMessage(COMMAND, lang));
    expect(formatReason(COMMAND, reasonTemplates('zh_CN'))).toContain('昵称');
    // A tab's message names any key: one every object inherits is no template (it threw in the popup).
    expect(formatReason({ ...COMMAND, messageKey: 'constructor' }, reasonTemplates('en'))).toBe(COMMAND.code);
  });

  it('names the badge kind in the reader language, not by its internal value', () => {
    const personal = unlabelledBadge('personal', 'military');
    expect(reasonMessage(personal, 'zh_CN')).toBe('该账号的认证类型为“个人认证”，不能证明此类身份。');
    expect(reasonMessage(personal, 'en')).toBe(
      'The account’s badge is “Personal verification”, which does not back this kind of claim.',
    );
    // Advice with no qualification label, as the popup and the page's popover (reason-format.ts) show it.
    const advice = unlabelledBadge('organization', 'unqualified-advice');
    for (const lang of ['en', 'zh_CN'] as const) {
      expect(formatReason(advice, reasonTemplates(lang))).toBe(reasonMessage(advice, lang));
      expect(reasonMessage(advice, lang)).not.toContain('organization');
    }
    expect(reasonMessage(advice, 'zh_CN')).toContain('“机构认证”');
  });

  it("quotes a badge's label as the page shows it, even one that reads like a kind", () => {
    for (const label of ['media', 'constructor', '主任医师']) {
      const r = {
        code: 'credential.no-qualification',
        field: 'verification' as const,
        messageKey: 'credential.no-qualification',
        args: [label],
      };
      expect(reasonMessage(r, 'en')).toContain(`“${label}”`);
    }
  });

  it('names each kind as the popover does (verification_* in _locales)', () => {
    for (const kind of VERIFICATION_KINDS) {
      expect(reasonTemplates('en').kinds[kind]).toBe(en[`verification_${kind}`].message);
      expect(reasonTemplates('zh_CN').kinds[kind]).toBe(zhCN[`verification_${kind}`].message);
    }
  });

  it('names each platform as the popup does (platform_* in _locales)', () => {
    for (const platform of PLATFORMS) {
      expect(reasonTemplates('en').platforms[platform]).toBe(en[`platform_${platform}`].message);
      expect(reasonTemplates('zh_CN').platforms[platform]).toBe(zhCN[`platform_${platform}`].message);
    }
  });

  it('names the official account a lookalike copies with its platform in the reader’s words, not its code', () => {
    const flag = flagOf(account('人民日报', { platform: 'weibo' }), 'news-media')!;
    const reason = flag.reasons.find((r) => r.messageKey === 'lookalike.exact')!;
    expect(reason.args?.[0]).toMatch(/^人民日报 \(weibo\b/);
    const zh = reasonMessage(reason, 'zh_CN');
    expect(zh).toMatch(/人民日报 \(微博[ )]/);
    expect(zh).not.toMatch(/weibo/i);
    expect(reasonMessage(reason, 'en')).toMatch(/人民日报 \(Weibo[ )]/);
    // A code no table names stays as it was; so does a name the page chose that ends like one.
    expect(officialInWords('A (mastodon @a)', reasonTemplates('en').platforms)).toBe('A (mastodon @a)');
    expect(officialInWords('人民日报 (x @People)', reasonTemplates('zh_CN').platforms)).toBe('人民日报 (X（推特） @People)');
  });

  it('words each counter-signal group as what it suggests, in both languages', () => {
    const texts = new Set<string>();
    for (const group of COUNTER_GROUPS) {
      const text = REASON_MESSAGES[`counter.${group}`];
      expect(text, group).toBeDefined();
      texts.add(text!.en).add(text!.zh_CN);
    }
    expect(texts.size).toBe(COUNTER_GROUPS.length * 2);
    // A veteran's marker is not read as a fan's (reviewer #10).
    const flag = flagOf(account('北京市公安局 退役'), 'public-institution', settingsWith({ sensitivity: 'high' }))!;
    const veteran = flag.reasons.find((r) => r.code === 'counter.veteran')!;
    expect(reasonMessage(veteran, 'en')).toBe(
      '“退役” suggests a former or retired member, not the body itself; the score was lowered.',
    );
    expect(reasonMessage(veteran, 'zh_CN')).toContain('退役或已离职人员');
    expect(reasonMessage(veteran, 'zh_CN')).not.toContain('粉丝');
  });
});
