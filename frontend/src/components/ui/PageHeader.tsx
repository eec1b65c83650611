import { Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  description?: string;
}

/** Names the browser tab `<title> · <product>` (the product alone for an empty title). */
export function useDocumentTitle(title: string) {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = title === '' ? product : `${title} · ${product}`;
  }, [title, product]);
}

/**
 * A page's one `h1` and its description; it also names the browser tab after the page, so
 * tabs, history and screen readers tell pages apart.
 */
export function PageHeader({ title, description }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <Stack gap={4} mb="lg">
      <Title order={1} size="h2">
        {title}
      </Title>
      {description !== undefined && <Text c="dimmed">{description}</Text>}
    </Stack>
  );
}
