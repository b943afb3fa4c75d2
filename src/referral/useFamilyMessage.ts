// Loads the family language's frame texts (bundled and precached, so offline too) and composes the
// message and its channel outputs whenever the offers, the language or the note change.
import { useEffect, useMemo, useState } from 'react';
import { loadLocale } from '../app/i18n.ts';
import { familyTranslator, type FamilyTexts } from './family-i18n.ts';
import { fullLines, type Line } from './layout.ts';
import { composeMessage, type FamilyMessage, type ReferralItem } from './message.ts';
import { referralOutputs, type ReferralOutputs } from './outputs.ts';

export interface Composed {
  message: FamilyMessage;
  lines: Line[];
  outputs: ReferralOutputs;
}

export function useFamilyMessage(items: ReferralItem[] | undefined, language: string, note: string): Composed | undefined {
  const [texts, setTexts] = useState<{ lng: string; texts: FamilyTexts }>();
  useEffect(() => {
    let current = true;
    void loadLocale(language, 'family').then((loaded) => {
      if (current) setTexts({ lng: language, texts: loaded });
    });
    return () => {
      current = false;
    };
  }, [language]);
  const t = useMemo(() => (texts ? familyTranslator(texts.lng, texts.texts) : undefined), [texts]);
  return useMemo(() => {
    if (!t || !texts || !items || items.length === 0) return undefined;
    const message = composeMessage({ items, language: texts.lng, t, note });
    return { message, lines: fullLines(message), outputs: referralOutputs(message) };
  }, [items, texts, t, note]);
}
