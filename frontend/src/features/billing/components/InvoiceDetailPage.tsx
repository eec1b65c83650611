import { Alert, Anchor, Box, Button, Card, Divider, Group, Modal, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useViewer } from '@/lib/session/use-session';
import { useFormat } from '@/lib/use-format';
import { useInvoice, useVoidInvoice } from '../api/invoices';
import type { InvoiceDetailData } from '../api/invoices';
import { readVietQr } from '../lib/vietqr';
import { InterestNoticeBadge, InvoiceStatusBadge } from './badges';
import { canIssueCreditNote, CreditNoteButton } from './CreditNoteForm';
import { IncreaseButton } from './IncreaseForm';
import { CorrectionOrigin, CorrectionsCard, ReplacedNotice } from './InvoiceCredits';
import { InvoiceDocumentButtons } from './InvoiceDocumentButtons';
import { InvoiceLinesTable } from './InvoiceLinesTable';
import { usePeriodLabel } from '../lib/use-period-label';
import { canReplace, isCorrectable } from '../lib/corrections';
import { InvoicePaymentButton } from './InvoicePaymentButton';
import { ReplaceButton } from './ReplaceForm';
import { VietQrCode } from './VietQrCode';

function Party({ title, name, address, taxCode, testId }: { title: string; name: string; address: string; taxCode: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {title}
      </Text>
      <Text fw={600}>{name}</Text>
      <Text size="sm">
        {t('billing.invoice.address')}: {address === '' ? t('common.empty') : address}
      </Text>
      <Text size="sm">
        {t('billing.invoice.taxCode')}: {taxCode === '' ? t('common.empty') : taxCode}
      </Text>
    </div>
  );
}

function SumRow({ label, value, strong = false, testId }: { label: string; value: ReactNode; strong?: boolean; testId?: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" fw={strong ? 700 : undefined}>
        {label}
      </Text>
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 500} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </Group>
  );
}

