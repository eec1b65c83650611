import { Alert, Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useFormat } from '@/lib/use-format';
import { useCalendarFeeds, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/calendar';

/**
 * The cluster's private ICS link (operator admins): create it (the URL shows once, to copy),
 * revoke it, or replace it with a new one.
 */
export function CalendarFeedPanel({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const feeds = useCalendarFeeds(clusterId, true);
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const create = useCreateCalendarFeed({
    onSuccess: (created) => {
      setUrl(created.url);
      setRevoked(false);
    },
  });
  const revoke = useRevokeCalendarFeed({
    onSuccess: () => {
      setUrl(null);
      setRevoked(true);
    },
  });
  const live = feeds.data?.[0];

  return (
    <Card withBorder padding="lg" data-testid="calendar-feed">
      <Stack gap="sm">
        <Title order={4}>{t('upkeep.calendar.feed.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('upkeep.calendar.feed.description')}
        </Text>
        {feeds.error && <ErrorAlert error={feeds.error} />}
        {create.error && <ErrorAlert error={create.error} />}
        {revoke.error && <ErrorAlert error={revoke.error} />}
        {revoked && (
          <Alert color="gray" variant="light" data-testid="calendar-feed-revoked">
            {t('upkeep.calendar.feed.revoked')}
          </Alert>
        )}
        {url !== null && (
          <Stack gap={4}>
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                label={t('upkeep.calendar.feed.url')}
                value={url}
                readOnly
                style={{ flex: 1, minWidth: 0 }}
                data-testid="calendar-feed-url"
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton value={url} timeout={1500}>
                {({ copied, copy }) => (
                  <Button variant="light" onClick={copy} data-testid="calendar-feed-copy">
                    {copied ? t('upkeep.calendar.feed.copied') : t('upkeep.calendar.feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" c="orange">
              {t('upkeep.calendar.feed.once')}
            </Text>
          </Stack>
        )}
        {live === undefined ? (
          <Text size="sm" data-testid="calendar-feed-none">
            {t('upkeep.calendar.feed.none')}
          </Text>
        ) : (
          <Text size="sm" data-testid="calendar-feed-active">
            {t('upkeep.calendar.feed.active', { date: format.dateTime(live.createdAt) })}
          </Text>
        )}
        <Group>
          <Button
            variant={live === undefined ? 'filled' : 'default'}
            loading={create.isPending}
            onClick={() => create.mutate(clusterId)}
            data-testid="calendar-feed-create"
            title={live === undefined ? undefined : t('upkeep.calendar.feed.replaceHint')}
          >
            {live === undefined ? t('upkeep.calendar.feed.create') : t('upkeep.calendar.feed.replace')}
          </Button>
          {live !== undefined && (
            <Button
              color="red"
              variant="light"
              loading={revoke.isPending}
              onClick={() => revoke.mutate(live.id)}
              data-testid="calendar-feed-revoke"
            >
              {t('upkeep.calendar.feed.revoke')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
