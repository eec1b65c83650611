import 'dayjs/locale/vi';
import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { DEFAULT_LANGUAGE, isLanguage, loadLanguagePreference, saveLanguagePreference } from './language-preference';
import type { Language } from './language-preference';
import reasonsEn from './reasons.en.json';
import reasonsVi from './reasons.vi.json';
import vi from './vi.json';

const i18n = createInstance();

/** The app's texts, with the server's reasons (codes with parameters) under `reasons`. */
export const resources = {
  vi: { translation: { ...vi, reasons: reasonsVi } },
  en: { translation: { ...en, reasons: reasonsEn } },
} as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: loadLanguagePreference() ?? DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

/** The current UI language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers the choice in this browser. */
export async function setLanguage(language: Language): Promise<void> {
  saveLanguagePreference(language);
  await i18n.changeLanguage(language);
}

/**
 * Adopts the language from the user's profile after sign-in, unless the reader already picked
 * one in this browser (the explicit choice wins; the header switcher keeps both in sync).
 */
export async function adoptProfileLanguage(language: Language): Promise<void> {
  if (loadLanguagePreference() === null && i18n.language !== language) {
    await i18n.changeLanguage(language);
  }
}

export { i18n };
