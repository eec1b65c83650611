import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LoadMoreProps {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  'data-testid'?: string;
}

/** "Showing n of m" and a button for the next page of a cursor connection. */
export function LoadMore({ shown, total, hasMore, loading, onLoadMore, 'data-testid': testId }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t('common.shownOfTotal', { shown, total })}
      </Text>
      {hasMore && (
        <Button variant="light" size="xs" loading={loading} onClick={onLoadMore} data-testid={testId}>
          {t('common.loadMore')}
        </Button>
      )}
    </Group>
  );
}
