// Every string a user reads comes from the locale files: each key exists in da, de and en, and no
// JSX text or accessible-name literal with letters is written straight into a component.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'vite';

const ROOT = join(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'locales');
const UI = ['da', 'de', 'en'];
/** Attributes whose value is read or heard by a user. */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label']);
const LETTER = /\p{L}/u;

type Tree = { [k: string]: string | Tree };

/** Flattens nested keys; plural forms (_one, _other, …) count as one key. */
function keysOf(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.add(key.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const sub of keysOf(v, key)) out.add(sub);
  }
  return out;
}

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

interface Finding {
  file: string;
  text: string;
}

type Node = { type?: string; value?: unknown; name?: { name?: unknown }; expression?: Node; quasis?: { value: { cooked: string } }[]; children?: Node[] };

/** The text a literal expression stands for: a string, or a template's fixed parts. */
function literalText(n: Node | null | undefined): string | undefined {
  if (n?.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n?.type === 'TemplateLiteral') return n.quasis?.map((q) => q.value.cooked).join('');
  if (n?.type === 'JSXExpressionContainer') return literalText(n.expression);
  return undefined;
}

/** JSX text, string children and read-aloud attribute literals that contain letters. */
function hardCodedTexts(file: string, source: string): Finding[] {
  const { program, errors } = parseSync(file, source, { lang: 'tsx' });
  if (errors.length) throw new Error(`${file}: ${errors[0].message}`);
  const found: Finding[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    if (n.type === 'JSXText' && typeof n.value === 'string' && LETTER.test(n.value)) found.push({ file, text: n.value.trim() });
    if ((n.type === 'JSXElement' || n.type === 'JSXFragment') && n.children)
      for (const child of n.children) {
        const text = child.type === 'JSXExpressionContainer' ? literalText(child) : undefined;
        if (text && LETTER.test(text)) found.push({ file, text });
      }
    if (n.type === 'JSXAttribute' && typeof n.name?.name === 'string' && READ_ATTRIBUTES.has(n.name.name)) {
      const text = literalText(n.value as Node);
      if (text && LETTER.test(text)) found.push({ file, text: `${n.name.name}=${text}` });
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(program);
  return found;
}

describe('translations', () => {
  const namespaces = new Set(UI.flatMap((l) => readdirSync(join(LOCALES, l)).filter((f) => f.endsWith('.json'))));

  it('has the UI namespaces', () => {
    for (const ns of ['common.json', 'find.json', 'offer.json', 'settings.json']) expect(namespaces).toContain(ns);
  });

  for (const ns of namespaces) {
    it(`${ns}: every key exists in ${UI.join(', ')} and no value is empty`, () => {
      const trees = Object.fromEntries(UI.map((l) => [l, JSON.parse(readFileSync(join(LOCALES, l, ns), 'utf8')) as Tree]));
      const all = new Set(UI.flatMap((l) => [...keysOf(trees[l])]));
      for (const l of UI) {
        const missing = [...all].filter((k) => !keysOf(trees[l]).has(k));
        expect(missing, `${l}/${ns} misses`).toEqual([]);
        const empty = JSON.stringify(trees[l]).match(/:""/g);
        expect(empty, `${l}/${ns} has empty values`).toBeNull();
      }
    });
  }
});

describe('no hard-coded UI text', () => {
  it('the check itself finds text and labels written into JSX', () => {
    const found = hardCodedTexts('x.tsx', 'const a = <p aria-label="Close" className="x">Hello {t("x")}<b>{n} ×</b><img alt={`Logo ${n}`} />{"Menu"}</p>;');
    expect(found.map((f) => f.text).sort()).toEqual(['Hello', 'Menu', 'alt=Logo ', 'aria-label=Close']);
  });

  it('no component under src/ writes user-visible words outside t()', () => {
    const files = walk(join(ROOT, 'src'), '.tsx');
    expect(files.length).toBeGreaterThan(10);
    const findings = files.flatMap((f) => hardCodedTexts(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(findings).toEqual([]);
  });
});
