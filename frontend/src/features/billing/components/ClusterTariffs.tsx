import { Badge, Button, Card, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/DateField';
import { useViewer } from '@/lib/session/use-session';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { MoneyInput } from '@/components/ui/MoneyInput';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { Charge, TariffFields, TariffUnit } from '@/gql/graphql';
import { percentToBp, todayInVietnam } from '@/lib/format';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { isCalendarDate } from '@/lib/dates';
import { useAddTariffVersion, useTariffs } from '../api/tariffs';
import type { TariffRow } from '../api/tariffs';
import { ChargeBadge } from './badges';

export const CHARGES: readonly Charge[] = ['MAINTENANCE_FEE', 'WASTEWATER', 'OTHER'];
export const TARIFF_UNITS: readonly TariffUnit[] = ['M2_MONTH', 'M2_YEAR', 'M2', 'M3', 'FIXED_PERIOD', 'ONE_OFF'];

interface TariffValues {
  charge: Charge;
  nameVi: string;
  nameEn: string;
  unit: TariffUnit;
  rate: number | string;
  vatPercent: number | string;
  vatBasis: string;
  effectiveFrom: string;
  legalBasis: string;
}

/** What a new version of a charge starts from: the version in force, or the charge's usual terms. */
function startingValues(charge: Charge, tariffs: readonly TariffRow[], t: TFunction): TariffValues {
  const current = tariffs.find((tariff) => tariff.charge === charge);
  const effectiveFrom = todayInVietnam();
  if (current) {
    return {
      charge,
      nameVi: current.nameVi,
      nameEn: current.nameEn,
      unit: current.unit,
      rate: current.rate,
      vatPercent: current.vatBp / 100,
      vatBasis: current.vatBasis,
      effectiveFrom,
      legalBasis: '',
    };
  }
  const blank = { rate: '', vatPercent: 10, vatBasis: '', effectiveFrom, legalBasis: '' } as const;
  switch (charge) {
    case 'MAINTENANCE_FEE':
      return {
        charge,
        nameVi: t('billing.tariffs.defaults.MAINTENANCE_FEE.vi'),
        nameEn: t('billing.tariffs.defaults.MAINTENANCE_FEE.en'),
        unit: 'M2_MONTH',
        ...blank,
      };
    case 'WASTEWATER':
      return {
        charge,
        nameVi: t('billing.tariffs.defaults.WASTEWATER.vi'),
        nameEn: t('billing.tariffs.defaults.WASTEWATER.en'),
        unit: 'M3',
        ...blank,
      };
    case 'OTHER':
      return { charge, nameVi: '', nameEn: '', unit: 'FIXED_PERIOD', ...blank };
  }
}

/** The form's values as the API's tariff fields (VAT typed in %, sent in basis points). */
export function toTariffFields(clusterId: string, values: TariffValues): TariffFields {
  return {
    clusterId,
    charge: values.charge,
    nameVi: values.nameVi.trim(),
    nameEn: values.nameEn.trim(),
    unit: values.unit,
    rate: values.rate === '' ? 0 : Math.round(Number(values.rate)),
    vatBp: percentToBp(values.vatPercent === '' ? 0 : Number(values.vatPercent)),
    vatBasis: values.vatBasis.trim(),
    effectiveFrom: values.effectiveFrom,
    legalBasis: values.legalBasis.trim(),
  };
}

function TariffForm({
  clusterId,
  tariffs,
  onDone,
}: {
  clusterId: string;
  tariffs: readonly TariffRow[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useForm<TariffValues>({
    initialValues: startingValues('MAINTENANCE_FEE', tariffs, t),
    validate: {
      nameVi: (value) => (value.trim() === '' ? t('common.required') : null),
      nameEn: (value) => (value.trim() === '' ? t('common.required') : null),
      rate: (value) => (value === '' || Number(value) < 0 ? t('common.required') : null),
      vatPercent: (value) => (value === '' || Number(value) < 0 || Number(value) > 100 ? t('billing.settings.percentRange') : null),
      effectiveFrom: (value) => (isCalendarDate(value) ? null : t('billing.dateRequired')),
      legalBasis: (value) => (value.trim() === '' ? t('common.required') : null),
    },
  });
  const save = useAddTariffVersion({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('billing.tariffs.added') });
      onDone();
    },
    onError: (error) => applyFieldErrors(form, error, { vatBp: 'vatPercent' }),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);
  const current = tariffs.find((tariff) => tariff.charge === form.getValues().charge && tariff.effectiveTo == null);

  return (
    <form noValidate onSubmit={form.onSubmit((values) => save.mutate(toTariffFields(clusterId, values)))}>
      <Stack>
        {showError && <ServerErrorAlert error={save.error} data-testid="tariff-error" />}
        <Select
          label={t('billing.tariffs.charge')}
          required
          allowDeselect={false}
          data-testid="tariff-charge"
          data={CHARGES.map((c) => ({ value: c, label: t(`billing.charge.${c}`) }))}
          {...form.getInputProps('charge')}
          onChange={(value) => {
            const charge = CHARGES.find((c) => c === value);
            if (charge) form.setValues(startingValues(charge, tariffs, t));
          }}
        />
        {current && (
          <Text size="sm" c="dimmed" data-testid="tariff-replaces">
            {t('billing.tariffs.replaces', { from: format.date(current.effectiveFrom) })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('billing.tariffs.nameVi')} required data-testid="tariff-name-vi" {...form.getInputProps('nameVi')} />
          <TextInput label={t('billing.tariffs.nameEn')} required data-testid="tariff-name-en" {...form.getInputProps('nameEn')} />
          <Select
            label={t('billing.tariffs.unit')}
            required
            allowDeselect={false}
            data-testid="tariff-unit"
            data={TARIFF_UNITS.map((u) => ({ value: u, label: t(`billing.tariffUnit.${u}`) }))}
            {...form.getInputProps('unit')}
          />
          <MoneyInput label={t('billing.tariffs.rate')} required data-testid="tariff-rate" {...form.getInputProps('rate')} />
          <NumberInput
            label={t('billing.tariffs.vat')}
            required
            min={0}
            max={100}
            decimalScale={2}
            decimalSeparator={format.language === 'vi' ? ',' : '.'}
            suffix="%"
            data-testid="tariff-vat"
            {...form.getInputProps('vatPercent')}
          />
          <DateField
            label={t('billing.tariffs.effectiveFrom')}
            required
            data-testid="tariff-effective-from"
            {...form.getInputProps('effectiveFrom')}
          />
        </SimpleGrid>
        <TextInput
          label={t('billing.tariffs.vatBasis')}
          placeholder={t('billing.tariffs.vatBasisPlaceholder')}
          data-testid="tariff-vat-basis"
          {...form.getInputProps('vatBasis')}
        />
        <TextInput
          label={t('billing.tariffs.legalBasis')}
          placeholder={t('billing.tariffs.legalBasisPlaceholder')}
          required
          data-testid="tariff-legal-basis"
          {...form.getInputProps('legalBasis')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="tariff-submit">
            {t('billing.tariffs.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A cluster's tariff: every version of each charge, and the form for a new rate version (operators). */
export function ClusterTariffs({ clusterId }: { clusterId: string }) {
  const viewer = useViewer();
  const { t } = useTranslation();
  const format = useFormat();
  const [opened, { open, close }] = useDisclosure(false);
  const tariffs = useTariffs(clusterId);
  const today = todayInVietnam();

  const columns: Column<TariffRow>[] = [
    {
      key: 'charge',
      header: t('billing.tariffs.charge'),
      render: (row) => (
        <Stack gap={4} align="flex-start">
          <Text size="sm" fw={500}>
            {format.language === 'en' ? row.nameEn : row.nameVi}
          </Text>
          <ChargeBadge charge={row.charge} />
        </Stack>
      ),
    },
    {
      key: 'rate',
      header: t('billing.tariffs.rateColumn'),
      nowrap: true,
      render: (row) => (
        <Text size="sm" fw={500}>
          {format.money(row.rate)}
          <Text span size="sm" c="dimmed">
            {' '}
            {t(`billing.tariffUnitPer.${row.unit}`)}
          </Text>
        </Text>
      ),
    },
    { key: 'vat', header: t('billing.tariffs.vat'), nowrap: true, render: (row) => format.rateBp(row.vatBp) },
    {
      key: 'effective',
      header: t('billing.tariffs.effective'),
      nowrap: true,
      render: (row) => {
        const inForce = row.effectiveFrom <= today && (row.effectiveTo == null || row.effectiveTo >= today);
        return (
          <Stack gap={4} align="flex-start">
            <Text size="sm" td={row.effectiveTo != null && row.effectiveTo < today ? 'line-through' : undefined}>
              {format.date(row.effectiveFrom)} – {row.effectiveTo != null ? format.date(row.effectiveTo) : t('billing.tariffs.openEnded')}
            </Text>
            {inForce && (
              <Badge size="xs" color="teal" variant="filled">
                {t('billing.tariffs.inForce')}
              </Badge>
            )}
            {row.effectiveFrom > today && (
              <Badge size="xs" color="blue" variant="light">
                {t('billing.tariffs.upcoming')}
              </Badge>
            )}
          </Stack>
        );
      },
    },
    {
      key: 'legalBasis',
      header: t('billing.tariffs.legalBasis'),
      render: (row) => (
        <>
          <Text size="sm">{row.legalBasis}</Text>
          {row.vatBasis !== '' && (
            <Text size="xs" c="dimmed">
              {t('billing.tariffs.vatBasis')}: {row.vatBasis}
            </Text>
          )}
        </>
      ),
    },
  ];

  return (
    <Card withBorder padding="lg" data-testid="cluster-tariffs">
      <Group justify="space-between" mb="md">
        <Title order={3} size="h4">
          {t('billing.tariffs.title')}
        </Title>
        {viewer.role === 'OPERATOR_ADMIN' && (
          <Button variant="light" onClick={open} disabled={!tariffs.isSuccess} data-testid="tariff-add">
            {t('billing.tariffs.add')}
          </Button>
        )}
      </Group>
      {tariffs.error ? (
        <ErrorAlert error={tariffs.error} />
      ) : (
        <DataTable
          rows={tariffs.data ?? []}
          columns={columns}
          rowKey={(row) => row.id}
          emptyText={tariffs.isPending ? t('common.loading') : t('billing.tariffs.empty')}
          data-testid="tariffs-table"
        />
      )}
      <Modal opened={opened} onClose={close} title={t('billing.tariffs.addTitle')} size="lg">
        {opened && tariffs.data && <TariffForm clusterId={clusterId} tariffs={tariffs.data} onDone={close} />}
      </Modal>
    </Card>
  );
}
