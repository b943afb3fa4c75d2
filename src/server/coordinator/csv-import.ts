// CSV import for offers kept in spreadsheets: columns are matched to offer fields by their
// header (in English, Danish or German, with _da/_de/_en for a text's language), the report
// says which column went where and which were ignored, and rows are checked like any save.
import { parse } from 'csv-parse/sync';
import { foldText } from '../../catalogue/fold.ts';
import { canonicalJson } from '../../catalogue/manifest.ts';
import { countryCode, slugOf } from '../../catalogue/hsds.ts';
import { CONTENT_LANGUAGES, catalogueContent, offer, type ContentLanguage, type LocalizedText, type Offer } from '../../catalogue/schema.ts';
import type { ColumnMapping, ImportReport } from '../../catalogue/workspace-api.ts';
import { currentContent } from '../catalogues.ts';
import type { Db } from '../db.ts';
import { applyContent } from './hsds-io.ts';

const TEXT_FIELDS = { name: 'name', navn: 'name', summary: 'summary', kort: 'summary', kurzbeschreibung: 'summary', description: 'description', beskrivelse: 'description', beschreibung: 'description', eligibility: 'eligibility_description', eligibility_description: 'eligibility_description', malgruppe: 'eligibility_description', zielgruppe: 'eligibility_description', application_process: 'application_process', schedule_description: 'schedule_description', tider: 'schedule_description', zeiten: 'schedule_description' } as const;
const FIELDS: Record<string, string> = {
  id: 'id',
  organisation: 'organization_id', organization: 'organization_id', organisation_id: 'organization_id', organization_id: 'organization_id', forening: 'organization_id', trager: 'organization_id', traeger: 'organization_id',
  categories: 'categories', needs: 'categories', behov: 'categories', bedarfe: 'categories',
  languages: 'languages', sprog: 'languages', sprachen: 'languages',
  minimum_age: 'minimum_age', min_age: 'minimum_age', alder_fra: 'minimum_age', alter_von: 'minimum_age',
  maximum_age: 'maximum_age', max_age: 'maximum_age', alder_til: 'maximum_age', alter_bis: 'maximum_age',
  free: 'free', gratis: 'free', kostenlos: 'free',
  access: 'access', adgang: 'access', zugang: 'access',
  url: 'url', website: 'url', webside: 'url', webseite: 'url',
  email: 'email', e_mail: 'email',
  phone: 'phone', telefon: 'phone',
  address: 'address_1', address_1: 'address_1', adresse: 'address_1',
  postal_code: 'postal_code', postcode: 'postal_code', zip: 'postal_code', postnummer: 'postal_code', plz: 'postal_code', postleitzahl: 'postal_code',
  city: 'city', by: 'city', ort: 'city',
  municipality: 'municipality', kommune: 'municipality', gemeinde: 'municipality',
  country: 'country', land: 'country',
  assured_date: 'assured_date', verified: 'assured_date', bekraeftet: 'assured_date', bestatigt: 'assured_date', bestaetigt: 'assured_date',
};

function mapColumns(headers: string[], lang: ContentLanguage): ColumnMapping[] {
  return headers.map((column) => {
    const key = foldText(column.trim()).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
    const suffix = /_(da|de|en)$/.exec(key)?.[1] as ContentLanguage | undefined;
    const bare = suffix ? key.slice(0, -3) : key;
    const text = TEXT_FIELDS[bare as keyof typeof TEXT_FIELDS];
    if (text) return { column, field: `${text}.${suffix ?? lang}` };
    return { column, field: FIELDS[key] ?? null };
  });
}

const YES = new Set(['yes', 'ja', 'true', '1', 'x', 'y', 'j']);
const list = (v: string) => v.split(/[;,]/).map((s) => s.trim()).filter(Boolean);

