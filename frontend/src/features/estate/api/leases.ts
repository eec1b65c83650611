import { graphql } from '@/gql';
import type { LeaseFields, LeaseOrder, LeaseStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { PAGE_SIZE } from '@/lib/use-connection';

export const leasesKey = ['leases'] as const;

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
    rentSupportBp
    rentSupportBasis
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

export async function fetchLease(id: string, withAudit: boolean) {
  const data = await request(LeaseDetail, { id, withAudit });
  return data.node.__typename === 'Lease' ? data.node : null;
}

export type LeaseDetailData = NonNullable<Awaited<ReturnType<typeof fetchLease>>>;

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

export async function createLease(input: LeaseFields, activate: boolean) {
  return (await request(CreateLease, { input, activate })).createLease;
}

export async function updateLease(id: string, input: LeaseFields) {
  return (await request(UpdateLease, { id, input })).updateLease;
}

export async function activateLease(id: string) {
  return (await request(ActivateLease, { id })).activateLease;
}

export async function terminateLease(id: string, on: string, reason: string) {
  return (await request(TerminateLease, { id, on, reason })).terminateLease;
}

export async function renewLease(id: string, endsOn: string, rentPerM2Year: number | null) {
  return (await request(RenewLease, { id, endsOn, rentPerM2Year })).renewLease;
}

/**
 * Everything a lease change can alter: the leases themselves, plot availability, cluster
 * occupancy and the overview. Call after any lease mutation succeeds.
 */
export const leaseDependentKeys = [leasesKey, ['plots'], ['clusters'], ['estateOverview']] as const;
