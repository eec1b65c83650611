import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function CenteredLoader() {
  const { t } = useTranslation();
  return (
    <Center h="50vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
