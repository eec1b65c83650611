import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/DateField';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { ClusterFields, ClusterStatus, WwtpStatus } from '@/gql/graphql';
import { hectaresToM2, m2ToHectares } from '@/lib/format';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { useSaveCluster } from '../api/clusters';
import type { ClusterDetailData } from '../api/clusters';

const CLUSTER_STATUSES: readonly ClusterStatus[] = ['PLANNED', 'UNDER_CONSTRUCTION', 'OPERATING'];
const WWTP_STATUSES: readonly WwtpStatus[] = ['NONE', 'UNDER_CONSTRUCTION', 'OPERATING'];

interface ClusterValues {
  name: string;
  province: string;
  district: string;
  totalAreaHa: number | string;
  leasableAreaHa: number | string;
  establishedOn: string;
  decisionNumber: string;
  status: ClusterStatus;
  wwtpPresent: boolean;
  wwtpStatus: WwtpStatus;
  wwtpCapacityM3Day: number | string;
  wwtpPermitExpiresOn: string;
}

function initialValues(cluster: ClusterDetailData | null, province: string): ClusterValues {
  return {
    name: cluster?.name ?? '',
    province: cluster?.province ?? province,
    district: cluster?.district ?? '',
    totalAreaHa: cluster ? m2ToHectares(cluster.totalAreaM2) : '',
    leasableAreaHa: cluster ? m2ToHectares(cluster.leasableAreaM2) : '',
    establishedOn: cluster?.establishedOn ?? '',
    decisionNumber: cluster?.decisionNumber ?? '',
    status: cluster?.status ?? 'OPERATING',
    wwtpPresent: cluster?.wastewater.present ?? false,
    wwtpStatus: cluster?.wastewater.status ?? 'NONE',
    wwtpCapacityM3Day: cluster?.wastewater.capacityM3PerDay ?? '',
    wwtpPermitExpiresOn: cluster?.wastewater.permitExpiresOn ?? '',
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toClusterFields(values: ClusterValues, cluster: ClusterDetailData | null): ClusterFields {
  return {
    name: values.name.trim(),
    province: values.province.trim(),
    provinceCode: cluster?.provinceCode ?? null,
    district: values.district.trim(),
    districtCode: cluster?.districtCode ?? null,
    totalAreaM2: hectaresToM2(Number(values.totalAreaHa)),
    leasableAreaM2: hectaresToM2(Number(values.leasableAreaHa)),
    establishedOn: blankToNull(values.establishedOn),
    decisionNumber: blankToNull(values.decisionNumber),
    status: values.status,
    wwtpPresent: values.wwtpPresent,
    wwtpStatus: values.wwtpPresent ? values.wwtpStatus : 'NONE',
    wwtpCapacityM3Day:
      values.wwtpPresent && values.wwtpCapacityM3Day !== '' ? Math.round(Number(values.wwtpCapacityM3Day)) : null,
    wwtpPermitExpiresOn: values.wwtpPresent ? blankToNull(values.wwtpPermitExpiresOn) : null,
  };
}

interface ClusterFormProps {
  cluster: ClusterDetailData | null;
  province: string;
  onSaved: (id: string) => void;
  onCancel: () => void;
}

/** Add or change a cluster; areas are typed in hectares and sent as whole m². */
export function ClusterForm({ cluster, province, onSaved, onCancel }: ClusterFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const required = (value: string) => (value.trim() === '' ? t('common.required') : null);
  const form = useForm<ClusterValues>({
    initialValues: initialValues(cluster, province),
    validate: {
      name: required,
      province: required,
      district: required,
      totalAreaHa: (value) => (value === '' ? t('common.required') : null),
      leasableAreaHa: (value, values) =>
        value === ''
          ? t('common.required')
          : values.totalAreaHa !== '' && Number(value) > Number(values.totalAreaHa)
            ? t('estate.clusters.leasableNotAboveTotal')
            : null,
    },
  });
  const save = useSaveCluster({
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('estate.clusters.saved', { name: saved.name }) });
      onSaved(saved.id);
    },
    onError: (error) =>
      applyFieldErrors(form, error, {
        totalAreaM2: 'totalAreaHa',
        leasableAreaM2: 'leasableAreaHa',
      }),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);
  const decimal = format.language === 'vi' ? ',' : '.';

  return (
    <form noValidate onSubmit={form.onSubmit((values) => save.mutate({ id: cluster?.id ?? null, input: toClusterFields(values, cluster) }))}>
      <Stack>
        {showError && <ServerErrorAlert error={save.error} />}
        <TextInput label={t('estate.clusters.name')} required data-testid="cluster-name" {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('estate.clusters.province')} required {...form.getInputProps('province')} />
          <TextInput label={t('estate.clusters.district')} required data-testid="cluster-district" {...form.getInputProps('district')} />
          <NumberInput
            label={t('estate.clusters.totalAreaHa')}
            required
            min={0}
            decimalScale={4}
            decimalSeparator={decimal}
            data-testid="cluster-total-area"
            {...form.getInputProps('totalAreaHa')}
          />
          <NumberInput
            label={t('estate.clusters.leasableAreaHa')}
            required
            min={0}
            decimalScale={4}
            decimalSeparator={decimal}
            data-testid="cluster-leasable-area"
            {...form.getInputProps('leasableAreaHa')}
          />
          <DateField label={t('estate.clusters.establishedOn')} {...form.getInputProps('establishedOn')} />
          <TextInput label={t('estate.clusters.decisionNumber')} {...form.getInputProps('decisionNumber')} />
          <Select
            label={t('estate.clusters.status')}
            allowDeselect={false}
            data={CLUSTER_STATUSES.map((s) => ({ value: s, label: t(`estate.clusterStatus.${s}`) }))}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('estate.clusters.wwtpPresent')}
          data-testid="cluster-wwtp-present"
          {...form.getInputProps('wwtpPresent', { type: 'checkbox' })}
        />
        {form.values.wwtpPresent && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('estate.clusters.wwtpStatus')}
              allowDeselect={false}
              data={WWTP_STATUSES.map((s) => ({ value: s, label: t(`estate.wastewater.status.${s}`) }))}
              {...form.getInputProps('wwtpStatus')}
            />
            <NumberInput
              label={t('estate.clusters.wwtpCapacity')}
              min={0}
              allowDecimal={false}
              {...form.getInputProps('wwtpCapacityM3Day')}
            />
            <DateField
              label={t('estate.clusters.wwtpPermitExpiresOn')}
              {...form.getInputProps('wwtpPermitExpiresOn')}
            />
          </SimpleGrid>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="cluster-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
