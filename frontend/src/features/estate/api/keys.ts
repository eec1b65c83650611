import { clustersKey } from '@/lib/cluster-options';
import { firmsKey } from '@/lib/firm-options';

/**
 * The query keys of everything the estate caches, in one place. Each group is a prefix:
 * invalidating `clusters` refreshes every cluster list, detail and picker (billing's too).
 */

const plots = ['plots'] as const;
const leases = ['leases'] as const;
const overview = ['estateOverview'] as const;

export const estateKeys = {
  clusters: clustersKey,
  clusterList: (orderBy: unknown) => [...clustersKey, 'list', orderBy] as const,
  cluster: (id: string) => [...clustersKey, 'detail', id] as const,
  plots,
  plotList: (filter: object, orderBy: unknown) => [...plots, 'list', filter, orderBy] as const,
  clusterPlots: (clusterId: string | null) => [...plots, 'cluster', clusterId] as const,
  firms: firmsKey,
  firmList: (filter: object, orderBy: unknown) => [...firmsKey, 'list', filter, orderBy] as const,
  leases,
  leaseList: (scope: string, filter: object, orderBy: unknown) => [...leases, 'list', scope, filter, orderBy] as const,
  lease: (id: string, withAudit: boolean) => [...leases, 'detail', id, withAudit] as const,
  leaseConflicts: (check: object) => [...leases, 'conflicts', check] as const,
  overview,
  provinceOverview: ['provinceOverview'] as const,
};

/** What a plot or lease change can alter: plot availability, cluster occupancy and the overview. */
export const occupancyKeys = [plots, clustersKey, overview] as const;
