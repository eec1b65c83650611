import { Anchor, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { Facts } from '@/components/ui/Facts';
import { PageHeader } from '@/components/ui/PageHeader';
import { WorkOrderStatusBadge } from '@/features/maintenance';
import { todayInVietnam } from '@/lib/format';
import { useFormat } from '@/lib/use-format';
import { useAsset } from '../api/assets';
import { useSchedules } from '../api/schedules';
import { AssetForm } from './AssetForm';
import { PHONE_QUERY } from '@/lib/phone';
import { ConditionBadge, PermitWarning } from './badges';
import { EffluentSection } from './EffluentSection';
import { RuleWords } from './RuleWords';

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <Card withBorder padding="lg" data-testid={testId}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Empty({ text }: { text: string }) {
  return (
    <Text c="dimmed" size="sm">
      {text}
    </Text>
  );
}

/** One asset of the register: its facts, permits, the works below it, its schedules and its history. */
export function AssetDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const asset = useAsset(id);
  const schedules = useSchedules({ clusterId: null, assetId: id });
  const [editing, setEditing] = useState(false);
  const phone = useMediaQuery(PHONE_QUERY) ?? false;
  const today = todayInVietnam();

  if (asset.error) return <ErrorAlert error={asset.error} />;
  if (asset.isPending) return <CenteredLoader />;
  const a = asset.data;
  if (a === null) {
    return (
      <>
        <PageHeader title={t('upkeep.detail.notFound')} />
        <Anchor component={Link} to="/asset-register">
          {t('upkeep.detail.back')}
        </Anchor>
      </>
    );
  }
  const spent = a.costs.reduce((sum, c) => sum - c.amount, 0);
  const orderOf = new Map(a.workOrders.map((w) => [w.id, w.reference]));

  return (
    <>
      <Anchor component={Link} to="/asset-register" size="sm" mb="xs" display="inline-block">
        ← {t('upkeep.detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" mb={phone ? 'md' : 0}>
        <PageHeader title={`${a.code} · ${a.name}`} description={t(`upkeep.category.${a.category}`)} />
        <Button variant="default" onClick={() => setEditing(true)} data-testid="asset-edit">
          {t('common.edit')}
        </Button>
      </Group>
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <Facts
            items={[
              { label: t('upkeep.assets.condition'), value: <ConditionBadge condition={a.condition} /> },
              {
                label: t('upkeep.assets.quantity'),
                value: a.quantity == null ? t('common.empty') : `${format.integer(a.quantity)} ${a.unit ?? ''}`,
              },
              { label: t('upkeep.assets.location'), value: a.location ?? t('common.empty') },
              {
                label: t('upkeep.assets.commissionedOn'),
                value: a.commissionedOn == null ? t('common.empty') : format.date(a.commissionedOn),
              },
              {
                label: t('upkeep.assets.expectedLife'),
                value: a.expectedLifeYears == null ? t('common.empty') : t('upkeep.assets.years', { count: a.expectedLifeYears }),
              },
              {
                label: t('upkeep.assets.replacementValue'),
                value: a.replacementValue == null ? t('common.empty') : format.money(a.replacementValue),
              },
              {
                label: t('upkeep.assets.warrantyUntil'),
                value: a.warrantyUntil == null ? t('common.empty') : format.date(a.warrantyUntil),
              },
              { label: t('upkeep.detail.spent'), value: format.money(spent) },
            ]}
          />
          {a.notes != null && (
            <Text size="sm" mt="md">
              {a.notes}
            </Text>
          )}
        </Card>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title={t('upkeep.detail.permits')} testId="asset-permits">
            {a.permits.length === 0 ? (
              <Empty text={t('upkeep.detail.noPermits')} />
            ) : (
              <Stack gap="xs">
                {a.permits.map((p) => (
                  <div key={p.id}>
                    <Group gap="xs">
                      <Text size="sm" fw={500}>
                        {t(`upkeep.permitKind.${p.kind}`)} · {p.number}
                      </Text>
                      {p.expired && (
                        <Badge color="red" variant="light">
                          {t('upkeep.permit.expiredShort')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {[
                        p.issuer,
                        t('upkeep.permit.issuedOn', { date: format.date(p.issuedOn) }),
                        p.expiresOn == null ? t('upkeep.permit.noExpiry') : t('upkeep.permit.expiresOn', { date: format.date(p.expiresOn) }),
                      ]
                        .filter((part) => part != null)
                        .join(' · ')}
                    </Text>
                  </div>
                ))}
                <PermitWarning permits={a.permits} today={today} />
              </Stack>
            )}
          </Section>
          <Section title={t('upkeep.detail.schedules')} testId="asset-schedules">
            {(schedules.data ?? []).length === 0 ? (
              <Empty text={schedules.isPending ? t('common.loading') : t('upkeep.detail.noSchedules')} />
            ) : (
              <Stack gap="xs">
                {(schedules.data ?? []).map((s) => (
                  <div key={s.id}>
                    <Anchor component={Link} to={`/upkeep-schedules?asset=${a.id}`} size="sm" fw={500}>
                      {s.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      <RuleWords rule={s.rule} startsOn={s.startsOn} anchor={s.anchor} />
                      {s.nextDates[0] != null && ` · ${t('upkeep.schedules.next')}: ${format.date(s.nextDates[0])}`}
                    </Text>
                  </div>
                ))}
              </Stack>
            )}
          </Section>
        </SimpleGrid>

        {a.isPlant && (
          <Section title={t('upkeep.effluent.title')} testId="asset-effluent">
            <EffluentSection asset={a} />
          </Section>
        )}

        {a.children.length > 0 && (
          <Section title={t('upkeep.detail.children')} testId="asset-children">
            <Stack gap={4}>
              {a.children.map((c) => (
                <Group key={c.id} gap="xs">
                  <Anchor component={Link} to={`/asset-register/${c.id}`} size="sm">
                    {c.code} · {c.name}
                  </Anchor>
                  <ConditionBadge condition={c.condition} />
                </Group>
              ))}
            </Stack>
          </Section>
        )}

        <Section title={t('upkeep.detail.history')} testId="asset-history">
          {a.workOrders.length === 0 ? (
            <Empty text={t('upkeep.detail.noWorkOrders')} />
          ) : phone ? (
            <Stack gap="sm" data-testid="asset-work-orders">
              {a.workOrders.map((w) => (
                <div key={w.id}>
                  <Anchor component={Link} to={`/maintenance/work-orders/${w.id}`} size="sm">
                    {w.title}
                  </Anchor>
                  <Group justify="space-between" gap="xs">
                    <Text size="xs" c="dimmed">
                      {w.reference} · {format.date(w.createdAt)}
                    </Text>
                    <Group gap="xs">
                      <WorkOrderStatusBadge status={w.status} />
                      <Text size="sm">{format.money(w.costTotal)}</Text>
                    </Group>
                  </Group>
                </div>
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table striped verticalSpacing="xs" data-testid="asset-work-orders">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('upkeep.detail.workOrder')}</Table.Th>
                    <Table.Th>{t('upkeep.detail.opened')}</Table.Th>
                    <Table.Th>{t('common.status')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('upkeep.detail.cost')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {a.workOrders.map((w) => (
                    <Table.Tr key={w.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/maintenance/work-orders/${w.id}`} size="sm">
                          {w.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {w.reference}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(w.createdAt)}</Table.Td>
                      <Table.Td>
                        <WorkOrderStatusBadge status={w.status} />
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{format.money(w.costTotal)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Section>

        <Section title={t('upkeep.detail.costs')} testId="asset-costs">
          {a.costs.length === 0 ? (
            <Empty text={t('upkeep.detail.noCosts')} />
          ) : (
            <Stack gap="xs">
              {a.costs.map((c) => (
                <Group key={c.id} justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Text size="sm">
                      {format.date(c.entryOn)} · {c.documentNumber ?? t('common.empty')}
                      {c.documentDate != null && ` (${format.date(c.documentDate)})`}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`upkeep.account.${c.account}`)}
                      {c.workOrderId != null && orderOf.has(c.workOrderId) && ` · ${orderOf.get(c.workOrderId)}`}
                    </Text>
                  </div>
                  <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {format.money(-c.amount)}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Section>
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('upkeep.assets.editTitle')} size="lg">
        {editing && <AssetForm asset={a} onDone={() => setEditing(false)} />}
      </Modal>
    </>
  );
}
