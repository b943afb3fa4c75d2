// The offer form is generated from the shared zod schema: this walks the schema into field
// descriptions, turns what was typed into a candidate offer without losing anything, and maps
// validation issues to translatable messages per field. Pure: no React, no I/O.
import type { z } from 'zod';
import { CONTENT_LANGUAGES, localizedText, offer } from '../catalogue/schema.ts';

export type Field =
  | { kind: 'localized'; key: string; optional: boolean; multiline: boolean }
  | { kind: 'text'; key: string; optional: boolean; input: 'text' | 'date' | 'time' | 'email' | 'url' | 'tel' }
  | { kind: 'number'; key: string; optional: boolean; integer: boolean }
  | { kind: 'boolean'; key: string }
  | { kind: 'choice'; key: string; optional: boolean; options: string[] }
  | { kind: 'choices'; key: string; options: string[] }
  /** The offer's needs: ids chosen from the catalogue's taxonomy, which the form is given. */
  | { kind: 'needs'; key: string }
  /** A list of free codes (ids, language codes), typed comma-separated. */
  | { kind: 'codes'; key: string }
  /** Repeating: an array of such objects (each one an item); else one object. */
  | { kind: 'group'; key: string; fields: Field[]; repeating: boolean };

/** Keys whose texts are one line (the rest are paragraphs). */
const ONE_LINE = new Set(['name', 'summary', 'option', 'description.phones', 'notes.schedules']);
const INPUT_BY_KEY: Record<string, 'date' | 'time' | 'email' | 'url' | 'tel'> = {
  assured_date: 'date',
  valid_from: 'date',
  valid_to: 'date',
  opens_at: 'time',
  closes_at: 'time',
  email: 'email',
  url: 'url',
  website: 'url',
  number: 'tel',
};
/** Fields the form does not offer: the offer id is part of the address, freq has one value. */
const HIDDEN = new Set(['offer.id', 'freq']);

type AnySchema = z.ZodType & { def: { type: string; innerType?: AnySchema; element?: AnySchema; shape?: Record<string, AnySchema>; entries?: Record<string, string>; checks?: { _zod: { def: { check: string; format?: string } } }[] } };

function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (inner.def.type === 'optional' || inner.def.type === 'default') {
    optional = true;
    inner = inner.def.innerType!;
  }
  return { inner, optional };
}

function fieldOf(key: string, schema: AnySchema, parent: string): Field | undefined {
  if (HIDDEN.has(key) || HIDDEN.has(`${parent}.${key}`)) return undefined;
  const { inner, optional } = unwrap(schema);
  if (key === 'categories' && parent === 'offer') return { kind: 'needs', key };
  if ((inner as unknown) === localizedText) return { kind: 'localized', key, optional, multiline: !ONE_LINE.has(key) && !ONE_LINE.has(`${key}.${parent}`) };
  switch (inner.def.type) {
    case 'string':
      return { kind: 'text', key, optional, input: INPUT_BY_KEY[key] ?? 'text' };
    case 'number':
      return { kind: 'number', key, optional, integer: (inner.def.checks ?? []).some((c) => (c._zod.def as { format?: string }).format === 'safeint') };
    case 'boolean':
      return { kind: 'boolean', key };
    case 'enum':
      return { kind: 'choice', key, optional, options: Object.values(inner.def.entries!) };
    case 'object':
      return { kind: 'group', key, fields: fieldsOf(inner, key), repeating: false };
    case 'array': {
      const element = unwrap(inner.def.element!).inner;
      if (element.def.type === 'enum') return { kind: 'choices', key, options: Object.values(element.def.entries!) };
      if (element.def.type === 'object') return { kind: 'group', key, fields: fieldsOf(element, key), repeating: true };
      return { kind: 'codes', key };
    }
    default:
      return undefined;
  }
}

function fieldsOf(schema: AnySchema, parent: string): Field[] {
  return Object.entries(schema.def.shape!).flatMap(([key, s]) => fieldOf(key, s, parent) ?? []);
}

// The schema does not change while the page runs: walked once, not per keystroke and render.
let fields: Field[] | undefined;

/** The offer form's fields, in the schema's order. A group of an array field repeats. */
export function offerFields(): Field[] {
  return (fields ??= fieldsOf(offer as unknown as AnySchema, 'offer'));
}

