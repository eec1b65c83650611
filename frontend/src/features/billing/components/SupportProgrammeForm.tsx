import { Button, Group, NumberInput, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/DateField';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { SupportMechanism, SupportProgrammeFields } from '@/gql/graphql';
import { useClusterOptions } from '@/lib/cluster-options';
import { isCalendarDate } from '@/lib/dates';
import { percentToBp } from '@/lib/format';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { useSaveSupportProgramme } from '../api/support';
import type { SupportProgrammeRow } from '../api/support';

export const SUPPORT_MECHANISMS: readonly SupportMechanism[] = ['BUDGET_FUNDED', 'OPERATOR_DISCOUNT'];

/** The scope select's value for "every cluster of the operator" (the API's null cluster). */
export const ALL_CLUSTERS = 'all';

export interface SupportProgrammeValues {
  name: string;
  decisionNumber: string;
  decisionDate: string;
  issuedBy: string;
  startsOn: string;
  endsOn: string;
  clusterId: string;
  ratePercent: number | string;
  mechanism: SupportMechanism;
}

function valuesOf(programme: SupportProgrammeRow | null): SupportProgrammeValues {
  if (programme === null) {
    return {
      name: '',
      decisionNumber: '',
      decisionDate: '',
      issuedBy: '',
      startsOn: '',
      endsOn: '',
      clusterId: ALL_CLUSTERS,
      ratePercent: 10,
      mechanism: 'BUDGET_FUNDED',
    };
  }
  return {
    name: programme.name,
    decisionNumber: programme.decisionNumber,
    decisionDate: programme.decisionDate,
    issuedBy: programme.issuedBy ?? '',
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    clusterId: programme.clusterId ?? ALL_CLUSTERS,
    ratePercent: programme.rateBp / 100,
    mechanism: programme.mechanism,
  };
}

/** The form's values as the API's fields: the rate typed in %, sent in basis points; "all clusters" as no cluster. */
export function toSupportProgrammeFields(values: SupportProgrammeValues): SupportProgrammeFields {
  const issuedBy = values.issuedBy.trim();
  return {
    name: values.name.trim(),
    decisionNumber: values.decisionNumber.trim(),
    decisionDate: values.decisionDate,
    issuedBy: issuedBy === '' ? null : issuedBy,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    clusterId: values.clusterId === ALL_CLUSTERS ? null : values.clusterId,
    rateBp: percentToBp(values.ratePercent === '' ? 0 : Number(values.ratePercent)),
    mechanism: values.mechanism,
  };
}

/**
 * Adds or changes a rent support programme (operator admins): the decision, the days of rent
 * it supports, its clusters, rate and mechanism. Whether the period is sound (it ends after it
 * starts, it overlaps no other programme of the same clusters) is the server's to say; its
 * answer lands on the field it names.
 */
export function SupportProgrammeForm({ programme, onDone }: { programme: SupportProgrammeRow | null; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const clusters = useClusterOptions();
  const date = (value: string) => (isCalendarDate(value) ? null : t('billing.dateRequired'));
  const form = useForm<SupportProgrammeValues>({
    initialValues: valuesOf(programme),
    validate: {
      name: (value) => (value.trim() === '' ? t('common.required') : null),
      decisionNumber: (value) => (value.trim() === '' ? t('common.required') : null),
      decisionDate: date,
      startsOn: date,
      endsOn: date,
      ratePercent: (value) =>
        value === '' || Number(value) <= 0 || Number(value) > 100 ? t('billing.support.rateRange') : null,
    },
  });
  const save = useSaveSupportProgramme({
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('billing.support.saved', { name: saved.name }) });
      onDone();
    },
    onError: (error) => applyFieldErrors(form, error, { rateBp: 'ratePercent' }),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => save.mutate({ id: programme?.id ?? null, input: toSupportProgrammeFields(values) }))}
    >
      <Stack>
        {showError && <ServerErrorAlert error={save.error} data-testid="support-error" />}
        <TextInput
          label={t('billing.support.name')}
          placeholder={t('billing.support.namePlaceholder')}
          required
          data-testid="support-name"
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('billing.support.decisionNumber')}
            placeholder={t('billing.support.decisionNumberPlaceholder')}
            required
            data-testid="support-decision-number"
            {...form.getInputProps('decisionNumber')}
          />
          <DateField
            label={t('billing.support.decisionDate')}
            required
            data-testid="support-decision-date"
            {...form.getInputProps('decisionDate')}
          />
          <TextInput
            label={t('billing.support.issuedBy')}
            placeholder={t('billing.support.issuedByPlaceholder')}
            data-testid="support-issued-by"
            {...form.getInputProps('issuedBy')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('billing.support.startsOn')} required data-testid="support-starts-on" {...form.getInputProps('startsOn')} />
          <DateField label={t('billing.support.endsOn')} required data-testid="support-ends-on" {...form.getInputProps('endsOn')} />
          <Select
            label={t('billing.support.scope')}
            required
            allowDeselect={false}
            searchable
            data-testid="support-cluster"
            data={[
              { value: ALL_CLUSTERS, label: t('billing.support.allClusters') },
              ...(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name })),
            ]}
            {...form.getInputProps('clusterId')}
          />
          <NumberInput
            label={t('billing.support.rate')}
            description={t('billing.support.rateHint')}
            required
            min={0}
            max={100}
            decimalScale={2}
            decimalSeparator={format.language === 'vi' ? ',' : '.'}
            suffix="%"
            data-testid="support-rate"
            {...form.getInputProps('ratePercent')}
          />
        </SimpleGrid>
        <Radio.Group label={t('billing.support.mechanism')} required {...form.getInputProps('mechanism')}>
          <Stack gap="sm" mt="xs">
            {SUPPORT_MECHANISMS.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`billing.supportMechanism.${value}`)}
                description={t(`billing.support.mechanismHelp.${value}`)}
                data-testid={`support-mechanism-${value}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="support-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
