// UI language: the browser decides on first start, the user's choice is remembered, and every
// string comes from locales/<lng>/<namespace>.json, loaded lazily per language (and precached).
import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const UI_LANGUAGES = ['da', 'de', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** Loaded at start: what the first screen and an offer page need. Every other namespace (settings,
 * referral, organisations, coordinator) loads with its screen; all are precached for offline use.
 * Family-language texts (family.json) go through their own translator, never through this one. */
export const NAMESPACES = ['common', 'find', 'offer', 'sync', 'schedule'] as const;

const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

export function loadLocale(lng: string, ns: string) {
  const load = localeFiles[`../../locales/${lng}/${ns}.json`];
  return load ? load().then((m) => m.default) : Promise.resolve({});
}

function followHtmlLang(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

/** Starts i18next; `lng` forces a language (tests), otherwise the detector chooses. */
export async function initI18n(lng?: UiLanguage, instance: I18n = i18next): Promise<I18n> {
  instance.on('languageChanged', followHtmlLang);
  await instance
    .use(LanguageDetector)
    .use(resourcesToBackend(loadLocale))
    .use(initReactI18next)
    .init({
      lng,
      supportedLngs: [...UI_LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      // Every key exists in da, de and en (tested), so a supported language needs no fallback
      // download; an unsupported one falls back to English.
      fallbackLng: { da: [], de: [], en: [], default: ['en'] },
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      detection: { order: ['localStorage', 'navigator'], caches: ['localStorage'], lookupLocalStorage: 'ui-language' },
      react: { useSuspense: true },
    });
  followHtmlLang(instance.resolvedLanguage ?? instance.language);
  return instance;
}
