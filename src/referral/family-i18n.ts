// The family-facing frame texts need languages the UI does not offer (ar, tr, uk …), so each gets a
// translator of its own instead of going through the UI's i18next instance and its supportedLngs.
import { createInstance, type TFunction } from 'i18next';

export type FamilyTexts = Record<string, unknown>;
export type FamilyTranslate = TFunction<'family'>;

/** A synchronous translator for one family language from that language's family.json. */
export function familyTranslator(lng: string, texts: FamilyTexts): FamilyTranslate {
  const instance = createInstance();
  void instance.init({
    lng,
    resources: { [lng]: { family: texts } },
    ns: ['family'],
    defaultNS: 'family',
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(lng, 'family') as FamilyTranslate;
}
