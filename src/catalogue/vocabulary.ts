// The fixed word lists of an offer (languages, weekdays, ways in) without zod, so screens that only
// need the words do not load the validator: the schema builds on these same lists.

export const CONTENT_LANGUAGES = ['da', 'de', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** How a family gets in: by themselves, only through a professional, or both. */
export const ACCESS = ['self', 'professional', 'both'] as const;