/** VAT per rate and the totals, as the invoice prints them; a late-interest notice has no VAT to show. */
function Totals({ invoice }: { invoice: InvoiceDetailData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notice = invoice.documentType === 'INTEREST_NOTICE';
  return (
    <Stack gap={6} data-testid="invoice-totals">
      {!notice && (
        <Table.ScrollContainer minWidth={360}>
          <Table withTableBorder verticalSpacing={4} data-testid="invoice-vat-by-rate">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('billing.invoice.vatRate')}</Table.Th>
                <Table.Th ta="right">{t('billing.invoice.vatBase')}</Table.Th>
                <Table.Th ta="right">{t('billing.invoice.vatAmount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.vatByRate.map((rate) => (
                <Table.Tr key={rate.vatBp ?? 'none'}>
                  <Table.Td>{rate.vatBp == null ? t('billing.invoice.notSubject') : format.rateBp(rate.vatBp)}</Table.Td>
                  <Table.Td ta="right">{format.money(rate.base)}</Table.Td>
                  <Table.Td ta="right">{format.money(rate.vat)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!notice && <SumRow label={t('billing.invoice.subtotal')} value={format.money(invoice.subtotal)} />}
      {!notice && <SumRow label={t('billing.invoice.vatTotal')} value={format.money(invoice.vatTotal)} />}
      <SumRow label={t('billing.invoice.total')} value={format.money(invoice.total)} strong testId="invoice-total" />
      <Text size="sm">
        {t('billing.invoice.totalInWords')}: <i data-testid="invoice-total-in-words">{invoice.totalInWords}</i>
      </Text>
      <Text size="xs" c="dimmed" data-testid="invoice-rounding-rule">
        {t('billing.invoice.roundingRule')}: {format.language === 'en' ? invoice.roundingRuleEn : invoice.roundingRuleVi}
      </Text>
    </Stack>
  );
}

/** How to pay what is open: the VietQR code and the transfer details read from it. */
function PaymentInstructions({ invoice }: { invoice: InvoiceDetailData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const transfer = invoice.vietqr != null ? readVietQr(invoice.vietqr) : null;
  return (
    <Card withBorder padding="lg" data-testid="invoice-payment">
      <Title order={3} size="h4" mb="md">
        {t('billing.invoice.howToPay')}
      </Title>
      <Stack gap="sm">
        {invoice.credited > 0 && (
          <SumRow label={t('billing.invoice.credited')} value={format.money(invoice.credited)} testId="invoice-payment-credited" />
        )}
        <SumRow label={t('billing.invoice.paid')} value={format.money(invoice.paid)} />
        <SumRow label={t('billing.invoice.open')} value={format.money(invoice.open)} strong testId="invoice-open" />
        <Divider />
        {invoice.vietqr != null ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <VietQrCode payload={invoice.vietqr} purpose={invoice.paymentPurpose ?? null} />
            <Stack gap={6}>
              <Text size="sm">{t('billing.invoice.scanHint')}</Text>
              {transfer && (
                <>
                  <Text size="sm">
                    {t('billing.invoice.bankBin')}: <b>{transfer.bankBin}</b>
                  </Text>
                  <Text size="sm">
                    {t('billing.invoice.bankAccount')}: <b data-testid="invoice-bank-account">{transfer.account}</b>
                  </Text>
                  {transfer.amount != null && (
                    <Text size="sm">
                      {t('billing.invoice.transferAmount')}: <b>{format.money(transfer.amount)}</b>
                    </Text>
                  )}
                </>
              )}
              {invoice.paymentPurpose != null && (
                <Text size="sm">
                  {t('billing.invoice.transferPurpose')}: <b>{invoice.paymentPurpose}</b>
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('billing.invoice.purposeHint')}
              </Text>
            </Stack>
          </SimpleGrid>
        ) : (
          <Text size="sm" c="dimmed" data-testid="invoice-no-qr">
            {invoice.status === 'VOID'
              ? t('billing.invoice.voidNoPayment')
              : invoice.status === 'REPLACED'
                ? t('billing.invoice.replacedNoPayment')
                : invoice.open <= 0
                  ? t('billing.invoice.nothingOpen')
                  : t('billing.invoice.noBankAccount')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The payments applied to the invoice. */
function Allocations({ invoice }: { invoice: InvoiceDetailData }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" data-testid="invoice-allocations">
      <Title order={3} size="h4" mb="md">
        {t('billing.invoice.allocations')}
      </Title>
      {invoice.allocations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('billing.invoice.noAllocations')}
        </Text>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('billing.invoice.allocatedOn')}</Table.Th>
              <Table.Th ta="right">{t('billing.invoice.allocatedAmount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.allocations.map((allocation, index) => (
              <Table.Tr key={`${allocation.paymentId}-${index}`}>
                <Table.Td>{format.date(allocation.allocatedOn)}</Table.Td>
                <Table.Td ta="right">{format.money(allocation.amount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** The reminders sent about the invoice (the firm sees them too). */
function Reminders({ invoice }: { invoice: InvoiceDetailData }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" data-testid="invoice-reminders">
      <Title order={3} size="h4" mb="md">
        {t('billing.invoice.reminders')}
      </Title>
      {invoice.reminders.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('billing.invoice.noReminders')}
        </Text>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('billing.invoice.reminderSent')}</Table.Th>
              <Table.Th>{t('billing.invoice.reminderKind')}</Table.Th>
              <Table.Th ta="right">{t('billing.invoice.reminderRecipients')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.reminders.map((reminder) => (
              <Table.Tr key={reminder.id}>
                <Table.Td>{format.dateTime(reminder.notBefore)}</Table.Td>
                <Table.Td>
                  {t(`billing.invoice.reminderKinds.${reminder.kind}`)} ({reminder.step})
                </Table.Td>
                <Table.Td ta="right">{reminder.recipients}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function VoidModal({ invoice, opened, onClose }: { invoice: InvoiceDetailData; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  // Waiving a late-interest notice voids it as a draft is voided; the words say what it means.
  const waive = invoice.documentType === 'INTEREST_NOTICE';
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() === '' ? t('common.required') : null) },
  });
  const cancel = useVoidInvoice({
    onSuccess: (voided) => {
      notifications.show({
        color: 'teal',
        message: t(waive ? 'billing.notice.waived' : 'billing.invoice.voided', { number: voided.numberLabel }),
      });
      onClose();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  const showError = cancel.isError && !(isApiError(cancel.error, 'VALIDATION') && cancel.error.fields.length > 0);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(waive ? 'billing.notice.waiveTitle' : 'billing.invoice.voidTitle', { number: invoice.numberLabel })}
    >
      <form noValidate onSubmit={form.onSubmit((values) => cancel.mutate({ invoiceId: invoice.id, reason: values.reason.trim() }))}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t(waive ? 'billing.notice.waiveHint' : 'billing.invoice.voidHint')}
          </Text>
          {showError && <ServerErrorAlert error={cancel.error} data-testid="void-error" />}
          <Textarea
            label={t('billing.invoice.voidReason')}
            required
            autosize
            minRows={2}
            data-testid="void-reason"
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color="red" type="submit" loading={cancel.isPending} data-testid="void-submit">
              {waive ? t('billing.notice.waive') : t('billing.invoice.void')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The page's heading: what kind of document it is (its number follows). */
function titleKey(invoice: InvoiceDetailData) {
  if (invoice.documentType === 'INTEREST_NOTICE') return 'billing.notice.title' as const;
  if (invoice.kind === 'CREDIT_NOTE') return 'billing.invoice.creditNoteTitle' as const;
  if (invoice.correction === 'INCREASE') return 'billing.invoice.increaseTitle' as const;
  if (invoice.correction === 'REPLACEMENT') return 'billing.invoice.replacementTitle' as const;
  return 'billing.invoice.title' as const;
}

/** The document's own title, as its PDF prints it. */
function documentTitleKey(invoice: InvoiceDetailData) {
  if (invoice.documentType === 'INTEREST_NOTICE') return 'billing.notice.documentTitle' as const;
  if (invoice.kind === 'CREDIT_NOTE') return 'billing.invoice.creditNoteDocumentTitle' as const;
  if (invoice.correction === 'INCREASE') return 'billing.invoice.increaseDocumentTitle' as const;
  if (invoice.correction === 'REPLACEMENT') return 'billing.invoice.replacementDocumentTitle' as const;
  return 'billing.invoice.documentTitle' as const;
}

/**
 * One invoice as the document reads: seller and buyer, symbol and number, lines, VAT per rate,
 * total in words, then how to pay it (VietQR) and the payments applied. A correction says what
 * it corrects and on which agreement; a replaced invoice points to its replacement. Operator
 * admins void a draft, and correct an issued invoice by an adjustment either way or a
 * replacement. A late-interest notice reads the same and is paid the same, but it is no VAT
 * invoice: no e-invoice XML and no correction (the server refuses both as CONFLICT).
 */
export function InvoiceDetailPage({ readOnly = false }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const periodLabel = usePeriodLabel();
  const viewer = useViewer();
  const { id = '' } = useParams();
  const [voidOpened, voidModal] = useDisclosure(false);
  const basePath = readOnly ? '/my-invoices' : '/invoices';
  const invoice = useInvoice(id);

  if (invoice.error) {
    return <ErrorAlert error={invoice.error} overrides={{ NOT_FOUND: t('billing.invoice.notFound') }} />;
  }
  if (invoice.isPending) return <CenteredLoader />;
  const data = invoice.data;
  if (!data) return <ErrorAlert error={null} overrides={{ INTERNAL: t('billing.invoice.notFound') }} />;

  // An issued invoice is corrected, never voided (Decree 70/2025): only a draft is voided. A
  // late-interest notice is no invoice: the operator waives one nothing was paid on.
  const waivable =
    data.documentType === 'INTEREST_NOTICE' && (data.status === 'ISSUED' || data.status === 'OVERDUE') && data.paid === 0;
  const canVoid = !readOnly && viewer.role === 'OPERATOR_ADMIN' && (data.status === 'DRAFT' || waivable);
  const corrector = !readOnly && viewer.role === 'OPERATOR_ADMIN';
  const canCredit = corrector && canIssueCreditNote(data);
  const canIncrease = corrector && isCorrectable(data);
  const canReplaceIt = corrector && canReplace(data);
  // A credit note is a decrease, whether or not the server says so.
  const correction = data.correction ?? (data.kind === 'CREDIT_NOTE' ? 'DECREASE' : null);
  const notice = data.documentType === 'INTEREST_NOTICE';
  const canRecordPayment =
    !readOnly && data.kind === 'INVOICE' && data.status !== 'VOID' && data.status !== 'REPLACED' && data.open > 0;

  return (
    <>
      <Anchor component={Link} to={basePath} size="sm">
        ← {t('common.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" mt="xs">
        <PageHeader
          title={t(titleKey(data), { number: data.numberLabel })}
          description={`${data.clusterName} · ${periodLabel(data.periodStart, data.periodEnd)}`}
        />
        {/* Wrapped under the title (a phone, or many actions), the actions keep the title's distance from what follows. */}
        <Group mb="lg">
          <InterestNoticeBadge documentType={data.documentType} />
          <InvoiceStatusBadge status={data.status} />
          <InvoiceDocumentButtons invoice={data} einvoice={!readOnly} />
          {canRecordPayment && <InvoicePaymentButton invoice={data} />}
          {canCredit && <CreditNoteButton invoice={data} />}
          {canIncrease && <IncreaseButton invoice={data} />}
          {canReplaceIt && <ReplaceButton invoice={data} />}
          {canVoid && (
            <Button color="red" variant="light" onClick={voidModal.open} data-testid="invoice-void">
              {waivable ? t('billing.notice.waive') : t('billing.invoice.void')}
            </Button>
          )}
        </Group>
      </Group>
      <Stack gap="lg">
        {data.status === 'VOID' && (
          <Alert color="gray" title={t('billing.invoice.voidedTitle')} data-testid="invoice-void-reason">
            {data.voidReason ?? t('common.empty')}
          </Alert>
        )}
        {notice && (
          <Alert color="blue" variant="light" title={t('billing.notice.notVatInvoiceTitle')} data-testid="interest-notice-note">
            {t('billing.notice.notVatInvoice')}
          </Alert>
        )}
        {data.status === 'REPLACED' && <ReplacedNotice invoice={data} basePath={basePath} />}
        {correction != null && <CorrectionOrigin invoice={data} correction={correction} basePath={basePath} />}
        <Card withBorder padding="lg" data-testid="invoice-document">
          <Stack gap="lg">
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Title order={3} size="h4">
                {t(documentTitleKey(data))}
              </Title>
              <Stack gap={2} ff="monospace">
                {/* A notice is no e-invoice form: a series and a number only, as its PDF prints. */}
                {!notice && (
                  <Text size="sm">
                    {t('billing.invoice.template')}: <b>{data.template}</b>
                  </Text>
                )}
                <Text size="sm">
                  {t('billing.invoice.series')}: <b>{data.series}</b>
                </Text>
                <Text size="sm">
                  {t('billing.invoice.numberShort')}: <b data-testid="invoice-number">{data.number != null ? String(data.number).padStart(8, '0') : t('common.empty')}</b>
                </Text>
              </Stack>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Text size="sm">
                {t('billing.invoice.issuedOn')}: <b>{data.issuedOn != null ? format.date(data.issuedOn) : t('common.empty')}</b>
              </Text>
              <Text size="sm">
                {t('billing.invoice.dueOn')}: <b>{data.dueOn != null ? format.date(data.dueOn) : t('common.empty')}</b>
              </Text>
              <Text size="sm">
                {t('billing.invoice.period')}: <b>{`${format.date(data.periodStart)} – ${format.date(data.periodEnd)}`}</b>
              </Text>
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Party
                title={notice ? t('billing.notice.lessor') : t('billing.invoice.seller')}
                name={data.sellerName}
                address={data.sellerAddress}
                taxCode={data.sellerTaxCode}
                testId="invoice-seller"
              />
              <Party
                title={notice ? t('billing.notice.lessee') : t('billing.invoice.buyer')}
                name={data.buyerName}
                address={data.buyerAddress}
                taxCode={data.buyerTaxCode}
                testId="invoice-buyer"
              />
            </SimpleGrid>
            <InvoiceLinesTable lines={data.lines} vat={!notice} data-testid="invoice-lines" />
            <Group justify="flex-end">
              <Box w="100%" maw={520}>
                <Totals invoice={data} />
              </Box>
            </Group>
          </Stack>
        </Card>
        {data.kind === 'INVOICE' && (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <PaymentInstructions invoice={data} />
            <Allocations invoice={data} />
            <Reminders invoice={data} />
          </SimpleGrid>
        )}
        {data.corrections.length > 0 && <CorrectionsCard invoice={data} basePath={basePath} />}
      </Stack>
      {canVoid && <VoidModal invoice={data} opened={voidOpened} onClose={voidModal.close} />}
    </>
  );
}
