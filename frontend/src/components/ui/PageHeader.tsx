import { Stack, Text, Title } from '@mantine/core';

interface PageHeaderProps {
  title: string;
  description?: string;
}

export function PageHeader({ title, description }: PageHeaderProps) {
  return (
    <Stack gap={4} mb="lg">
      <Title order={2}>{title}</Title>
      {description !== undefined && <Text c="dimmed">{description}</Text>}
    </Stack>
  );
}
