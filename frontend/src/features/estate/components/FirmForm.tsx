import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { CapitalOrigin, FirmFields, FirmRowFieldsFragment, FirmStatus } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { isValidTaxCode } from '@/lib/tax-code';
import { isApiError } from '@/lib/graphql/errors';
import { useSaveFirm } from '../api/firms';

export const CAPITAL_ORIGINS: readonly CapitalOrigin[] = ['DOMESTIC', 'FOREIGN', 'JOINT_VENTURE'];
export const FIRM_STATUSES: readonly FirmStatus[] = ['ACTIVE', 'INACTIVE'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface FirmValues {
  name: string;
  taxCode: string;
  address: string;
  capitalOrigin: CapitalOrigin;
  isSme: boolean;
  vsicCode: string;
  workforce: number | string;
  billingEmails: string[];
  status: FirmStatus;
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toFirmFields(values: FirmValues): FirmFields {
  return {
    name: values.name.trim(),
    taxCode: values.taxCode.trim(),
    address: blankToNull(values.address),
    capitalOrigin: values.capitalOrigin,
    isSme: values.isSme,
    vsicCode: blankToNull(values.vsicCode),
    workforce: values.workforce === '' ? 0 : Math.round(Number(values.workforce)),
    billingEmails: values.billingEmails.map((email) => email.trim()),
    status: values.status,
  };
}

/** Add or change a firm's register entry. */
export function FirmForm({ firm, onDone }: { firm: FirmRowFieldsFragment | null; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<FirmValues>({
    initialValues: {
      name: firm?.name ?? '',
      taxCode: firm?.taxCode ?? '',
      address: firm?.address ?? '',
      capitalOrigin: firm?.capitalOrigin ?? 'DOMESTIC',
      isSme: firm?.isSme ?? false,
      vsicCode: firm?.vsicCode ?? '',
      workforce: firm?.workforce ?? 0,
      billingEmails: firm?.billingEmails ?? [],
      status: firm?.status ?? 'ACTIVE',
    },
    validate: {
      name: (value) => (value.trim() === '' ? t('common.required') : null),
      taxCode: (value) => (isValidTaxCode(value) ? null : t('estate.firms.taxCodeInvalid')),
      billingEmails: (value) => (value.every((email) => EMAIL.test(email)) ? null : t('common.invalidEmail')),
    },
  });
  const save = useSaveFirm({
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('estate.firms.saved', { name: saved.name }) });
      onDone();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);

  return (
    <form noValidate onSubmit={form.onSubmit((values) => save.mutate({ id: firm?.id ?? null, input: toFirmFields(values) }))}>
      <Stack>
        {showError && <ServerErrorAlert error={save.error} />}
        <TextInput label={t('estate.firms.name')} required data-testid="firm-name" {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('estate.firms.taxCode')}
            description={t('estate.firms.taxCodeHint')}
            required
            data-testid="firm-tax-code"
            {...form.getInputProps('taxCode')}
          />
          <Select
            label={t('estate.firms.capitalOrigin')}
            allowDeselect={false}
            data-testid="firm-capital-origin"
            data={CAPITAL_ORIGINS.map((c) => ({ value: c, label: t(`estate.capitalOrigin.${c}`) }))}
            {...form.getInputProps('capitalOrigin')}
          />
          <TextInput label={t('estate.firms.vsicCode')} {...form.getInputProps('vsicCode')} />
          <NumberInput label={t('estate.firms.workforce')} min={0} allowDecimal={false} {...form.getInputProps('workforce')} />
          <Select
            label={t('estate.firms.status')}
            allowDeselect={false}
            data={FIRM_STATUSES.map((s) => ({ value: s, label: t(`estate.firmStatus.${s}`) }))}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <TextInput
          label={t('estate.firms.address')}
          description={t('estate.firms.addressHint')}
          data-testid="firm-address"
          {...form.getInputProps('address')}
        />
        <Checkbox label={t('estate.firms.isSme')} data-testid="firm-sme" {...form.getInputProps('isSme', { type: 'checkbox' })} />
        <TagsInput
          label={t('estate.firms.billingEmails')}
          description={t('estate.firms.billingEmailsHint')}
          data-testid="firm-billing-emails"
          splitChars={[',', ' ', ';']}
          {...form.getInputProps('billingEmails')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="firm-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
