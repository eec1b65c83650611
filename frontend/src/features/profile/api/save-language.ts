import type { Language } from '@/i18n/language-preference';
import { setLanguage } from '@/i18n/setup';
import { localeFromLanguage } from '@/lib/locale';
import { getSession } from '@/lib/session/session-store';
import { updateProfile } from './profile';

/**
 * Switches the UI language and, when signed in, saves it to the profile too, so the emails
 * the user receives follow the same choice.
 */
export async function saveLanguage(language: Language): Promise<void> {
  await setLanguage(language);
  const session = getSession();
  if (session.status === 'signedIn' && session.viewer.locale !== localeFromLanguage(language)) {
    await updateProfile({ locale: localeFromLanguage(language) });
  }
}
