import { readFileSync } from 'node:fs';
import path from 'node:path';

type Tree = { [key: string]: string | Tree };

const dir = path.resolve('apps/web/src/i18n');
const load = (lang: string) => JSON.parse(readFileSync(path.join(dir, `${lang}.json`), 'utf8')) as Tree;

function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

const nl = new Map(entries(load('nl')));
const en = new Map(entries(load('en')));

describe('translations', () => {
  it('Dutch and English have exactly the same keys', () => {
    expect([...en.keys()].filter((k) => !nl.has(k))).toEqual([]);
    expect([...nl.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it('no text is empty', () => {
    expect([...nl, ...en].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ])('%s never uses the taboo word (eenzaam…) nor "lonely"', (_lang, texts) => {
    const offending = [...texts].filter(([, v]) => /eenzaam|lonel/i.test(v)).map(([k]) => k);
    expect(offending).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (v: string) => [...v.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    const different = [...nl].filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(en.get(k) ?? '')));
    expect(different.map(([k]) => k)).toEqual([]);
  });

  it('keeps Dutch sentences short (B1: at most 25 words per sentence)', () => {
    const long = [...nl].flatMap(([k, v]) => v.split(/[.!?]\s/).filter((s) => s.split(/\s+/).length > 25).map(() => k));
    expect(long).toEqual([]);
  });
});
