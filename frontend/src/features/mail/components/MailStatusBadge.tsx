import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MailStatus } from '@/gql/graphql';

const COLORS: Record<MailStatus, string> = {
  PENDING: 'yellow',
  SENT: 'teal',
  FAILED: 'red',
  CANCELLED: 'gray',
};

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" miw="max-content" data-testid="mail-status">
      {t(`mail.status.${status}`)}
    </Badge>
  );
}
