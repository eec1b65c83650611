import { Button, Card, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/DateField';
import { useViewer } from '@/lib/session/use-session';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { MoneyInput } from '@/components/ui/MoneyInput';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { todayInVietnam } from '@/lib/format';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { isCalendarDate } from '@/lib/dates';
import { useMaintenanceFund, useSaveFundEntry } from '../api/fund';
import type { FundData } from '../api/fund';
import { fundEntryText } from '../lib/entry-text';
import { periodStarts } from '../lib/periods';
import { FundEntryBadge } from './badges';
import { ColumnChart } from './ColumnChart';
import { StatCard } from './StatCard';

type Entry = FundData['entries'][number];
type Plan = FundData['plans'][number];
type PaidFor = FundData['paidFor'][number];
type PlannedMonth = FundData['plannedMonths'][number];

/** Movements listed at first (and added per "load more") out of the latest ones fetched. */
const ENTRIES_SHOWN = 15;
const whole = (value: number | string) => (value === '' ? 0 : Math.round(Number(value)) || 0);

interface MoneyNote {
  date: string;
  amount: number | string;
  description: string;
  /** For an expense: its supporting document (contract, supplier invoice, acceptance record). */
  documentNumber: string;
  documentDate: string;
}

/** Records upkeep spent (`kind: expense`) or plans upkeep for a month (`kind: plan`). */
function FundMovementModal({
  clusterId,
  kind,
  opened,
  onClose,
}: {
  clusterId: string;
  kind: 'expense' | 'plan';
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = todayInVietnam();
  const months = periodStarts('MONTH', today, 0, 11).reverse();
  const form = useForm<MoneyNote>({
    initialValues: {
      date: kind === 'expense' ? today : (months[0] ?? today),
      amount: '',
      description: '',
      documentNumber: '',
      documentDate: today,
    },
    validate: {
      date: (value) =>
        !isCalendarDate(value)
          ? t('billing.dateRequired')
          : kind === 'expense' && value > today
            ? t('billing.fund.expenseNotInFuture')
            : null,
      amount: (value) => (whole(value) > 0 ? null : t('billing.payments.amountPositive')),
      description: (value) => (value.trim() === '' ? t('common.required') : null),
      documentNumber: (value) => (kind === 'expense' && value.trim() === '' ? t('billing.fund.documentRequired') : null),
      documentDate: (value) => (kind === 'expense' && !isCalendarDate(value) ? t('billing.dateRequired') : null),
    },
  });
  const save = useSaveFundEntry({
    onSuccess: () => {
      notifications.show({
        color: 'teal',
        message: kind === 'expense' ? t('billing.fund.expenseRecorded') : t('billing.fund.upkeepPlanned'),
      });
      form.reset();
      onClose();
    },
    onError: (error) => applyFieldErrors(form, error, { spentOn: 'date', month: 'date' }),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);
  const submit = (values: MoneyNote) =>
    save.mutate({
      kind,
      clusterId,
      date: values.date,
      amount: whole(values.amount),
      description: values.description.trim(),
      documentNumber: values.documentNumber.trim(),
      documentDate: values.documentDate,
    });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={kind === 'expense' ? t('billing.fund.recordExpense') : t('billing.fund.planUpkeep')}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack>
          {showError && <ServerErrorAlert error={save.error} />}
          {kind === 'expense' ? (
            <DateField
              label={t('billing.fund.spentOn')}
              required
              max={today}
              data-testid="fund-expense-date"
              {...form.getInputProps('date')}
            />
          ) : (
            <Select
              label={t('billing.fund.month')}
              required
              allowDeselect={false}
              data-testid="fund-plan-month"
              data={months.map((value) => ({ value, label: format.month(value) }))}
              {...form.getInputProps('date')}
            />
          )}
          <MoneyInput label={t('billing.fund.amount')} required data-testid={`fund-${kind}-amount`} {...form.getInputProps('amount')} />
          <Textarea
            label={t('billing.fund.descriptionLabel')}
            placeholder={kind === 'expense' ? t('billing.fund.expensePlaceholder') : t('billing.fund.planPlaceholder')}
            required
            autosize
            minRows={2}
            data-testid={`fund-${kind}-description`}
            {...form.getInputProps('description')}
          />
          {kind === 'expense' && (
            <Group grow align="flex-start">
              <TextInput
                label={t('billing.fund.documentNumber')}
                description={t('billing.fund.documentHint')}
                required
                data-testid="fund-expense-document"
                {...form.getInputProps('documentNumber')}
              />
              <DateField
                label={t('billing.fund.documentDate')}
                required
                max={today}
                data-testid="fund-expense-document-date"
                {...form.getInputProps('documentDate')}
              />
            </Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid={`fund-${kind}-submit`}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function FundFigures({ fund }: { fund: FundData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const perM2 = (amount: number) => t('billing.fund.perM2Month', { amount: format.money(amount) });
  const covered = fund.coverageBp != null && fund.coverageBp >= 10_000;
  const feeTooLow =
    fund.breakEvenFeePerM2Month != null && (fund.feePerM2Month ?? 0) < fund.breakEvenFeePerM2Month;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
      <StatCard
        label={t('billing.fund.balance')}
        value={format.money(fund.balance)}
        color={fund.balance < 0 ? 'red' : undefined}
        data-testid="fund-balance"
      />
      <StatCard
        label={t('billing.fund.planned')}
        value={format.money(fund.plannedNext12Months)}
        note={t('billing.fund.plannedNote', { count: fund.plannedMonths.filter((month) => month.amount > 0).length })}
        data-testid="fund-planned"
      />
      <StatCard
        label={t('billing.fund.coverage')}
        value={fund.coverageBp == null ? t('common.empty') : format.percentBp(fund.coverageBp)}
        color={fund.coverageBp == null ? undefined : covered ? 'teal' : 'red'}
        note={
          fund.coverageBp == null
            ? t('billing.fund.nothingPlanned')
            : fund.collectionRateBp != null && fund.collectionRateBp < 10_000
              ? t('billing.fund.coverageNoteRate', {
                  collectible: format.money(fund.collectibleFeeNext12Months),
                  rate: format.percentBp(fund.collectionRateBp),
                  expected: format.money(fund.expectedFeeNext12Months),
                })
              : t('billing.fund.coverageNote', { expected: format.money(fund.expectedFeeNext12Months) })
        }
        data-testid="fund-coverage"
      />
      <StatCard
        label={t('billing.fund.breakEven')}
        value={fund.breakEvenFeePerM2Month == null ? t('common.empty') : perM2(fund.breakEvenFeePerM2Month)}
        color={feeTooLow ? 'red' : undefined}
        note={
          <>
            {t('billing.fund.currentFee')}:{' '}
            <b>{fund.feePerM2Month == null ? t('billing.fund.noFee') : perM2(fund.feePerM2Month)}</b>
            {' · '}
            {t('billing.fund.leasedArea', { area: format.squareMetres(fund.leasedAreaM2) })}
          </>
        }
        data-testid="fund-break-even"
      />
    </SimpleGrid>
  );
}

/**
 * A cluster's maintenance fund: balance, upkeep planned, coverage and break-even fee, money in
 * and out per month, the plan and the latest movements. `canEdit`: operators record spending
 * and plan upkeep here.
 */
export function FundView({ clusterId, canEdit }: { clusterId: string; canEdit: boolean }) {
  const viewer = useViewer();
  const { t } = useTranslation();
  const format = useFormat();
  const [entriesShown, setEntriesShown] = useState(ENTRIES_SHOWN);
  const [expenseOpened, expenseModal] = useDisclosure(false);
  const [planOpened, planModal] = useDisclosure(false);
  const fund = useMaintenanceFund(clusterId);

  if (fund.error) return <ErrorAlert error={fund.error} />;
  if (fund.isPending) return <CenteredLoader />;
  const data = fund.data;

  const entryColumns: Column<Entry>[] = [
    { key: 'date', header: t('billing.fund.date'), nowrap: true, render: (row) => format.date(row.entryOn) },
    { key: 'kind', header: t('billing.fund.kind'), nowrap: true, render: (row) => <FundEntryBadge kind={row.kind} /> },
    {
      key: 'description',
      header: t('billing.fund.descriptionLabel'),
      render: (row) => (
        <Stack gap={0}>
          <Text size="sm">{fundEntryText(t, row)}</Text>
          {row.documentNumber != null && (
            <Text size="xs" c="dimmed" data-testid="fund-entry-document">
              {row.documentDate == null
                ? t('billing.fund.entryDocument', { number: row.documentNumber })
                : t('billing.fund.entryDocumentDated', { number: row.documentNumber, date: format.date(row.documentDate) })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'amount',
      header: t('billing.fund.amount'),
      nowrap: true,
      render: (row) => (
        <Text size="sm" fw={600} c={row.amount < 0 ? 'orange.9' : 'teal.9'}>
          {row.amount > 0 ? '+' : ''}
          {format.money(row.amount)}
        </Text>
      ),
    },
  ];
  const planColumns: Column<Plan>[] = [
    { key: 'month', header: t('billing.fund.month'), nowrap: true, render: (row) => format.month(row.month) },
    { key: 'description', header: t('billing.fund.descriptionLabel'), render: (row) => row.description },
    { key: 'amount', header: t('billing.fund.amount'), nowrap: true, render: (row) => format.money(row.amount) },
  ];
  // A firm sees totals only: what the fee paid for each month, and the plan ahead per month.
  const paidForColumns: Column<PaidFor>[] = [
    { key: 'month', header: t('billing.fund.month'), nowrap: true, render: (row) => format.month(row.month) },
    { key: 'workOrders', header: t('billing.fund.workOrdersDone'), nowrap: true, render: (row) => row.workOrders },
    { key: 'cost', header: t('billing.fund.amount'), nowrap: true, render: (row) => format.money(row.cost) },
  ];
  const plannedColumns: Column<PlannedMonth>[] = [
    { key: 'month', header: t('billing.fund.month'), nowrap: true, render: (row) => format.month(row.month) },
    { key: 'amount', header: t('billing.fund.amount'), nowrap: true, render: (row) => format.money(row.amount) },
  ];

  return (
    <Stack gap="lg" data-testid="fund-view">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4" data-testid="fund-cluster-name">
          {t('billing.fund.ofCluster', { cluster: data.clusterName })}
        </Title>
        {canEdit && (
          <Group>
            <Button variant="light" onClick={planModal.open} data-testid="fund-plan-open">
              {t('billing.fund.planUpkeep')}
            </Button>
            {viewer.role === 'OPERATOR_ADMIN' && (
              <Button onClick={expenseModal.open} data-testid="fund-expense-open">
                {t('billing.fund.recordExpense')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <FundFigures fund={data} />
      <ColumnChart
        title={t('billing.fund.chart')}
        series={[
          { label: t('billing.fund.moneyIn'), color: 'teal.6' },
          { label: t('billing.fund.moneyOut'), color: 'orange.6' },
        ]}
        groups={data.months.map((month) => ({
          key: month.month,
          label: format.month(month.month).replace(/\/\d\d(\d\d)$/, '/$1'),
          values: [month.moneyIn, month.moneyOut],
          description: t('billing.fund.monthBar', {
            month: format.month(month.month),
            moneyIn: format.money(month.moneyIn),
            moneyOut: format.money(month.moneyOut),
          }),
        }))}
        scaleNote={(max) => t('billing.fund.chartScale', { max: format.money(max) })}
        groupTestId="fund-chart-month"
        data-testid="fund-chart"
      />
      {canEdit && (
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="md">
            {t('billing.fund.plans')}
          </Title>
          <DataTable
            rows={data.plans}
            columns={planColumns}
            rowKey={(row) => row.id}
            emptyText={t('billing.fund.plansEmpty')}
            data-testid="fund-plans"
          />
        </Card>
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="md">
            {t('billing.fund.entries')}
          </Title>
          <DataTable
            rows={data.entries.slice(0, entriesShown)}
            columns={entryColumns}
            rowKey={(row) => row.id}
            emptyText={t('billing.fund.entriesEmpty')}
            data-testid="fund-entries"
          />
          {data.entries.length > 0 && (
            <LoadMore
              shown={Math.min(entriesShown, data.entries.length)}
              total={data.entries.length}
              hasMore={entriesShown < data.entries.length}
              loading={false}
              onLoadMore={() => setEntriesShown((n) => n + ENTRIES_SHOWN)}
              data-testid="fund-entries-more"
            />
          )}
        </Card>
      </SimpleGrid>
      )}
      {!canEdit && (
        <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
          <Card withBorder padding="lg">
            <Title order={3} size="h4" mb="md">
              {t('billing.fund.paidFor')}
            </Title>
            <DataTable
              rows={data.paidFor.filter((row) => row.cost > 0)}
              columns={paidForColumns}
              rowKey={(row) => row.month}
              emptyText={t('billing.fund.entriesEmpty')}
              data-testid="fund-paid-for"
            />
          </Card>
          <Card withBorder padding="lg">
            <Title order={3} size="h4" mb="md">
              {t('billing.fund.plans')}
            </Title>
            <DataTable
              rows={data.plannedMonths.filter((row) => row.amount > 0)}
              columns={plannedColumns}
              rowKey={(row) => row.month}
              emptyText={t('billing.fund.plansEmpty')}
              data-testid="fund-planned-months"
            />
          </Card>
        </SimpleGrid>
      )}
      {canEdit && (
        <>
          <FundMovementModal clusterId={clusterId} kind="expense" opened={expenseOpened} onClose={expenseModal.close} />
          <FundMovementModal clusterId={clusterId} kind="plan" opened={planOpened} onClose={planModal.close} />
        </>
      )}
    </Stack>
  );
}
