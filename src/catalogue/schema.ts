// The one definition of an offer and its catalogue, shared by the server, the sync and the UI.
// Field names follow Open Referral HSDS 3.0 (service, organization, location, phone, schedule,
// language, cost_option, taxonomy_term); texts go beyond HSDS by carrying one value per language.
import { z } from 'zod';
import { CONTENT_LANGUAGES, WEEKDAYS } from './codes.ts';

export { CONTENT_LANGUAGES, WEEKDAYS, type ContentLanguage, type Weekday } from './codes.ts';

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes');

/** Free text in several languages; at least one language must be present. */
export const localizedText = z
  .object({
    da: z.string().trim().min(1).max(4000).optional(),
    de: z.string().trim().min(1).max(4000).optional(),
    en: z.string().trim().min(1).max(4000).optional(),
  })
  .strict()
  .refine((t) => t.da !== undefined || t.de !== undefined || t.en !== undefined, {
    message: 'at least one language',
  });
export type LocalizedText = z.infer<typeof localizedText>;

/** Only http(s) links: a `javascript:` URL must never reach an href. */
const webUrl = z
  .string()
  .max(500)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), { message: 'http or https only' });
const email = z.string().max(200).email();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const clockTime = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'HH:MM');

export const phone = z
  .object({
    number: z.string().min(3).max(40).regex(/^[+0-9 ()-]+$/, 'digits, spaces, + ( ) -'),
    description: localizedText.optional(),
  })
  .strict();
export type Phone = z.infer<typeof phone>;

/** A weekly rule in HSDS `schedule` terms (freq WEEKLY, byday, opens_at/closes_at). */
export const schedule = z
  .object({
    freq: z.literal('WEEKLY').default('WEEKLY'),
    interval: z.number().int().min(1).max(4).optional(),
    byday: z.array(z.enum(WEEKDAYS)).min(1),
    opens_at: clockTime,
    closes_at: clockTime,
    valid_from: isoDate.optional(),
    valid_to: isoDate.optional(),
    location_id: id.optional(),
    notes: localizedText.optional(),
  })
  .strict();
export type Schedule = z.infer<typeof schedule>;

export const location = z
  .object({
    id,
    name: localizedText.optional(),
    address_1: z.string().min(1).max(200),
    postal_code: z.string().min(3).max(10),
    city: z.string().min(1).max(100),
    /** Municipality or district the place belongs to (the "area" filter). */
    municipality: z.string().min(1).max(100),
    country: z.enum(['DK', 'DE']),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  })
  .strict();
export type Location = z.infer<typeof location>;

export const costOption = z
  .object({
    option: localizedText,
    amount: z.number().min(0).max(100000).optional(),
    currency: z.enum(['DKK', 'EUR']).optional(),
  })
  .strict();
export type CostOption = z.infer<typeof costOption>;

export const organisation = z
  .object({
    id,
    name: z.string().min(1).max(200),
    description: localizedText,
    website: webUrl.optional(),
    email: email.optional(),
    phones: z.array(phone).max(10).default([]),
  })
  .strict();
export type Organisation = z.infer<typeof organisation>;

/** How a family gets in: by themselves, only through a professional, or both. */
export const ACCESS = ['self', 'professional', 'both'] as const;

export const offer = z
  .object({
    id,
    organization_id: id,
    status: z.enum(['active', 'inactive']).default('active'),
    name: localizedText,
    /** One line shown in result lists. */
    summary: localizedText,
    description: localizedText,
    eligibility_description: localizedText.optional(),
    minimum_age: z.number().int().min(0).max(120).optional(),
    maximum_age: z.number().int().min(0).max(120).optional(),
    /** Ids of needs (taxonomy terms) from the catalogue's taxonomy. */
    categories: z.array(id).min(1).max(10),
    /** ISO 639-1 codes of the languages the offer is given in. */
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1).max(20),
    free: z.boolean(),
    cost_options: z.array(costOption).max(10).default([]),
    access: z.enum(ACCESS),
    application_process: localizedText.optional(),
    url: webUrl.optional(),
    email: email.optional(),
    phones: z.array(phone).max(10).default([]),
    locations: z.array(location).max(20).default([]),
    schedules: z.array(schedule).max(30).default([]),
    /** Plain words for times that are not weekly rules ("by appointment"). */
    schedule_description: localizedText.optional(),
    /** HSDS `assured_date`: when the entry was last checked with the provider. */
    assured_date: isoDate,
  })
  .strict()
  .refine(
    (o) => o.minimum_age === undefined || o.maximum_age === undefined || o.minimum_age <= o.maximum_age,
    { message: 'minimum_age must not exceed maximum_age', path: ['maximum_age'] },
  );
export type Offer = z.infer<typeof offer>;

/** A need (HSDS taxonomy_term) with translated labels and search synonyms. */
export const need = z
  .object({
    id,
    name: localizedText,
    synonyms: z
      .object({
        da: z.array(z.string()).optional(),
        de: z.array(z.string()).optional(),
        en: z.array(z.string()).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
export type Need = z.infer<typeof need>;

/** A postcode or town with coordinates, for "distance from a place you type". */
export const place = z
  .object({
    postal_code: z.string().min(3).max(10),
    name: z.string().min(1).max(100),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  })
  .strict();
export type Place = z.infer<typeof place>;

export const catalogueInfo = z
  .object({
    id,
    name: localizedText,
    region: z.string().min(1).max(100),
    default_language: z.enum(CONTENT_LANGUAGES),
  })
  .strict();
export type CatalogueInfo = z.infer<typeof catalogueInfo>;

/** The full content of one catalogue version: what a snapshot file holds. */
export const catalogueContent = z
  .object({
    catalogue: catalogueInfo,
    needs: z.array(need),
    organisations: z.array(organisation),
    offers: z.array(offer),
    places: z.array(place).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const orgIds = new Set(c.organisations.map((o) => o.id));
    const needIds = new Set(c.needs.map((n) => n.id));
    const seen = new Set<string>();
    c.offers.forEach((o, i) => {
      if (seen.has(o.id)) ctx.addIssue({ code: 'custom', message: `duplicate offer id ${o.id}`, path: ['offers', i, 'id'] });
      seen.add(o.id);
      if (!orgIds.has(o.organization_id))
        ctx.addIssue({ code: 'custom', message: `unknown organisation ${o.organization_id}`, path: ['offers', i, 'organization_id'] });
      o.categories.forEach((cat, j) => {
        if (!needIds.has(cat)) ctx.addIssue({ code: 'custom', message: `unknown need ${cat}`, path: ['offers', i, 'categories', j] });
      });
    });
  });
export type CatalogueContent = z.infer<typeof catalogueContent>;
/** What a demo data file may omit (defaults) before parsing. */
export type CatalogueContentInput = z.input<typeof catalogueContent>;
