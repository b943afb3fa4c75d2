// Offers carry texts per language, and any language may be missing: one place decides the fallback.
import type { LocalizedText, ContentLanguage } from './schema.ts';

export interface PickedText {
  text: string;
  /** The language the text is actually in (differs from the wish when falling back). */
  lang: ContentLanguage;
}

const ORDER: ContentLanguage[] = ['en', 'da', 'de'];

/** The text in `wanted`, else in the catalogue's own language, else in any language present. */
export function pickText(
  t: LocalizedText | undefined,
  wanted: string,
  catalogueLanguage?: ContentLanguage,
): PickedText | undefined {
  if (!t) return undefined;
  const tries = [wanted, catalogueLanguage, ...ORDER].filter(Boolean) as ContentLanguage[];
  for (const lang of tries) {
    const text = t[lang];
    if (text) return { text, lang };
  }
  return undefined;
}

/** Every language's text, for search indexes that must find an offer in any language. */
export function allTexts(t: LocalizedText | undefined): string[] {
  return t ? (Object.values(t).filter(Boolean) as string[]) : [];
}
