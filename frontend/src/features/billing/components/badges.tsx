import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Charge, DocumentType, FundEntryKind, InvoiceStatus, SupportMechanism } from '@/gql/graphql';

/** The colour of each invoice status: paid green, overdue red, partly paid yellow, issued blue, void gray. */
export const INVOICE_STATUS_COLORS: Record<InvoiceStatus, string> = {
  DRAFT: 'gray',
  ISSUED: 'blue',
  PARTIALLY_PAID: 'yellow',
  PAID: 'green',
  OVERDUE: 'red',
  VOID: 'gray',
  REPLACED: 'gray',
};

/** Marks a late-interest notice among invoices (nothing for a VAT invoice). */
export function InterestNoticeBadge({ documentType }: { documentType: DocumentType }) {
  const { t } = useTranslation();
  if (documentType !== 'INTEREST_NOTICE') return null;
  return (
    <Badge size="xs" color="orange" variant="light" w="fit-content" miw="max-content" data-testid="interest-notice-badge">
      {t('billing.notice.badge')}
    </Badge>
  );
}

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={INVOICE_STATUS_COLORS[status]}
      variant={status === 'OVERDUE' ? 'filled' : 'light'}
      miw="max-content"
      data-testid="invoice-status"
      data-status={status}
    >
      {t(`billing.invoiceStatus.${status}`)}
    </Badge>
  );
}

const CHARGE_COLORS: Record<Charge, string> = { MAINTENANCE_FEE: 'teal', WASTEWATER: 'cyan', OTHER: 'gray' };

export function ChargeBadge({ charge }: { charge: Charge }) {
  const { t } = useTranslation();
  return (
    <Badge color={CHARGE_COLORS[charge]} variant="light" miw="max-content">
      {t(`billing.charge.${charge}`)}
    </Badge>
  );
}

const FUND_ENTRY_COLORS: Record<FundEntryKind, string> = { FEE_COLLECTED: 'teal', EXPENSE: 'orange', ADJUSTMENT: 'gray' };

export function FundEntryBadge({ kind }: { kind: FundEntryKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={FUND_ENTRY_COLORS[kind]} variant="light" miw="max-content">
      {t(`billing.fund.entryKind.${kind}`)}
    </Badge>
  );
}

const MECHANISM_COLORS: Record<SupportMechanism, string> = { BUDGET_FUNDED: 'indigo', OPERATOR_DISCOUNT: 'orange' };

/** How a rent support programme gives its support: paid by the budget, or a discount on the invoice. */
export function SupportMechanismBadge({ mechanism }: { mechanism: SupportMechanism }) {
  const { t } = useTranslation();
  return (
    <Badge color={MECHANISM_COLORS[mechanism]} variant="light" miw="max-content" data-testid="support-mechanism" data-mechanism={mechanism}>
      {t(`billing.supportMechanism.${mechanism}`)}
    </Badge>
  );
}
