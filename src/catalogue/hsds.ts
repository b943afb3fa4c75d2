// Open Referral HSDS 3.0 import and export of a catalogue, as pure mapping. HSDS texts are
// single-language, so an export states its language and an import fills one language of the
// records it matches. What HSDS has no field for (our ids, summary, access, free, needs) travels
// as HSDS attributes with taxonomy terms of the "tilbudsguiden" vocabularies.
import { z } from 'zod';
import { catalogueContent, offer, organisation, WEEKDAYS, type CatalogueContent, type ContentLanguage, type LocalizedText, type Need, type Offer, type Organisation } from './schema.ts';
import { foldText } from './fold.ts';
import { canonicalJson } from './manifest.ts';

export const HSDS_VERSION = '3.0';
const VOCAB = 'tilbudsguiden';
const NEEDS_VOCAB = 'tilbudsguiden-needs';

/** Deterministic HSDS uuid for one of our records (e.g. uuid v5 of kind and id); injected, so this stays pure. */
export type UuidOf = (kind: string, id: string) => string;

type Json = Record<string, unknown>;

export interface HsdsExport {
  hsds_version: string;
  /** The one language every text in this file is in. */
  language: ContentLanguage;
  catalogue: { id: string; name: string; region: string };
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Json[];
}

function text(t: LocalizedText | undefined, lang: ContentLanguage): string | undefined {
  return t?.[lang];
}

function clean<T extends Json>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function attribute(uuid: UuidOf, linkId: string, code: string, value: string, name: string): Json {
  return {
    id: uuid('attribute', `${linkId}:${code}:${value}`),
    link_id: linkId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: uuid('term', `${VOCAB}:${code}`),
    value,
    taxonomy_term: { id: uuid('term', `${VOCAB}:${code}`), code, name, description: name, taxonomy: VOCAB },
  };
}

function serviceOf(o: Offer, org: Organisation, needs: Map<string, Need>, lang: ContentLanguage, uuid: UuidOf): Json {
  const id = uuid('service', o.id);
  const orgId = uuid('organization', org.id);
  const attributes = [
    attribute(uuid, id, 'id', o.id, 'Tilbudsguiden offer id'),
    attribute(uuid, id, 'access', o.access, 'How families get in: self, professional or both'),
    attribute(uuid, id, 'free', String(o.free), 'Free of charge'),
    ...(text(o.summary, lang) ? [attribute(uuid, id, 'summary', text(o.summary, lang)!, 'One-line summary')] : []),
    ...o.categories.map((c) => ({
      id: uuid('attribute', `${id}:need:${c}`),
      link_id: id,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: uuid('term', `${NEEDS_VOCAB}:${c}`),
      value: c,
      taxonomy_term: { id: uuid('term', `${NEEDS_VOCAB}:${c}`), code: c, name: text(needs.get(c)?.name, lang) ?? '', description: text(needs.get(c)?.name, lang) ?? '', taxonomy: NEEDS_VOCAB, language: lang },
    })),
  ];
  const schedules: Json[] = o.schedules.map((s, i) =>
    clean({
      id: uuid('schedule', `${o.id}:${i}`),
      service_id: id,
      location_id: s.location_id ? uuid('location', `${o.id}:${s.location_id}`) : undefined,
      freq: s.freq,
      interval: s.interval,
      byday: s.byday.join(','),
      opens_at: s.opens_at,
      closes_at: s.closes_at,
      valid_from: s.valid_from,
      valid_to: s.valid_to,
      notes: text(s.notes, lang),
    }),
  );
  // Times that are no weekly rule are an HSDS schedule with only a description.
  if (o.schedule_description) schedules.push(clean({ id: uuid('schedule', `${o.id}:description`), service_id: id, description: text(o.schedule_description, lang) ?? '' }));
  return clean({
    id,
    organization_id: orgId,
    name: text(o.name, lang) ?? '',
    description: text(o.description, lang),
    url: o.url,
    email: o.email,
    status: o.status,
    application_process: text(o.application_process, lang),
    eligibility_description: text(o.eligibility_description, lang),
    minimum_age: o.minimum_age,
    maximum_age: o.maximum_age,
    assured_date: o.assured_date,
    phones: o.phones.map((p, i) => clean({ id: uuid('phone', `${o.id}:${i}`), service_id: id, number: p.number, description: text(p.description, lang) })),
    schedules,
    service_at_locations: o.locations.map((l) => {
      const locId = uuid('location', `${o.id}:${l.id}`);
      return {
        id: uuid('service_at_location', `${o.id}:${l.id}`),
        service_id: id,
        location_id: locId,
        location: clean({
          id: locId,
          location_type: 'physical',
          name: text(l.name, lang),
          latitude: l.latitude,
          longitude: l.longitude,
          external_identifier: l.id,
          external_identifier_type: VOCAB,
          addresses: [
            { id: uuid('address', `${o.id}:${l.id}`), location_id: locId, address_1: l.address_1, city: l.city, region: l.municipality, state_province: '', postal_code: l.postal_code, country: l.country, address_type: 'physical' },
          ],
        }),
      };
    }),
    languages: o.languages.map((code) => ({ id: uuid('language', `${o.id}:${code}`), service_id: id, code })),
    cost_options: o.cost_options.map((c, i) => clean({ id: uuid('cost_option', `${o.id}:${i}`), service_id: id, option: text(c.option, lang), amount: c.amount, currency: c.currency })),
    organization: clean({
      id: orgId,
      name: org.name,
      description: text(org.description, lang) ?? '',
      email: org.email,
      website: org.website,
      phones: org.phones.map((p, i) => clean({ id: uuid('phone', `org:${org.id}:${i}`), organization_id: orgId, number: p.number, description: text(p.description, lang) })),
      organization_identifiers: [{ id: uuid('organization_identifier', org.id), organization_id: orgId, identifier_type: VOCAB, identifier: org.id }],
    }),
    attributes,
  });
}

