import type { Locale } from '@/gql/graphql';
import type { Language } from '@/i18n/language-preference';

/** The API's Locale enum for a UI language. */
export function localeFromLanguage(language: Language): Locale {
  return language === 'en' ? 'EN' : 'VI';
}

/** The UI language for the API's Locale enum. */
export function languageFromLocale(locale: Locale): Language {
  return locale === 'EN' ? 'en' : 'vi';
}
