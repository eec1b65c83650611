import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClusterStatus, FirmStatus, LeaseStatus, PlotStatus, WwtpStatus } from '@/gql/graphql';

const WWTP_COLORS: Record<WwtpStatus, string> = { NONE: 'red', OPERATING: 'teal', UNDER_CONSTRUCTION: 'yellow' };

/** The wastewater plant's state; a cluster without one is always shown, in red. */
export function WastewaterBadge({ status }: { status: WwtpStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={WWTP_COLORS[status]}
      variant={status === 'NONE' ? 'filled' : 'light'}
      miw="max-content"
      data-testid="wastewater-status"
      data-status={status}
    >
      {t(`estate.wastewater.status.${status}`)}
    </Badge>
  );
}

const CLUSTER_COLORS: Record<ClusterStatus, string> = { OPERATING: 'teal', PLANNED: 'gray', UNDER_CONSTRUCTION: 'yellow' };

export function ClusterStatusBadge({ status }: { status: ClusterStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={CLUSTER_COLORS[status]} variant="light" miw="max-content">
      {t(`estate.clusterStatus.${status}`)}
    </Badge>
  );
}

export const PLOT_COLORS: Record<PlotStatus, string> = { FREE: 'green', LEASED: 'blue' };

export function PlotStatusBadge({ status }: { status: PlotStatus | null | undefined }) {
  const { t } = useTranslation();
  if (status == null) return null;
  return (
    <Badge color={PLOT_COLORS[status]} variant="light" miw="max-content" data-testid="plot-status">
      {t(`estate.plotStatus.${status}`)}
    </Badge>
  );
}

export function FirmStatusBadge({ status }: { status: FirmStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'ACTIVE' ? 'teal' : 'gray'} variant="light" miw="max-content">
      {t(`estate.firmStatus.${status}`)}
    </Badge>
  );
}

const LEASE_COLORS: Record<LeaseStatus, string> = { DRAFT: 'gray', ACTIVE: 'teal', TERMINATED: 'red', EXPIRED: 'orange' };

export function LeaseStatusBadge({ status }: { status: LeaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={LEASE_COLORS[status]} variant="light" miw="max-content" data-testid="lease-status">
      {t(`estate.leaseStatus.${status}`)}
    </Badge>
  );
}
