import { Alert, Anchor, Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InvoiceCorrection } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';
import type { InvoiceDetailData } from '../api/invoices';

const CORRECTION_COLORS: Record<InvoiceCorrection, string> = {
  DECREASE: 'grape',
  INCREASE: 'cyan',
  REPLACEMENT: 'indigo',
};

/**
 * The corrections issued against an invoice (adjustments either way, a replacement), oldest
 * first, each a link, with what credit notes took off in total.
 */
export function CorrectionsCard({ invoice, basePath }: { invoice: InvoiceDetailData; basePath: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" data-testid="invoice-corrections">
      <Title order={3} size="h4" mb="xs">
        {t('billing.correction.listTitle')}
      </Title>
      {invoice.credited > 0 && (
        <Text size="sm" mb="md">
          {t('billing.creditNote.creditedTotal')}: <b data-testid="invoice-credited">{format.money(invoice.credited)}</b>
        </Text>
      )}
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('billing.invoice.number')}</Table.Th>
              <Table.Th>{t('billing.correction.kindLabel')}</Table.Th>
              <Table.Th>{t('billing.invoice.issuedOn')}</Table.Th>
              <Table.Th ta="right">{t('billing.invoice.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.corrections.map((correction) => (
              <Table.Tr key={correction.id} data-testid="invoice-correction-row" data-correction={correction.correction ?? undefined}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={`${basePath}/${correction.id}`} ff="monospace" size="sm" data-testid="invoice-correction-link">
                    {correction.numberLabel}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {correction.correction != null && (
                    <Badge color={CORRECTION_COLORS[correction.correction]} variant="light" miw="max-content">
                      {t(`billing.correction.kind.${correction.correction}`)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {correction.issuedOn != null ? format.date(correction.issuedOn) : t('common.empty')}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {format.money(correction.total)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/**
 * For a correction (a credit note, an increase adjustment, a replacement): how it names its
 * original as printed, a link to that invoice, why it was issued and the written agreement.
 */
export function CorrectionOrigin({
  invoice,
  correction,
  basePath,
}: {
  invoice: InvoiceDetailData;
  correction: InvoiceCorrection;
  basePath: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert
      color={CORRECTION_COLORS[correction]}
      variant="light"
      title={t(`billing.correction.originTitle.${correction}`)}
      data-testid="correction-origin"
    >
      <Stack gap={4}>
        {invoice.correctsReference != null && (
          <Text size="sm" fs="italic" data-testid="correction-reference">
            {invoice.correctsReference}
          </Text>
        )}
        <Text size="sm">
          {t('billing.correction.corrects')}:{' '}
          {invoice.correctsId != null ? (
            <Anchor component={Link} to={`${basePath}/${invoice.correctsId}`} ff="monospace" size="sm" data-testid="correction-corrects">
              {invoice.correctsLabel ?? invoice.correctsId}
            </Anchor>
          ) : (
            <span>{invoice.correctsLabel ?? t('common.empty')}</span>
          )}
        </Text>
        <Text size="sm" data-testid="correction-reason">
          {t('billing.correction.reason')}: {invoice.note ?? t('common.empty')}
        </Text>
        {invoice.agreementNumber != null && (
          <Text size="sm" data-testid="correction-agreement">
            {t('billing.correction.agreement')}:{' '}
            {t('billing.correction.agreementText', {
              number: invoice.agreementNumber,
              date: invoice.agreementDate != null ? format.date(invoice.agreementDate) : t('common.empty'),
            })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/** On a REPLACED invoice: it owes nothing now, and its replacement is a click away. */
export function ReplacedNotice({ invoice, basePath }: { invoice: InvoiceDetailData; basePath: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" title={t('billing.invoice.replacedTitle')} data-testid="invoice-replaced">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('billing.invoice.replacedText')}</Text>
        {invoice.replacedById != null && (
          <Button
            component={Link}
            to={`${basePath}/${invoice.replacedById}`}
            size="xs"
            variant="light"
            color="indigo"
            data-testid="invoice-replaced-by"
          >
            {t('billing.invoice.openReplacement')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
