import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BankLineStatus, BankMatch } from '@/gql/graphql';

/** Waiting lines stand out (no match orange, a suggestion blue); settled ones are calm. */
const STATUS_COLORS: Record<BankLineStatus, string> = {
  UNMATCHED: 'orange',
  SUGGESTED: 'blue',
  CONFIRMED: 'green',
  IGNORED: 'gray',
};

export function BankLineStatusBadge({ status }: { status: BankLineStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" miw="max-content" data-testid="bank-line-status" data-status={status}>
      {t(`billing.bank.status.${status}`)}
    </Badge>
  );
}

/** The strongest evidence (number and amount) green, the weakest (amount alone) yellow. */
const MATCH_COLORS: Record<BankMatch, string> = {
  NUMBER_AND_AMOUNT: 'teal',
  NUMBER: 'cyan',
  FIRM_AND_AMOUNT: 'indigo',
  AMOUNT: 'yellow',
  INVOICES_AND_AMOUNT: 'teal',
  FIRM_BALANCE: 'indigo',
};

/** Why a line was matched to its invoice; the tooltip says it in full. */
export function BankMatchBadge({ match }: { match: BankMatch | null | undefined }) {
  const { t } = useTranslation();
  if (match == null) {
    return (
      <Badge color="gray" variant="outline" miw="max-content" data-testid="bank-match" data-match="NONE">
        {t('billing.bank.noMatch')}
      </Badge>
    );
  }
  return (
    <Tooltip label={t(`billing.bank.matchHint.${match}`)} multiline w={260} withArrow>
      <Badge color={MATCH_COLORS[match]} variant="light" miw="max-content" data-testid="bank-match" data-match={match}>
        {t(`billing.bank.match.${match}`)}
      </Badge>
    </Tooltip>
  );
}
