import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { LeaseFields, LeaseOrder, LeaseStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';
import { estateKeys, occupancyKeys } from './keys';

const Leases = graphql(`
  query Leases(
    $first: Int
    $after: String
    $firmId: ID
    $clusterId: ID
    $status: LeaseStatus
    $orderBy: LeaseOrder
  ) {
    leases(
      first: $first
      after: $after
      firmId: $firmId
      clusterId: $clusterId
      status: $status
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        firm {
          id
          name
        }
        cluster {
          id
          name
        }
        plots {
          id
          code
        }
        areaM2
        startsOn
        endsOn
        rentPerM2Year
        status
      }
    }
  }
`);

graphql(`
  fragment LeaseDetailFields on Lease {
    id
    firm {
      id
      name
      taxCode
    }
    cluster {
      id
      name
    }
    plots {
      id
      code
      areaM2
    }
    areaM2
    startsOn
    endsOn
    rentPerM2Year
    rentSchedule
    maintenanceFeePerM2Month
    deposit
    escalationBp
    escalationEveryYears
    supportProgrammes {
      id
      name
      citation
      rateBp
      startsOn
      endsOn
      mechanism
    }
    lateInterestBp
    lateInterestCommercial
    deductibleLandPricePerM2Year
    deductibleLandBasis
    status
    terminatedOn
    terminationReason
    renewedFromId
    createdAt
    auditTrail @include(if: $withAudit) {
      ...AuditFields
    }
  }
`);

const LeaseDetail = graphql(`
  query LeaseDetail($id: ID!, $withAudit: Boolean!) {
    node(id: $id) {
      __typename
      ... on Lease {
        ...LeaseDetailFields
      }
    }
  }
`);

const LeaseConflicts = graphql(`
  query LeaseConflicts($plotIds: [ID!]!, $startsOn: NaiveDate!, $endsOn: NaiveDate!, $exceptLeaseId: ID) {
    leaseConflicts(plotIds: $plotIds, startsOn: $startsOn, endsOn: $endsOn, exceptLeaseId: $exceptLeaseId) {
      leaseId
      plotCode
      startsOn
      endsOn
    }
  }
`);

const CreateLease = graphql(`
  mutation CreateLease($input: LeaseFields!, $activate: Boolean!) {
    createLease(input: $input, activate: $activate) {
      id
      status
    }
  }
`);

const UpdateLease = graphql(`
  mutation UpdateLease($id: ID!, $input: LeaseFields!) {
    updateLease(id: $id, input: $input) {
      id
      status
    }
  }
`);

const ActivateLease = graphql(`
  mutation ActivateLease($id: ID!) {
    activateLease(id: $id) {
      id
      status
    }
  }
`);

const TerminateLease = graphql(`
  mutation TerminateLease($id: ID!, $on: NaiveDate!, $reason: String!) {
    terminateLease(id: $id, on: $on, reason: $reason) {
      id
      status
    }
  }
`);

const RenewLease = graphql(`
  mutation RenewLease($id: ID!, $endsOn: NaiveDate!, $rentPerM2Year: Int) {
    renewLease(id: $id, endsOn: $endsOn, rentPerM2Year: $rentPerM2Year) {
      id
      status
    }
  }
`);

export interface LeaseFilter {
  status: LeaseStatus | null;
  clusterId: string | null;
  firmId: string | null;
}

/** One page of leases; `orderBy` null keeps the server's default (newest start first). */
export async function fetchLeases(filter: LeaseFilter, orderBy: LeaseOrder | null, after: string | null) {
  const data = await request(Leases, { first: PAGE_SIZE, after, ...filter, orderBy });
  return data.leases;
}

export type LeaseRow = Awaited<ReturnType<typeof fetchLeases>>['nodes'][number];

/** The leases of `filter`, page by page; `scope` keeps the operator's and a firm's lists apart. */
export const leasesQueryOptions = (scope: string, filter: LeaseFilter, orderBy: LeaseOrder | null) =>
  connectionQueryOptions(estateKeys.leaseList(scope, filter, orderBy), (after) => fetchLeases(filter, orderBy, after));

export const useLeases = (scope: string, filter: LeaseFilter, orderBy: LeaseOrder | null) =>
  useConnection(leasesQueryOptions(scope, filter, orderBy));

export async function fetchLease(id: string, withAudit: boolean) {
  const data = await request(LeaseDetail, { id, withAudit });
  return data.node.__typename === 'Lease' ? data.node : null;
}

export type LeaseDetailData = NonNullable<Awaited<ReturnType<typeof fetchLease>>>;

/** One lease; `withAudit` adds its change history (operators only). */
export const leaseQueryOptions = (id: string, withAudit: boolean) =>
  queryOptions({ queryKey: estateKeys.lease(id, withAudit), queryFn: () => fetchLease(id, withAudit) });

export const useLease = (id: string, withAudit: boolean) => useQuery(leaseQueryOptions(id, withAudit));

export interface ConflictCheck {
  plotIds: string[];
  startsOn: string;
  endsOn: string;
  exceptLeaseId?: string | null;
}

export async function fetchLeaseConflicts(check: ConflictCheck) {
  const data = await request(LeaseConflicts, { ...check, exceptLeaseId: check.exceptLeaseId ?? null });
  return data.leaseConflicts;
}

/** The leases already holding the plots of `check` in its term; asked only when `enabled`. */
export const leaseConflictsQueryOptions = (check: ConflictCheck, enabled: boolean) =>
  queryOptions({ queryKey: estateKeys.leaseConflicts(check), queryFn: () => fetchLeaseConflicts(check), enabled });

export const useLeaseConflicts = (check: ConflictCheck, enabled: boolean) =>
  useQuery(leaseConflictsQueryOptions(check, enabled));

/** A lease and its status after a change. */
type LeaseState = Awaited<ReturnType<typeof activateLease>>;

/** Any lease change can alter the leases themselves, plot availability, occupancy and the overview. */
const refreshAfterLeaseChange = (queryClient: QueryClient) => invalidateAll(queryClient, [estateKeys.leases, ...occupancyKeys]);

export interface LeaseSave {
  /** The lease to change, or null for a new one. */
  id: string | null;
  fields: LeaseFields;
  /** A new lease only: activate it at once rather than keep it as a draft. */
  activate: boolean;
}

export async function saveLease({ id, fields, activate }: LeaseSave) {
  if (id === null) return (await request(CreateLease, { input: fields, activate })).createLease;
  return (await request(UpdateLease, { id, input: fields })).updateLease;
}

export const useSaveLease = (config?: MutationConfig<LeaseState, LeaseSave>) =>
  useCacheMutation(saveLease, refreshAfterLeaseChange, config);

export async function activateLease(id: string) {
  return (await request(ActivateLease, { id })).activateLease;
}

export const useActivateLease = (config?: MutationConfig<LeaseState, string>) =>
  useCacheMutation(activateLease, refreshAfterLeaseChange, config);

export interface LeaseTermination {
  id: string;
  on: string;
  reason: string;
}

export async function terminateLease({ id, on, reason }: LeaseTermination) {
  return (await request(TerminateLease, { id, on, reason })).terminateLease;
}

export const useTerminateLease = (config?: MutationConfig<LeaseState, LeaseTermination>) =>
  useCacheMutation(terminateLease, refreshAfterLeaseChange, config);

export interface LeaseRenewal {
  id: string;
  endsOn: string;
  /** The new rent; null keeps the current one. */
  rentPerM2Year: number | null;
}

/** Renews a lease; the answer is the new lease that follows it. */
export async function renewLease({ id, endsOn, rentPerM2Year }: LeaseRenewal) {
  return (await request(RenewLease, { id, endsOn, rentPerM2Year })).renewLease;
}

export const useRenewLease = (config?: MutationConfig<LeaseState, LeaseRenewal>) =>
  useCacheMutation(renewLease, refreshAfterLeaseChange, config);
