import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '@/i18n/language-preference';
import type { Language } from '@/i18n/language-preference';

interface LanguageSwitcherProps {
  onChange: (language: Language) => void;
}

/** Vietnamese / English toggle; what a change does (remember, save to profile) is up to the caller. */
export function LanguageSwitcher({ onChange }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      data-testid="language-switcher"
      value={isLanguage(i18n.language) ? i18n.language : 'vi'}
      onChange={(value) => {
        if (isLanguage(value)) onChange(value);
      }}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <span title={t(`language.${language}`)} data-testid={`language-${language}`}>
            {language.toUpperCase()}
          </span>
        ),
      }))}
    />
  );
}
