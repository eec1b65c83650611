import { Anchor, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useFormat } from '@/lib/use-format';
import { useFundCoverage } from '../api/fund-coverage';
import type { FundCoverageData } from '../api/fund-coverage';

/** Red under 80 % of the planned upkeep covered, orange under 100 %, teal when covered. */
export function coverageColor(coverageBp: number | null | undefined): string {
  if (coverageBp == null) return 'gray';
  if (coverageBp < 8_000) return 'red';
  if (coverageBp < 10_000) return 'orange';
  return 'teal';
}

function FundLine({ fund }: { fund: FundCoverageData }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={4} data-testid="fund-coverage-line">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/maintenance-fund?cluster=${encodeURIComponent(fund.clusterId)}`} size="sm" fw={500}>
          {fund.clusterName}
        </Anchor>
        <Text size="sm" data-testid="fund-coverage-value">
          {fund.coverageBp == null ? t('overview.fund.nothingPlanned') : t('overview.fund.covered', { percent: format.percentBp(fund.coverageBp) })}
        </Text>
      </Group>
      {fund.coverageBp != null && (
        <Progress
          value={Math.min(fund.coverageBp / 100, 100)}
          color={coverageColor(fund.coverageBp)}
          size="sm"
          aria-label={t('overview.fund.coverageOf', { cluster: fund.clusterName })}
        />
      )}
      <Text size="xs" c="dimmed">
        {t('overview.fund.balance', { balance: format.money(fund.balance), planned: format.money(fund.plannedNext12Months) })}
      </Text>
    </Stack>
  );
}

/** The operator's home: how far each cluster's maintenance fund covers the next 12 months' plan. */
export function FundCoverageCard() {
  const { t } = useTranslation();
  const coverage = useFundCoverage();
  return (
    <Card withBorder padding="lg" data-testid="fund-coverage">
      <Title order={2} size="h4" mb="sm">
        {t('overview.fund.title')}
      </Title>
      {coverage.error ? (
        <ErrorAlert error={coverage.error} />
      ) : coverage.isPending ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : (
        <Stack gap="md">
          {coverage.funds.map((fund) => (
            <FundLine key={fund.clusterId} fund={fund} />
          ))}
        </Stack>
      )}
    </Card>
  );
}
