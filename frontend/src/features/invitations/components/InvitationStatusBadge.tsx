import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitationStatus } from '@/gql/graphql';

const COLORS: Record<InvitationStatus, string> = {
  PENDING: 'yellow',
  ACCEPTED: 'teal',
  REVOKED: 'gray',
  EXPIRED: 'red',
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" miw="max-content" data-testid="invitation-status">
      {t(`invitations.status.${status}`)}
    </Badge>
  );
}
