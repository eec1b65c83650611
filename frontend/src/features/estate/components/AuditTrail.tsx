import { Card, Code, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditFieldsFragment } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';

function parse(json: string | null | undefined): Record<string, unknown> {
  if (json == null) return {};
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const ACTIONS = ['created', 'updated', 'activated', 'terminated', 'renewed'] as const;
type KnownAction = (typeof ACTIONS)[number];
const isKnownAction = (action: string): action is KnownAction => (ACTIONS as readonly string[]).includes(action);

const show = (value: unknown) => (value === undefined ? '∅' : JSON.stringify(value));

/** The fields whose value differs between two JSON snapshots. */
export function changedFields(before: string | null | undefined, after: string | null | undefined) {
  const a = parse(before);
  const b = parse(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => ({ key, before: show(a[key]), after: show(b[key]) }));
}

/** Who changed what, newest first, with the fields that changed. */
export function AuditTrail({ entries }: { entries: readonly AuditFieldsFragment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" data-testid="audit-trail">
      <Title order={3} size="h4" mb="md">
        {t('estate.audit.title')}
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('estate.audit.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {entries.map((entry, index) => {
            const changes = entry.before == null ? [] : changedFields(entry.before, entry.after);
            return (
              <Timeline.Item
                key={`${entry.at}-${index}`}
                title={
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {isKnownAction(entry.action) ? t(`estate.audit.actions.${entry.action}`) : entry.action}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {format.dateTime(entry.at)} · {t('estate.audit.by', { actor: entry.actorEmail ?? t('estate.audit.system') })}
                    </Text>
                  </Group>
                }
              >
                {entry.before == null ? (
                  <Text size="xs" c="dimmed">
                    {t('estate.audit.created')}
                  </Text>
                ) : (
                  <Stack gap={2}>
                    {changes.map((change) => (
                      <Text size="xs" key={change.key} style={{ wordBreak: 'break-word' }}>
                        <Code>{change.key}</Code> {change.before} → {change.after}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Card>
  );
}
