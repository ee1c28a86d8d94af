import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { COUNTED } from './core';
import { counted, resolveLang, translator } from './index';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * English accessible names allowed as literals. Form fields are not among them: a field's name is
 * its translated <label>, or a screen reader reads English to a 简体中文 user.
 */
const ENGLISH_ACCESSIBLE_NAMES = new Set(['Report', 'Save']);

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tsx') && !e.name.endsWith('.test.tsx'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('locales', () => {
  it('have the same keys in English and 简体中文, none empty', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const catalog of [en, zhCN]) for (const v of Object.values(catalog)) expect(v.message.trim()).not.toBe('');
  });

  it('use the same $n placeholders in both languages', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const zh = (zhCN as Record<string, { message: string }>)[key]!.message;
      expect(zh.match(/\$\d/g)?.sort(), key).toEqual(message.match(/\$\d/g)?.sort());
    }
  });

  it('translate with arguments and pick the language', () => {
    expect(translator('zh_CN')('popupScanned', 12)).toBe('已检查 12 个账号');
    expect(translator('en')('popupScanned', 12)).toBe('12 accounts checked');
    expect(resolveLang('auto', 'zh-TW')).toBe('zh_CN');
    expect(resolveLang('auto', 'de-DE')).toBe('en');
    expect(resolveLang('en', 'zh-CN')).toBe('en');
  });

  it('say "1 account", not "1 accounts": a count of one takes the message\'s singular twin', () => {
    const [enT, zhT] = [translator('en'), translator('zh_CN')];
    expect(counted(enT, 'popupScanned', 1)).toBe('1 account checked');
    expect(counted(enT, 'popupScanned', 0)).toBe('0 accounts checked');
    // The count is the argument the noun follows, not always the first.
    expect(counted(enT, 'pageOf', 2, 3, 1)).toBe('Page 2 of 3 (1 report)');
    expect(counted(enT, 'pageOf', 1, 1, 2)).toBe('Page 1 of 1 (2 reports)');
    // Grouped the reader's way: a long history reads "10,000", not "10000".
    expect(counted(enT, 'historyShowing', 12345, 20000)).toBe('12,345 of 20,000 reports');
    expect(counted(translator('zh_CN'), 'historyShowing', 12345, 20000)).toContain('12,345');
    expect(counted(enT, 'historyShowing', 1, 2)).toBe('1 of 2 reports');
    expect(counted(enT, 'historyShowing', 1, 1)).toBe('1 of 1 report');
    expect(counted(zhT, 'popupScanned', 1)).toBe('已检查 1 个账号');
    // Every English message with a number before a plural noun has its twin.
    for (const [key, { message }] of Object.entries(en)) {
      expect(message.replace(/http\(s\)/g, ''), key).not.toMatch(/\w\(s\)/);
      if (key.endsWith('_one') || !/\$\d\)?( more invalid)? (accounts|reports|rows)\b/.test(message)) continue;
      expect(Object.keys(en), key).toContain(`${key}_one`);
    }
    expect(
      Object.keys(en)
        .filter((k) => k.endsWith('_one'))
        .sort(),
    ).toEqual(
      Object.keys(COUNTED)
        .map((k) => `${k}_one`)
        .sort(),
    );
    // And the code asks for them through counted(), never with t() alone.
    const plain = new RegExp(`\\bt\\('(${Object.keys(COUNTED).join('|')})'`);
    const code = ['components', 'entrypoints', 'utils'].flatMap((dir) =>
      fs
        .readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
        .map((e) => path.join(e.parentPath, e.name)),
    );
    expect(code.length).toBeGreaterThan(100);
    for (const file of code) expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(plain);
  });
});

describe('components', () => {
  const files = [...sourceFiles('components'), ...sourceFiles('entrypoints')];

  it('exist to be checked', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s has no hard-coded visible string', (_, file) => {
    expect(hardCodedStrings(fs.readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the check catches hard-coded text and attributes', () => {
    const src = 'export const A = () => <p title="Hello">Save now {x}<b aria-label="Report">{t("k")}</b></p>;';
    expect(hardCodedStrings(src)).toEqual(['title="Hello"', 'Save now']);
  });
});

type Node = { type: string; [k: string]: unknown };

/** Literal text a person would read: JSX text with letters, and literal visible attributes. */
function hardCodedStrings(src: string): string[] {
  const ast = parse(src, { sourceType: 'module', plugins: ['typescript', 'jsx'] }) as unknown as Node;
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    if (n.type === 'JSXText' && /\p{L}/u.test(String(n.value))) out.push(String(n.value).trim());
    if (n.type === 'JSXAttribute') {
      const name = (n.name as { name: string }).name;
      const value = n.value as Node | null;
      if (['title', 'placeholder', 'alt', 'aria-label'].includes(name) && value?.type === 'StringLiteral') {
        const text = String(value.value);
        const allowed =
          (name === 'aria-label' && ENGLISH_ACCESSIBLE_NAMES.has(text)) || (name === 'placeholder' && /^https:\/\//.test(text));
        if (!allowed && /\p{L}/u.test(text)) out.push(`${name}="${text}"`);
      }
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && k !== 'start' && k !== 'end') visit(v);
  };
  visit(ast);
  return out;
}

describe('page strings', () => {
  it('keep their placeholders, so the page fills them', async () => {
    const { pageStrings, stringsTranslator } = await import('./index');
    const t = stringsTranslator('zh_CN', pageStrings('zh_CN'));
    expect(t('badgeLabel', '军队')).toBe('身份存疑（军队）— ClaimCheck，查看原因');
    expect(t('category_news_media')).toBe('新闻媒体');
  });
});
