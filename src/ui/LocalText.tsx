// Offer texts come in the languages the catalogue has: show the UI language when present, else a
// fallback, and mark the fallback with its own `lang` so screen readers pronounce it right.
import type { ElementType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage, LocalizedText } from '../catalogue/schema.ts';
import { pickText, type PickedText } from '../catalogue/text.ts';

export function usePick(): (t: LocalizedText | undefined, catalogueLanguage?: ContentLanguage) => PickedText | undefined {
  const { i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? i18n.language;
  return (t, catalogueLanguage) => pickText(t, ui, catalogueLanguage);
}

/** The `lang` attribute a picked text needs: only when it differs from the page's language. */
export function useFallbackLang(): (picked: PickedText | undefined) => string | undefined {
  const { i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? i18n.language;
  return (picked) => fallbackLang(picked, ui);
}

/** `useFallbackLang` for a caller that knows the UI language already. */
export function fallbackLang(picked: PickedText | undefined, ui: string): string | undefined {
  return picked && picked.lang !== ui ? picked.lang : undefined;
}

interface Props {
  text: LocalizedText | undefined;
  catalogueLanguage?: ContentLanguage;
  as?: ElementType;
  className?: string;
  /** Renders the picked text differently (e.g. highlighted); gets the text and its language. */
  render?: (picked: PickedText) => ReactNode;
}

export function LocalText({ text, catalogueLanguage, as: Tag = 'span', className, render }: Props) {
  const pick = usePick();
  const langOf = useFallbackLang();
  const picked = pick(text, catalogueLanguage);
  if (!picked) return null;
  return (
    <Tag className={className} lang={langOf(picked)}>
      {render ? render(picked) : picked.text}
    </Tag>
  );
}