// What was typed is kept as typed (strings, booleans, arrays), so an error never loses input.
export type Draft = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function candidateOf(fields: Field[], draft: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const value = draft[f.key];
    switch (f.kind) {
      case 'localized': {
        const t = (value ?? {}) as Record<string, string>;
        const texts = Object.fromEntries(CONTENT_LANGUAGES.filter((l) => !isEmpty(t[l])).map((l) => [l, t[l]]));
        if (Object.keys(texts).length > 0 || !f.optional) out[f.key] = texts;
        break;
      }
      case 'text':
      case 'choice':
        if (!isEmpty(value)) out[f.key] = typeof value === 'string' ? value.trim() : value;
        else if (!f.optional) out[f.key] = undefined;
        break;
      case 'number':
        // Left as text when it is no number, so the schema names the field.
        if (!isEmpty(value)) out[f.key] = /^-?\d+(\.\d+)?$/.test(String(value).trim()) ? Number(value) : String(value);
        break;
      case 'boolean':
        out[f.key] = value === true;
        break;
      case 'choices':
      case 'needs':
        out[f.key] = Array.isArray(value) ? value : [];
        break;
      case 'codes':
        out[f.key] = Array.isArray(value)
          ? value
          : String(value ?? '')
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean);
        break;
      case 'group': {
        if (f.repeating) {
          const items = Array.isArray(value) ? (value as Draft[]) : [];
          out[f.key] = items.map((item) => candidateOf(f.fields, item));
        } else if (value) out[f.key] = candidateOf(f.fields, value as Draft);
        break;
      }
    }
  }
  return out;
}

/** The offer a draft stands for (perhaps invalid), for validation and saving. */
function toCandidate(draft: Draft, id: string): Record<string, unknown> {
  return { id, ...candidateOf(offerFields(), draft) };
}

/** Stored values as their inputs hold them: numbers as text, codes lists joined (in place). */
function asTyped(fields: Field[], draft: Draft): void {
  for (const f of fields) {
    const value = draft[f.key];
    if (f.kind === 'codes' && Array.isArray(value)) draft[f.key] = (value as string[]).join(', ');
    else if (f.kind === 'number' && typeof value === 'number') draft[f.key] = String(value);
    else if (f.kind === 'group' && Array.isArray(value)) for (const item of value as Draft[]) asTyped(f.fields, item);
  }
}

/** A stored offer as a draft for the form. */
export function toDraft(value: Record<string, unknown>): Draft {
  const draft: Draft = structuredClone(value);
  asTyped(offerFields(), draft);
  return draft;
}

export interface FieldError {
  /** Dotted path of the field, e.g. `name`, `name.da`, `phones.0.number`. */
  path: string;
  /** A key in the coordinator namespace under `errors.` */
  key: string;
  values?: Record<string, unknown>;
}

/** Schema messages we wrote ourselves, mapped to their translations. */
const MESSAGES: Record<string, string> = {
  'at least one language': 'oneLanguage',
  'http or https only': 'httpOnly',
  'lowercase letters, digits and dashes': 'idFormat',
  'YYYY-MM-DD': 'date',
  'HH:MM': 'time',
  'digits, spaces, + ( ) -': 'phone',
  'minimum_age must not exceed maximum_age': 'ageOrder',
};

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  input?: unknown;
}

function errorOf(issue: Issue): FieldError {
  const path = issue.path.map(String).join('.');
  const known = MESSAGES[issue.message];
  if (known) return { path, key: known };
  switch (issue.code) {
    case 'invalid_type':
      return { path, key: issue.input === undefined ? 'required' : 'invalid' };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { path, key: 'required' };
      if (issue.origin === 'array') return { path, key: 'tooFewItems', values: { count: Number(issue.minimum) } };
      if (issue.origin === 'string') return { path, key: 'tooShort', values: { count: Number(issue.minimum) } };
      return { path, key: 'tooSmall', values: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { path, key: 'tooLong', values: { count: Number(issue.maximum) } };
      if (issue.origin === 'array') return { path, key: 'tooManyItems', values: { count: Number(issue.maximum) } };
      return { path, key: 'tooBig', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { path, key: issue.format === 'email' ? 'email' : issue.format === 'url' ? 'url' : 'invalid' };
    case 'invalid_value':
      return { path, key: 'choose' };
    default:
      return { path, key: 'invalid' };
  }
}

export function validateDraft(draft: Draft, id: string): { ok: true; offer: z.output<typeof offer> } | { ok: false; errors: FieldError[] } {
  const parsed = offer.safeParse(toCandidate(draft, id));
  if (parsed.success) return { ok: true, offer: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => errorOf(i as Issue)) };
}

/** Errors for one field, at exactly its path (a localized text's languages ask for their own). */
export function errorsAt(errors: FieldError[], path: string): FieldError[] {
  return errors.filter((e) => e.path === path);
}

/** A fresh draft for a new offer: today as verified date, free and self-referral preselected. */
export function emptyDraft(organisationId: string, today = new Date()): Draft {
  return { organization_id: organisationId, status: 'active', free: true, access: 'both', categories: [], languages: '', assured_date: today.toISOString().slice(0, 10) };
}
