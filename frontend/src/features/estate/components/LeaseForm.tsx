import { Alert, Button, Group, List, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/DateField';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { LeaseFields, RentSchedule } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { useClusterOptions } from '@/lib/cluster-options';
import { isCalendarDate } from '@/lib/dates';
import { useFirmOptions } from '@/lib/firm-options';
import { useLeaseConflicts, useSaveLease } from '../api/leases';
import type { LeaseDetailData } from '../api/leases';
import { useClusterPlots } from '../api/plots';

export const RENT_SCHEDULES: readonly RentSchedule[] = ['MONTHLY', 'QUARTERLY', 'YEARLY', 'UPFRONT'];

export interface LeaseValues {
  firmId: string | null;
  clusterId: string | null;
  plotIds: string[];
  startsOn: string;
  endsOn: string;
  rentPerM2Year: number | string;
  rentSchedule: RentSchedule;
  maintenanceFeePerM2Month: number | string;
  deposit: number | string;
  escalationPercent: number | string;
  escalationEveryYears: number | string;
  /** The land rent paid to the State, đồng per m² a year (deducted from the rent's VAT base). */
  deductibleLandPricePerM2Year: number | string;
  deductibleLandBasis: string;
}

const EMPTY: LeaseValues = {
  firmId: null,
  clusterId: null,
  plotIds: [],
  startsOn: '',
  endsOn: '',
  rentPerM2Year: '',
  rentSchedule: 'QUARTERLY',
  maintenanceFeePerM2Month: '',
  deposit: 0,
  escalationPercent: 0,
  escalationEveryYears: '',
  deductibleLandPricePerM2Year: '',
  deductibleLandBasis: '',
};

const toInt = (value: number | string): number | null => {
  if (value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.round(n) : null;
};

/** The form's values as the API's lease fields (escalation typed in %, sent in basis points). */
export function toLeaseFields(values: LeaseValues): LeaseFields {
  const escalationPercent = values.escalationPercent === '' ? 0 : Number(values.escalationPercent);
  return {
    firmId: values.firmId ?? '',
    plotIds: values.plotIds,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    rentPerM2Year: toInt(values.rentPerM2Year) ?? 0,
    rentSchedule: values.rentSchedule,
    maintenanceFeePerM2Month: toInt(values.maintenanceFeePerM2Month),
    deposit: toInt(values.deposit) ?? 0,
    escalationBp: Math.round(escalationPercent * 100),
    escalationEveryYears: toInt(values.escalationEveryYears),
    deductibleLandPricePerM2Year: toInt(values.deductibleLandPricePerM2Year),
    deductibleLandBasis: values.deductibleLandBasis.trim() || null,
  };
}

/** The form's values for an existing lease (the edit form starts from them). */
export function leaseValuesOf(lease: LeaseDetailData): LeaseValues {
  return {
    firmId: lease.firm.id,
    clusterId: lease.cluster.id,
    plotIds: lease.plots.map((plot) => plot.id),
    startsOn: lease.startsOn,
    endsOn: lease.endsOn,
    rentPerM2Year: lease.rentPerM2Year,
    rentSchedule: lease.rentSchedule,
    maintenanceFeePerM2Month: lease.maintenanceFeePerM2Month ?? '',
    deposit: lease.deposit,
    escalationPercent: lease.escalationBp / 100,
    escalationEveryYears: lease.escalationEveryYears ?? '',
    deductibleLandPricePerM2Year: lease.deductibleLandPricePerM2Year ?? '',
    deductibleLandBasis: lease.deductibleLandBasis ?? '',
  };
}

/**
 * Which leases already hold the chosen plots in the chosen term, checked as the user types.
 * `exceptLeaseId`: the lease being edited, which must not count against itself.
 */
function useConflicts(values: LeaseValues, exceptLeaseId: string | null) {
  const [check] = useDebouncedValue(
    { plotIds: values.plotIds, startsOn: values.startsOn, endsOn: values.endsOn, exceptLeaseId },
    300,
  );
  const ready =
    check.plotIds.length > 0 && isCalendarDate(check.startsOn) && isCalendarDate(check.endsOn) && check.startsOn <= check.endsOn;
  return useLeaseConflicts(check, ready);
}

interface LeaseFormProps {
  initialValues?: Partial<LeaseValues>;
  /** Edit this (draft or active) lease instead of creating one: saves with updateLease. */
  lease?: LeaseDetailData;
  onSaved: (id: string) => void;
  onCancel?: () => void;
}

/**
 * A new lease, or changes to one: firm, cluster, its plots, term and money terms; checks
 * overlaps before saving.
 */
export function LeaseForm({ initialValues, lease, onSaved, onCancel }: LeaseFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useForm<LeaseValues>({
    initialValues: { ...EMPTY, ...(lease ? leaseValuesOf(lease) : {}), ...initialValues },
    validate: {
      firmId: (value) => (value ? null : t('estate.leases.firmRequired')),
      plotIds: (value) => (value.length > 0 ? null : t('estate.leases.plotsRequired')),
      startsOn: (value) => (isCalendarDate(value) ? null : t('estate.leases.dateRequired')),
      endsOn: (value, values) =>
        !isCalendarDate(value)
          ? t('estate.leases.dateRequired')
          : value <= values.startsOn
            ? t('estate.leases.endBeforeStart')
            : null,
      rentPerM2Year: (value) => (value === '' ? t('common.required') : null),
      deductibleLandBasis: (value, values) =>
        values.deductibleLandPricePerM2Year !== '' && value.trim() === '' ? t('estate.leases.deductibleLandBasisRequired') : null,
    },
  });
  const values = form.getValues();
  const firms = useFirmOptions();
  const clusters = useClusterOptions();
  const clusterId = values.clusterId;
  const plots = useClusterPlots(clusterId);
  const conflicts = useConflicts(values, lease?.id ?? null);
  const conflictList = conflicts.data ?? [];

  const save = useSaveLease({
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: lease ? t('estate.leases.saved') : t('estate.leases.created') });
      onSaved(saved.id);
    },
    onError: (error) => applyFieldErrors(form, error, { escalationBp: 'escalationPercent' }),
  });

  const submit = (activate: boolean) => {
    if (form.validate().hasErrors) return;
    const fields = toLeaseFields(form.getValues());
    // The form has no late-interest fields: an edit keeps the contract's own rate.
    const interest = lease
      ? { lateInterestBp: lease.lateInterestBp ?? null, lateInterestCommercial: lease.lateInterestCommercial }
      : {};
    save.mutate({ id: lease?.id ?? null, fields: { ...fields, ...interest }, activate });
  };

  const showSaveError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      <Stack gap="md">
        {showSaveError && <ServerErrorAlert error={save.error} data-testid="lease-error" />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('estate.leases.firm')}
            required
            searchable
            data-testid="lease-firm"
            data={(firms.data ?? []).map((firm) => ({
              value: firm.id,
              label: firm.taxCode ? `${firm.name} (${firm.taxCode})` : firm.name,
            }))}
            placeholder={firms.isPending ? t('common.loading') : undefined}
            key={form.key('firmId')}
            {...form.getInputProps('firmId')}
          />
          <Select
            label={t('estate.leases.cluster')}
            required
            data-testid="lease-cluster"
            data={(clusters.data ?? []).map((cluster) => ({ value: cluster.id, label: cluster.name }))}
            placeholder={clusters.isPending ? t('common.loading') : undefined}
            key={form.key('clusterId')}
            {...form.getInputProps('clusterId')}
            onChange={(value) => {
              form.setFieldValue('clusterId', value);
              form.setFieldValue('plotIds', []);
            }}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('estate.leases.plots')}
          required
          searchable
          disabled={clusterId === null}
          placeholder={clusterId === null ? t('estate.leases.pickClusterFirst') : t('estate.leases.plotsPlaceholder')}
          data-testid="lease-plots"
          data={(plots.data ?? []).map((plot) => ({
            value: plot.id,
            label: `${plot.code} · ${format.squareMetres(plot.areaM2)}${plot.status ? ` · ${t(`estate.plotStatus.${plot.status}`)}` : ''}`,
          }))}
          key={form.key('plotIds')}
          {...form.getInputProps('plotIds')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={t('estate.leases.startsOn')}
            required
            data-testid="lease-starts-on"
            key={form.key('startsOn')}
            {...form.getInputProps('startsOn')}
          />
          <DateField
            label={t('estate.leases.endsOn')}
            required
            data-testid="lease-ends-on"
            key={form.key('endsOn')}
            {...form.getInputProps('endsOn')}
          />
        </SimpleGrid>
        {conflictList.length > 0 ? (
          <Alert color="red" variant="light" title={t('estate.leases.conflictsTitle')} data-testid="lease-conflict-alert">
            <List size="sm">
              {conflictList.map((conflict) => (
                <List.Item key={`${conflict.leaseId}-${conflict.plotCode}`}>
                  {t('estate.leases.conflictLine', {
                    plot: conflict.plotCode,
                    from: format.date(conflict.startsOn),
                    to: format.date(conflict.endsOn),
                  })}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : conflicts.isFetching ? (
          <Text size="sm" c="dimmed">
            {t('estate.leases.checking')}
          </Text>
        ) : conflicts.isSuccess ? (
          <Text size="sm" c="teal" data-testid="lease-no-conflicts">
            {t('estate.leases.noConflicts')}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('estate.leases.rentPerM2Year')}
            required
            min={0}
            allowDecimal={false}
            thousandSeparator={format.language === 'vi' ? '.' : ','}
            decimalSeparator={format.language === 'vi' ? ',' : '.'}
            data-testid="lease-rent"
            key={form.key('rentPerM2Year')}
            {...form.getInputProps('rentPerM2Year')}
          />
          <Select
            label={t('estate.leases.rentSchedule')}
            required
            allowDeselect={false}
            data={RENT_SCHEDULES.map((s) => ({ value: s, label: t(`estate.rentSchedule.${s}`) }))}
            key={form.key('rentSchedule')}
            {...form.getInputProps('rentSchedule')}
          />
          <NumberInput
            label={t('estate.leases.maintenanceFee')}
            description={t('estate.leases.maintenanceFeeHint')}
            min={0}
            allowDecimal={false}
            thousandSeparator={format.language === 'vi' ? '.' : ','}
            decimalSeparator={format.language === 'vi' ? ',' : '.'}
            key={form.key('maintenanceFeePerM2Month')}
            {...form.getInputProps('maintenanceFeePerM2Month')}
          />
          <NumberInput
            label={t('estate.leases.deposit')}
            min={0}
            allowDecimal={false}
            thousandSeparator={format.language === 'vi' ? '.' : ','}
            decimalSeparator={format.language === 'vi' ? ',' : '.'}
            key={form.key('deposit')}
            {...form.getInputProps('deposit')}
          />
          <NumberInput
            label={t('estate.leases.escalationPercent')}
            min={0}
            max={100}
            decimalScale={2}
            decimalSeparator={format.language === 'vi' ? ',' : '.'}
            key={form.key('escalationPercent')}
            {...form.getInputProps('escalationPercent')}
          />
          <NumberInput
            label={t('estate.leases.escalationEveryYears')}
            min={1}
            allowDecimal={false}
            key={form.key('escalationEveryYears')}
            {...form.getInputProps('escalationEveryYears')}
          />
          <NumberInput
            label={t('estate.leases.deductibleLandPrice')}
            description={t('estate.leases.deductibleLandPriceHint')}
            min={0}
            allowDecimal={false}
            thousandSeparator={format.language === 'vi' ? '.' : ','}
            decimalSeparator={format.language === 'vi' ? ',' : '.'}
            data-testid="lease-deductible-land-price"
            key={form.key('deductibleLandPricePerM2Year')}
            {...form.getInputProps('deductibleLandPricePerM2Year')}
          />
          <TextInput
            label={t('estate.leases.deductibleLandBasis')}
            description={t('estate.leases.deductibleLandBasisHint')}
            data-testid="lease-deductible-land-basis"
            key={form.key('deductibleLandBasis')}
            {...form.getInputProps('deductibleLandBasis')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          {lease ? (
            <Button
              loading={save.isPending}
              // A draft may overlap for now (as when saving one); an active lease may not.
              disabled={lease.status !== 'DRAFT' && conflictList.length > 0}
              onClick={() => submit(false)}
              data-testid="lease-save"
            >
              {t('common.save')}
            </Button>
          ) : (
            <>
              <Button
                variant="light"
                loading={save.isPending && save.variables.activate === false}
                disabled={save.isPending}
                onClick={() => submit(false)}
                data-testid="lease-save-draft"
              >
                {t('estate.leases.saveDraft')}
              </Button>
              <Button
                loading={save.isPending && save.variables.activate}
                disabled={save.isPending || conflictList.length > 0}
                onClick={() => submit(true)}
                data-testid="lease-save-activate"
              >
                {t('estate.leases.saveActivate')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </form>
  );
}