function rowToOffer(row: Record<string, string>, mapping: ColumnMapping[], base: Offer | undefined, id: string, resolve: { org: (v: string) => string; need: (v: string) => string }): unknown {
  const next: Record<string, unknown> = structuredClone(base ?? { phones: [], locations: [], cost_options: [], schedules: [], free: false, access: 'both', status: 'active' });
  next.id = id;
  const place: Record<string, string> = {};
  for (const { column, field } of mapping) {
    const value = (row[column] ?? '').trim();
    if (!field || field === 'id') continue;
    const [name, lng] = field.split('.');
    if (lng) {
      const t = { ...((next[name] as LocalizedText | undefined) ?? {}) } as Record<string, string>;
      if (value) t[lng] = value;
      else delete t[lng];
      next[name] = Object.keys(t).length ? t : undefined;
      continue;
    }
    if (!value) continue;
    if (field === 'organization_id') next.organization_id = resolve.org(value);
    else if (field === 'categories') next.categories = list(value).map(resolve.need);
    else if (field === 'languages') next.languages = list(value).map((l) => l.toLowerCase());
    else if (field === 'minimum_age' || field === 'maximum_age') next[field] = /^\d+$/.test(value) ? Number(value) : value;
    else if (field === 'free') next.free = YES.has(foldText(value));
    else if (field === 'phone') next.phones = list(value).map((number) => ({ number }));
    else if (['address_1', 'postal_code', 'city', 'municipality', 'country'].includes(field)) place[field] = value;
    else next[field] = value;
  }
  if (Object.keys(place).length) {
    const first = (base?.locations[0] ?? {}) as Record<string, unknown>;
    const merged = { ...first, ...place } as Record<string, string>;
    merged.id ??= slugOf(`${merged.address_1 ?? 'place'}`);
    merged.municipality ??= merged.city;
    if (merged.country) merged.country = countryCode(merged.country);
    next.locations = [merged, ...(base?.locations.slice(1) ?? [])];
  }
  return next;
}

export interface CsvReport extends ImportReport {
  columns: ColumnMapping[];
}

/** Imports unless `dryRun` or any row was rejected; row numbers count the header as row 1. */
export function importCsv(db: Db, catalogueId: string, csv: string, lang: ContentLanguage, dryRun = false): CsvReport {
  const base = catalogueContent.parse(currentContent(db, catalogueId));
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, { columns: true, skip_empty_lines: true, bom: true, trim: true, delimiter: csv.split('\n')[0].includes(';') && !csv.split('\n')[0].includes(',') ? ';' : ',' });
  } catch (error) {
    return { language: lang, applied: false, added: [], updated: [], columns: [], rejected: [{ index: -1, record: 'file', reason: `not readable as CSV: ${(error as Error).message}` }] };
  }
  const columns = mapColumns(rows.length ? Object.keys(rows[0]) : [], lang);
  const orgByName = new Map(base.organisations.flatMap((o) => [[foldText(o.id), o.id], [foldText(o.name), o.id]] as const));
  const needByName = new Map(base.needs.flatMap((n) => [[foldText(n.id), n.id], ...CONTENT_LANGUAGES.flatMap((l) => (n.name[l] ? [[foldText(n.name[l]!), n.id] as const] : []))]));
  const resolve = { org: (v: string) => orgByName.get(foldText(v)) ?? v, need: (v: string) => needByName.get(foldText(v)) ?? v };
  const offers = new Map(base.offers.map((o) => [o.id, o]));
  const added: string[] = [];
  const updated: string[] = [];
  const rejected: CsvReport['rejected'] = [];
  const seen = new Set<string>();
  const idColumn = columns.find((c) => c.field === 'id')?.column;
  const nameColumn = columns.find((c) => c.field?.startsWith('name.'))?.column;
  rows.forEach((row, i) => {
    const label = (nameColumn && row[nameColumn]) || `row ${i + 2}`;
    const id = (idColumn && row[idColumn]) || (nameColumn && row[nameColumn] ? slugOf(row[nameColumn]) : '');
    if (!id) return rejected.push({ index: i + 2, record: label, reason: 'no id and no name to make one from' });
    if (seen.has(id)) return rejected.push({ index: i + 2, record: label, reason: `offer id ${id} appears twice in the file` });
    seen.add(id);
    const parsed = offer.safeParse(rowToOffer(row, columns, offers.get(id), id, resolve));
    if (!parsed.success) return rejected.push({ index: i + 2, record: label, reason: parsed.error.issues.map((x) => `${x.path.join('.') || 'row'}: ${x.message}`).join('; ') });
    const refs = catalogueContent.safeParse({ ...base, offers: [parsed.data] });
    if (!refs.success) return rejected.push({ index: i + 2, record: label, reason: refs.error.issues.map((x) => x.message).join('; ') });
    if (!offers.has(id)) added.push(id);
    else if (canonicalJson(offers.get(id)) !== canonicalJson(parsed.data)) updated.push(id);
    offers.set(id, parsed.data);
  });
  const applied = rejected.length === 0 && !dryRun && rows.length > 0;
  if (applied) applyContent(db, catalogueId, { ...base, offers: [...offers.values()] });
  return { language: lang, applied, added, updated, rejected, columns };
}
