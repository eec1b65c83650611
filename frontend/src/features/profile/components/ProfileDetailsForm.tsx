import { Button, Card, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LANGUAGES } from '@/i18n/language-preference';
import type { Language } from '@/i18n/language-preference';
import { setLanguage } from '@/i18n/setup';
import { applyFieldErrors } from '@/lib/forms';
import { languageFromLocale, localeFromLanguage } from '@/lib/locale';
import type { Viewer } from '@/lib/session/session-store';
import { useUpdateProfile } from '../api/profile';

interface ProfileValues {
  displayName: string;
  language: Language;
}

export function ProfileDetailsForm({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const form = useForm<ProfileValues>({
    mode: 'uncontrolled',
    initialValues: { displayName: viewer.displayName, language: languageFromLocale(viewer.locale) },
    validate: { displayName: isNotEmpty(t('common.required')) },
  });
  const save = useUpdateProfile({
    onSuccess: async (updated) => {
      await setLanguage(languageFromLocale(updated.locale));
      notifications.show({ color: 'teal', message: t('profile.details.saved') });
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  const submit = (values: ProfileValues) =>
    save.mutate({ displayName: values.displayName.trim(), locale: localeFromLanguage(values.language) });

  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4" mb="md">
        {t('profile.details.title')}
      </Title>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack>
          {save.isError && <ErrorAlert error={save.error} retry={false} />}
          <TextInput label={t('common.email')} value={viewer.email} readOnly disabled />
          <TextInput
            label={t('common.displayName')}
            required
            autoComplete="name"
            data-testid="profile-display-name"
            key={form.key('displayName')}
            {...form.getInputProps('displayName')}
            name="displayName"
          />
          <NativeSelect
            label={t('common.language')}
            description={t('profile.language.description')}
            data-testid="profile-language"
            data={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
            key={form.key('language')}
            {...form.getInputProps('language')}
            name="locale"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="profile-submit">
              {t('profile.details.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
