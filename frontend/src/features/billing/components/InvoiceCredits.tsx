import { Alert, Anchor, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/lib/use-format';
import type { InvoiceDetailData } from '../api/invoices';

/** The credit notes issued against an invoice, each a link, with what they took off in total. */
export function CreditNotesCard({ invoice, basePath }: { invoice: InvoiceDetailData; basePath: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" data-testid="invoice-credit-notes">
      <Title order={3} size="h4" mb="xs">
        {t('billing.creditNote.listTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('billing.creditNote.creditedTotal')}: <b data-testid="invoice-credited">{format.money(invoice.credited)}</b>
      </Text>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('billing.invoice.number')}</Table.Th>
            <Table.Th>{t('billing.invoice.issuedOn')}</Table.Th>
            <Table.Th ta="right">{t('billing.invoice.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoice.creditNotes.map((note) => (
            <Table.Tr key={note.id} data-testid="invoice-credit-note-row">
              <Table.Td>
                <Anchor component={Link} to={`${basePath}/${note.id}`} ff="monospace" size="sm" data-testid="invoice-credit-note-link">
                  {note.numberLabel}
                </Anchor>
              </Table.Td>
              <Table.Td>{note.issuedOn != null ? format.date(note.issuedOn) : t('common.empty')}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.money(note.total)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** For a credit note: the invoice it corrects (a link) and why it was issued. */
export function CreditNoteOrigin({ invoice, basePath }: { invoice: InvoiceDetailData; basePath: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="grape" variant="light" title={t('billing.creditNote.aboutTitle')} data-testid="credit-note-origin">
      <Text size="sm">
        {t('billing.creditNote.corrects')}{' '}
        {invoice.correctsId != null ? (
          <Anchor component={Link} to={`${basePath}/${invoice.correctsId}`} ff="monospace" size="sm" data-testid="credit-note-corrects">
            {invoice.correctsLabel ?? invoice.correctsId}
          </Anchor>
        ) : (
          <span>{invoice.correctsLabel ?? t('common.empty')}</span>
        )}
      </Text>
      <Text size="sm" data-testid="credit-note-reason-text">
        {t('billing.creditNote.reason')}: {invoice.note ?? t('common.empty')}
      </Text>
    </Alert>
  );
}