/** A catalogue's offers as an HSDS 3.0 service list page, every text in `lang`. */
export function toHsds(content: CatalogueContent, lang: ContentLanguage, uuid: UuidOf): HsdsExport {
  const orgs = new Map(content.organisations.map((x) => [x.id, x]));
  const needs = new Map(content.needs.map((n) => [n.id, n]));
  const contents = content.offers.map((o) => serviceOf(o, orgs.get(o.organization_id)!, needs, lang, uuid));
  return {
    hsds_version: HSDS_VERSION,
    language: lang,
    catalogue: { id: content.catalogue.id, name: text(content.catalogue.name, lang) ?? '', region: content.catalogue.region },
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

// ---- import ----

export interface Rejected {
  /** Position in the file (0-based) and the best name for the record. */
  index: number;
  record: string;
  reason: string;
}

export interface HsdsImport {
  language: ContentLanguage;
  /** The catalogue after the import: base records with this language filled, plus new ones. */
  content: CatalogueContent;
  added: string[];
  /** Matched records whose content changed (matched and unchanged ones are in neither list). */
  updated: string[];
  rejected: Rejected[];
}

const str = z.string().optional().nullable();
const service = z.looseObject({
  id: z.string().optional(),
  name: z.string(),
  description: str,
  url: str,
  email: str,
  status: str,
  application_process: str,
  eligibility_description: str,
  fees_description: str,
  alternate_name: str,
  minimum_age: z.number().optional().nullable(),
  maximum_age: z.number().optional().nullable(),
  assured_date: str,
  phones: z.array(z.looseObject({ number: z.string(), description: str })).optional().nullable(),
  schedules: z.array(z.looseObject({ freq: str, interval: z.number().optional().nullable(), byday: str, opens_at: str, closes_at: str, valid_from: str, valid_to: str, notes: str, description: str, location_id: str })).optional().nullable(),
  service_at_locations: z
    .array(
      z.looseObject({
        location: z.looseObject({
          id: z.string().optional(),
          name: str,
          latitude: z.number().optional().nullable(),
          longitude: z.number().optional().nullable(),
          external_identifier: str,
          addresses: z.array(z.looseObject({ address_1: z.string(), city: z.string(), region: str, state_province: str, postal_code: z.string(), country: z.string() })).optional().nullable(),
        }),
      }),
    )
    .optional()
    .nullable(),
  languages: z.array(z.looseObject({ code: str, name: str })).optional().nullable(),
  cost_options: z.array(z.looseObject({ option: str, amount: z.number().optional().nullable(), currency: str })).optional().nullable(),
  organization: z.looseObject({
    id: z.string().optional(),
    name: z.string(),
    description: str,
    email: str,
    website: str,
    phones: z.array(z.looseObject({ number: z.string(), description: str })).optional().nullable(),
    organization_identifiers: z.array(z.looseObject({ identifier_type: str, identifier: z.string() })).optional().nullable(),
  }),
  attributes: z.array(z.looseObject({ value: str, taxonomy_term: z.looseObject({ code: str, name: str, taxonomy: str }).optional().nullable() })).optional().nullable(),
});
type Service = z.infer<typeof service>;

/** An id from a name, for records that come without ours (folded, lowercase, dashes). */
export function slugOf(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'record';
}

/** Sets one language of a localized text, keeping the others; an empty value removes it. */
function fill(base: LocalizedText | undefined, lang: ContentLanguage, value: string | null | undefined): LocalizedText | undefined {
  const next: Record<string, string> = { ...(base ?? {}) };
  if (value && value.trim()) next[lang] = value;
  else delete next[lang];
  return Object.keys(next).length ? (next as LocalizedText) : undefined;
}

const COUNTRIES: Record<string, 'DK' | 'DE'> = { dk: 'DK', dnk: 'DK', denmark: 'DK', danmark: 'DK', daenemark: 'DK', de: 'DE', deu: 'DE', germany: 'DE', deutschland: 'DE', tyskland: 'DE' };

/** DK or DE from a code or a country's name in en/da/de; anything else as given (the schema refuses it). */
export function countryCode(value: string): string {
  return COUNTRIES[foldText(value.trim())] ?? value.trim().toUpperCase();
}

function attr(s: Service, vocabulary: string, code: string): string | undefined {
  return s.attributes?.find((a) => a.taxonomy_term?.taxonomy === vocabulary && a.taxonomy_term?.code === code)?.value ?? undefined;
}

type NeedOf = (term: { code?: string | null; name?: string | null }) => string | undefined;

/** The need a taxonomy term means: one of ours by code, else by name (folded); made once per import. */
function needMatcher(needs: Need[]): NeedOf {
  const known = new Set(needs.map((n) => n.id));
  const byName = new Map(needs.flatMap((n) => Object.values(n.name).map((name) => [foldText(name as string), n.id] as const)));
  return (t) => (t.code && known.has(t.code) ? t.code : byName.get(foldText(t.name ?? '')));
}

function offerOf(s: Service, lang: ContentLanguage, base: Offer | undefined, id: string, orgId: string, needOf: NeedOf): unknown {
  const categories = [
    ...new Set(
      (s.attributes ?? [])
        .map((a) => a.taxonomy_term)
        .filter((t) => t && t.taxonomy !== VOCAB)
        .map((t) => needOf(t!))
        .filter((c): c is string => !!c),
    ),
  ];
  const weekly = (s.schedules ?? []).filter((x) => x.byday || x.opens_at);
  const described = (s.schedules ?? []).find((x) => !x.byday && !x.opens_at && x.description);
  const locations = (s.service_at_locations ?? []).map((sal, i) => {
    const l = sal.location;
    const a = l.addresses?.[0];
    const lid = l.external_identifier ?? base?.locations[i]?.id ?? slugOf(`${a?.address_1 ?? 'place'}-${i + 1}`);
    const before = base?.locations.find((x) => x.id === lid);
    return clean({
      id: lid,
      name: fill(before?.name, lang, l.name),
      address_1: a?.address_1,
      postal_code: a?.postal_code,
      city: a?.city,
      municipality: a?.region || a?.state_province || a?.city,
      country: a ? countryCode(a.country) : undefined,
      latitude: l.latitude ?? undefined,
      longitude: l.longitude ?? undefined,
    });
  });
  const locationIds = new Map((s.service_at_locations ?? []).map((sal, i) => [sal.location.id, locations[i].id]));
  const free = attr(s, VOCAB, 'free');
  return clean({
    id,
    organization_id: orgId,
    status: s.status === 'active' || !s.status ? 'active' : 'inactive',
    name: fill(base?.name, lang, s.name),
    // Foreign files have no summary: their alternate name or first sentence stands in.
    summary: fill(base?.summary, lang, attr(s, VOCAB, 'summary') ?? (attr(s, VOCAB, 'id') ? undefined : (s.alternate_name ?? s.description?.split(/(?<=[.!?])\s/)[0]?.slice(0, 300)))),
    description: fill(base?.description, lang, s.description),
    eligibility_description: fill(base?.eligibility_description, lang, s.eligibility_description),
    minimum_age: s.minimum_age ?? undefined,
    maximum_age: s.maximum_age ?? undefined,
    categories,
    languages: (s.languages ?? []).map((l) => l.code).filter(Boolean),
    free: free !== undefined ? free === 'true' : (s.cost_options ?? []).length === 0 && !s.fees_description,
    cost_options: (s.cost_options ?? []).map((c, i) => clean({ option: fill(base?.cost_options[i]?.option, lang, c.option), amount: c.amount ?? undefined, currency: c.currency ?? undefined })),
    access: attr(s, VOCAB, 'access') ?? base?.access ?? 'both',
    application_process: fill(base?.application_process, lang, s.application_process),
    url: s.url ?? undefined,
    email: s.email ?? undefined,
    phones: (s.phones ?? []).map((p, i) => clean({ number: p.number, description: fill(base?.phones[i]?.description, lang, p.description) })),
    locations,
    schedules: weekly.map((x, i) =>
      clean({
        freq: 'WEEKLY',
        interval: x.interval ?? undefined,
        byday: (x.byday ?? '').split(',').map((d) => d.trim().toUpperCase()).filter((d) => (WEEKDAYS as readonly string[]).includes(d)),
        opens_at: x.opens_at?.slice(0, 5),
        closes_at: x.closes_at?.slice(0, 5),
        valid_from: x.valid_from ?? undefined,
        valid_to: x.valid_to ?? undefined,
        location_id: x.location_id ? locationIds.get(x.location_id) : undefined,
        notes: fill(base?.schedules[i]?.notes, lang, x.notes),
      }),
    ),
    schedule_description: fill(base?.schedule_description, lang, described?.description),
    assured_date: s.assured_date?.slice(0, 10),
  });
}

function organisationOf(s: Service, lang: ContentLanguage, base: Organisation | undefined, id: string): unknown {
  const o = s.organization;
  return clean({
    id,
    name: o.name,
    description: fill(base?.description, lang, o.description) ?? base?.description,
    website: o.website ?? undefined,
    email: o.email ?? undefined,
    phones: (o.phones ?? []).map((p, i) => clean({ number: p.number, description: fill(base?.phones[i]?.description, lang, p.description) })),
  });
}

function reasonOf(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
}

/**
 * Reads an HSDS 3.0 service list (a page with `contents`, or a bare array of services) into the
 * catalogue `base`, filling language `lang`. Every record is checked; rejected ones are listed
 * with their reason and left out, so the caller can refuse the whole import when any failed.
 */
export function fromHsds(input: unknown, lang: ContentLanguage, base: CatalogueContent): HsdsImport {
  const list = Array.isArray(input) ? input : (input as { contents?: unknown })?.contents;
  if (!Array.isArray(list)) return { language: lang, content: base, added: [], updated: [], rejected: [{ index: -1, record: 'file', reason: 'not an HSDS service list: expected an array of services or a page with "contents"' }] };
  const offers = new Map(base.offers.map((o) => [o.id, o]));
  const orgs = new Map(base.organisations.map((o) => [o.id, o]));
  const needOf = needMatcher(base.needs);
  const rejected: Rejected[] = [];
  const added: string[] = [];
  const updated: string[] = [];
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    const parsed = service.safeParse(raw);
    const label = (raw as { name?: unknown })?.name;
    if (!parsed.success) return rejected.push({ index, record: typeof label === 'string' ? label : `#${index + 1}`, reason: reasonOf(parsed.error) });
    const s = parsed.data;
    const orgId = s.organization.organization_identifiers?.find((i) => i.identifier_type === VOCAB)?.identifier ?? slugOf(s.organization.name);
    const org = organisation.safeParse(organisationOf(s, lang, orgs.get(orgId), orgId));
    if (!org.success) return rejected.push({ index, record: s.name, reason: `organization: ${reasonOf(org.error)}` });
    const id = attr(s, VOCAB, 'id') ?? slugOf(s.name);
    const next = offer.safeParse(offerOf(s, lang, offers.get(id), id, orgId, needOf));
    if (!next.success) return rejected.push({ index, record: s.name || id, reason: reasonOf(next.error) });
    if (seen.has(id)) return rejected.push({ index, record: s.name, reason: `offer id ${id} appears twice in the file` });
    seen.add(id);
    if (!offers.has(id)) added.push(id);
    else if (canonicalJson(offers.get(id)) !== canonicalJson(next.data)) updated.push(id);
    orgs.set(orgId, org.data);
    offers.set(id, next.data);
  });
  const content = { ...base, organisations: [...orgs.values()], offers: [...offers.values()] };
  const whole = catalogueContent.safeParse(content);
  if (!whole.success) rejected.push({ index: -1, record: 'catalogue', reason: reasonOf(whole.error) });
  return { language: lang, content: whole.success ? whole.data : content, added, updated, rejected };
}
