// The fixed code lists of the catalogue format, apart from the zod schemas so screens can use them without loading zod.
export const CONTENT_LANGUAGES = ['da', 'de', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
