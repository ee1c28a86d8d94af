import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings } from '../schemas/settings';
import { changedSettings, draftFrom, rebaseDraft, validateDraft } from './settings-draft';

const draft = (over: Partial<Settings>, keywords: Partial<Record<string, string>> = {}) => {
  const d = draftFrom({ ...DEFAULT_SETTINGS, ...over });
  return { ...d, keywordText: { ...d.keywordText, ...keywords } };
};

describe('settings draft validation', () => {
  it('accepts https and loopback http endpoints, refusing others with a key per problem', () => {
    expect(validateDraft(draft({ endpointUrl: 'https://r.example.org/cc' })).errors).toEqual({});
    expect(validateDraft(draft({ endpointUrl: 'http://127.0.0.1:8787' })).errors).toEqual({});
    expect(validateDraft(draft({ endpointUrl: 'http://[::1]:1/' })).errors).toEqual({});
    expect(validateDraft(draft({ endpointUrl: 'http://example.org' })).errors.endpointUrl?.key).toBe('errorEndpointHttps');
    expect(validateDraft(draft({ endpointUrl: 'nope' })).errors.endpointUrl?.key).toBe('errorEndpointNotUrl');
    expect(validateDraft(draft({ endpointUrl: 'https://u:p@x.org' })).errors.endpointUrl?.key).toBe('errorEndpointCredentials');
    expect(validateDraft(draft({ endpointUrl: 'https://x.org/?a=1' })).errors.endpointUrl?.key).toBe('errorEndpointQuery');
    expect(validateDraft(draft({ syncEnabled: true })).errors.endpointUrl?.key).toBe('errorEndpointRequired');
  });

  it('refuses a token with spaces', () => {
    expect(validateDraft(draft({ accessToken: 'a b' })).errors.accessToken?.key).toBe('errorTokenSpaces');
  });

  it('refuses a token a request header cannot carry (full-width letters, a zero-width space), saying so', () => {
    for (const token of ['ｄｅｍｏ', 'demo\u200btoken', 'tök']) {
      const checked = validateDraft(draft({ accessToken: token }));
      expect(checked.errors.accessToken, token).toEqual({ key: 'errorTokenCharacters' });
      expect(checked.settings).toBeUndefined();
    }
    expect(validateDraft(draft({ accessToken: ' a1B2.c_d~e+f/g== ' })).settings?.accessToken).toBe('a1B2.c_d~e+f/g==');
  });

  it('names the limit when a token is too long (the message reads "at most 500 characters")', () => {
    expect(validateDraft(draft({ accessToken: 't'.repeat(501) })).errors.accessToken).toEqual({
      key: 'errorTooLong',
      arg: '500',
    });
    expect(validateDraft(draft({ accessToken: 't'.repeat(500) })).errors.accessToken).toBeUndefined();
  });

  it('validates keywords line by line, naming the first bad line, and saves a clean list', () => {
    const bad = validateDraft(draft({}, { military: `司令部\n\n${'x'.repeat(51)}` }));
    expect(bad.errors.military).toEqual({ key: 'errorKeywordTooLong', arg: '3' });
    expect(bad.settings).toBeUndefined();
    expect(validateDraft(draft({}, { 'news-media': 'a\u0007b' })).errors['news-media']?.key).toBe('errorKeywordControl');
    const ok = validateDraft(draft({ endpointUrl: ' https://x.org ' }, { military: ' 司令部 \n\n司令部\n战区' }));
    expect(ok.errors).toEqual({});
    expect(ok.settings?.customKeywords.military).toEqual(['司令部', '战区']);
    expect(ok.settings?.endpointUrl).toBe('https://x.org');
    expect(Settings.safeParse(ok.settings).success).toBe(true);
  });
});

describe('changedSettings', () => {
  it('gives only what the form changed, so switches and sites changed elsewhere meanwhile survive a save', () => {
    const loaded: Settings = { ...DEFAULT_SETTINGS, disabledPlatforms: [], extraSites: [] };
    const form: Settings = { ...loaded, sensitivity: 'high', customKeywords: { ...loaded.customKeywords, military: ['司令部'] } };
    const changed = changedSettings(loaded, form);
    expect(changed).toEqual({ sensitivity: 'high', customKeywords: form.customKeywords });
    // The popup meanwhile switched X off and added a site: a save merges onto that, not over it.
    const stored: Settings = { ...loaded, disabledPlatforms: ['x'], extraSites: ['forum.example.org'] };
    const saved = Settings.parse({ ...stored, ...changed });
    expect(saved.disabledPlatforms).toEqual(['x']);
    expect(saved.extraSites).toEqual(['forum.example.org']);
    expect(saved.sensitivity).toBe('high');
  });

  it('includes a list the form itself changed, and never the revision or the trusted list', () => {
    const loaded: Settings = { ...DEFAULT_SETTINGS };
    const form: Settings = { ...loaded, disabledPlatforms: ['weibo'], revision: loaded.revision + 5, trusted: [] };
    expect(changedSettings(loaded, form)).toEqual({ disabledPlatforms: ['weibo'] });
    expect(changedSettings(loaded, { ...loaded })).toEqual({});
  });

  it('applies the form’s own list edits to the stored list, keeping what the popup changed meanwhile', () => {
    const loaded: Settings = { ...DEFAULT_SETTINGS, disabledPlatforms: ['x'], extraSites: ['a.example.org'] };
    // In the form: Douyin switched off, X back on; a.example.org removed.
    const form: Settings = { ...loaded, disabledPlatforms: ['douyin'], extraSites: [] };
    // Meanwhile the popup switched Weibo off and added b.example.org.
    const stored: Settings = { ...loaded, disabledPlatforms: ['x', 'weibo'], extraSites: ['a.example.org', 'b.example.org'] };
    expect(changedSettings(loaded, form, stored)).toEqual({
      disabledPlatforms: ['weibo', 'douyin'],
      extraSites: ['b.example.org'],
    });
  });
});

describe('rebaseDraft', () => {
  it('keeps what was typed during a save over what was saved, and nothing else of the old draft', () => {
    const loaded = Settings.parse(DEFAULT_SETTINGS);
    const sent = draftFrom({ ...loaded, sensitivity: 'high' });
    // Typed while the save ran: the endpoint.
    const current = { ...sent, settings: { ...sent.settings, endpointUrl: 'https://r.example.org' } };
    // Saved: the form's change, with the popup's meanwhile (a site enabled, X switched off).
    const saved: Settings = { ...sent.settings, extraSites: ['forum.example.org'], disabledPlatforms: ['x'] };
    const next = rebaseDraft(current, sent, saved);
    expect(next.settings).toEqual({ ...saved, endpointUrl: 'https://r.example.org' });
    // So the next save sees no removal of the popup's site: nothing but the endpoint changed.
    expect(changedSettings(saved, next.settings)).toEqual({ endpointUrl: 'https://r.example.org' });
    expect(rebaseDraft(sent, sent, saved).settings).toEqual(saved);
  });
});
