import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { loadCorpus } from './corpus/load';
import { REASON_MESSAGES, reasonMessage, reasonTemplates } from './messages';
import { formatReason } from './reason-format';
import { strictEngine } from './test-helpers';

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
  });
});
