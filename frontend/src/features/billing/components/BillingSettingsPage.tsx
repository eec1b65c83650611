import { Alert, Badge, Button, Card, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { BillingSettingsDataFragment, BillingSettingsFields, InvoiceDatePolicy } from '@/gql/graphql';
import { percentToBp } from '@/lib/format';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { isValidTaxCode } from '@/lib/tax-code';
import { useFormat } from '@/lib/use-format';
import { useBillingSettings, useUpdateBillingSettings } from '../api/settings';
import { BankSelect } from './BankSelect';

/** C (coded by the tax authority) or K, then T, then two letters the seller picks. */
export const SERIES_LETTERS = /^[CK]T[A-Z]{2}$/;
const BANK_BIN = /^\d{6}$/;
/** The Civil Code's cap on an agreed interest rate, % a year (art. 468). */
const CIVIL_CAP_PERCENT = 20;

/** Which day a billing run dates its invoices, in the order the select offers them. */
const INVOICE_DATE_POLICIES: readonly InvoiceDatePolicy[] = ['RUN_DATE', 'PERIOD_END'];

interface SettingsValues {
  invoiceSeries: string;
  dueDays: number | string;
  lateInterestPercent: number | string;
  lateInterestCommercial: boolean;
  lateInterestBasis: string;
  interestOnInvoice: boolean;
  rentVatPercent: number | string;
  invoiceDatePolicy: InvoiceDatePolicy;
  sellerName: string;
  sellerAddress: string;
  sellerTaxCode: string;
  bankBin: string;
  bankAccount: string;
  bankAccountName: string;
}

function valuesOf(settings: BillingSettingsDataFragment): SettingsValues {
  return {
    invoiceSeries: settings.invoiceSeries,
    dueDays: settings.dueDays,
    lateInterestPercent: settings.lateInterestBp / 100,
    lateInterestCommercial: settings.lateInterestCommercial,
    lateInterestBasis: settings.lateInterestBasis,
    interestOnInvoice: settings.interestOnInvoice,
    rentVatPercent: settings.rentVatBp / 100,
    invoiceDatePolicy: settings.invoiceDatePolicy,
    sellerName: settings.sellerName,
    sellerAddress: settings.sellerAddress,
    sellerTaxCode: settings.sellerTaxCode,
    bankBin: settings.bankBin,
    bankAccount: settings.bankAccount,
    bankAccountName: settings.bankAccountName,
  };
}

const num = (value: number | string) => (value === '' ? 0 : Number(value));

/** The form's values as the API's settings (percentages typed, basis points sent). */
export function toSettingsFields(values: SettingsValues): BillingSettingsFields {
  return {
    invoiceSeries: values.invoiceSeries.trim().toUpperCase(),
    dueDays: Math.round(num(values.dueDays)),
    lateInterestBp: percentToBp(num(values.lateInterestPercent)),
    lateInterestCommercial: values.lateInterestCommercial,
    lateInterestBasis: values.lateInterestBasis.trim(),
    interestOnInvoice: values.interestOnInvoice,
    rentVatBp: percentToBp(num(values.rentVatPercent)),
    invoiceDatePolicy: values.invoiceDatePolicy,
    sellerName: values.sellerName.trim(),
    sellerAddress: values.sellerAddress.trim(),
    sellerTaxCode: values.sellerTaxCode.trim(),
    bankBin: values.bankBin.trim(),
    bankAccount: values.bankAccount.trim(),
    bankAccountName: values.bankAccountName.trim(),
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function SettingsForm({ settings }: { settings: BillingSettingsDataFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useForm<SettingsValues>({
    initialValues: valuesOf(settings),
    validate: {
      invoiceSeries: (value) => (SERIES_LETTERS.test(value.trim().toUpperCase()) ? null : t('billing.settings.seriesInvalid')),
      dueDays: (value) => (value !== '' && num(value) >= 0 && num(value) <= 120 ? null : t('billing.settings.dueDaysRange')),
      lateInterestPercent: (value) => (value !== '' && num(value) >= 0 && num(value) <= 100 ? null : t('billing.settings.percentRange')),
      rentVatPercent: (value) => (value !== '' && num(value) >= 0 && num(value) <= 100 ? null : t('billing.settings.percentRange')),
      sellerName: (value) => (value.trim() === '' ? t('common.required') : null),
      sellerTaxCode: (value) => (value.trim() === '' || isValidTaxCode(value) ? null : t('billing.settings.taxCodeInvalid')),
      bankBin: (value) => (value.trim() === '' || BANK_BIN.test(value.trim()) ? null : t('billing.settings.bankBinInvalid')),
    },
  });
  const save = useUpdateBillingSettings({
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('billing.settings.saved') });
      form.setValues(valuesOf(saved));
      form.resetDirty();
    },
    onError: (error) =>
      applyFieldErrors(form, error, { lateInterestBp: 'lateInterestPercent', rentVatBp: 'rentVatPercent' }),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);
  const percentProps = {
    min: 0,
    max: 100,
    decimalScale: 2,
    decimalSeparator: format.language === 'vi' ? ',' : '.',
    suffix: '%',
  } as const;

  return (
    <form noValidate onSubmit={form.onSubmit((values) => save.mutate(toSettingsFields(values)))}>
      <Stack gap="lg">
        {showError && <ServerErrorAlert error={save.error} />}
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Section title={t('billing.settings.invoiceSection')}>
            <Stack>
              <Group gap="xs">
                <Text size="sm">{t('billing.settings.currentSeries')}:</Text>
                <Badge size="lg" variant="light" ff="monospace" data-testid="settings-current-series">
                  {settings.currentSeries}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('billing.settings.template', { template: settings.invoiceTemplate })}
                </Text>
              </Group>
              <TextInput
                label={t('billing.settings.invoiceSeries')}
                description={t('billing.settings.invoiceSeriesHint')}
                required
                maxLength={4}
                data-testid="settings-series"
                {...form.getInputProps('invoiceSeries')}
              />
              <NumberInput
                label={t('billing.settings.dueDays')}
                min={0}
                max={120}
                allowDecimal={false}
                required
                data-testid="settings-due-days"
                {...form.getInputProps('dueDays')}
              />
              <Select
                label={t('billing.settings.invoiceDate')}
                description={t('billing.settings.invoiceDateHint')}
                data={INVOICE_DATE_POLICIES.map((policy) => ({
                  value: policy,
                  label: t(`billing.settings.invoiceDatePolicy.${policy}`),
                }))}
                allowDeselect={false}
                required
                data-testid="settings-invoice-date"
                {...form.getInputProps('invoiceDatePolicy')}
              />
              <NumberInput label={t('billing.settings.rentVat')} required data-testid="settings-rent-vat" {...percentProps} {...form.getInputProps('rentVatPercent')} />
            </Stack>
          </Section>
          <Section title={t('billing.settings.sellerSection')}>
            <Stack>
              <TextInput label={t('billing.settings.sellerName')} required data-testid="settings-seller-name" {...form.getInputProps('sellerName')} />
              <TextInput label={t('billing.settings.sellerAddress')} data-testid="settings-seller-address" {...form.getInputProps('sellerAddress')} />
              <TextInput
                label={t('billing.settings.sellerTaxCode')}
                description={t('billing.settings.taxCodeHint')}
                data-testid="settings-seller-tax-code"
                {...form.getInputProps('sellerTaxCode')}
              />
            </Stack>
          </Section>
          <Section title={t('billing.settings.lateSection')}>
            <Stack>
              <NumberInput
                label={t('billing.settings.lateInterest')}
                description={t('billing.settings.lateInterestHint')}
                required
                data-testid="settings-late-interest"
                {...percentProps}
                {...form.getInputProps('lateInterestPercent')}
              />
              {/* The Civil Code caps an agreed rate at 20% a year (art. 468); above it only a
                  commercial contract's basis (Commercial Law art. 306) holds. */}
              {num(form.getValues().lateInterestPercent) > CIVIL_CAP_PERCENT && (
                <Alert color="yellow" data-testid="settings-late-cap-warning">
                  {t('billing.settings.lateInterestCapWarning')}
                </Alert>
              )}
              <Checkbox
                label={t('billing.settings.lateInterestCommercial')}
                data-testid="settings-late-commercial"
                {...form.getInputProps('lateInterestCommercial', { type: 'checkbox' })}
              />
              <TextInput label={t('billing.settings.lateInterestBasis')} data-testid="settings-late-basis" {...form.getInputProps('lateInterestBasis')} />
              {/* Interest is no sale, so by default it is billed on a notice of its own, not a VAT invoice. */}
              <Checkbox
                label={t('billing.settings.interestOnInvoice')}
                description={
                  form.getValues().interestOnInvoice ? t('billing.settings.interestOnInvoiceOn') : t('billing.settings.interestOnInvoiceOff')
                }
                data-testid="settings-interest-on-invoice"
                {...form.getInputProps('interestOnInvoice', { type: 'checkbox' })}
              />
            </Stack>
          </Section>
          <Section title={t('billing.settings.bankSection')}>
            <Stack>
              {(settings.bankBin === '' || settings.bankAccount === '') && (
                <Alert color="yellow" variant="light" data-testid="settings-no-bank">
                  {t('billing.settings.noBank')}
                </Alert>
              )}
              <BankSelect
                label={t('billing.settings.bank')}
                description={form.getValues().bankBin === '' ? t('billing.settings.bankHint') : t('billing.settings.bankBinChosen', { bin: form.getValues().bankBin })}
                value={form.getValues().bankBin}
                onChange={(bin) => form.setFieldValue('bankBin', bin)}
                error={form.errors.bankBin}
                data-testid="settings-bank-bin"
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
                <TextInput
                  label={t('billing.settings.bankAccount')}
                  inputMode="numeric"
                  data-testid="settings-bank-account"
                  {...form.getInputProps('bankAccount')}
                />
                <TextInput
                  label={t('billing.settings.bankAccountName')}
                  data-testid="settings-bank-account-name"
                  {...form.getInputProps('bankAccountName')}
                />
              </SimpleGrid>
            </Stack>
          </Section>
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" disabled={!form.isDirty()} onClick={() => form.setValues(valuesOf(settings))}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="settings-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Billing settings (operator admins): the seller on invoices, series, payment terms, late interest, bank account. */
export function BillingSettingsPage() {
  const { t } = useTranslation();
  const settings = useBillingSettings();
  return (
    <>
      <PageHeader title={t('billing.settings.title')} description={t('billing.settings.description')} />
      {settings.error ? (
        <ErrorAlert error={settings.error} />
      ) : settings.isPending ? (
        <CenteredLoader />
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </>
  );
}
