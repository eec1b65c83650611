import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { fetchAllPages, PICKER_BATCH } from '@/lib/graphql/pages';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { billingKeys } from './keys';

const MaintenanceFund = graphql(`
  query MaintenanceFund($clusterId: ID!, $entries: Int!) {
    maintenanceFund(clusterId: $clusterId, entries: $entries) {
      clusterId
      clusterName
      balance
      plannedNext12Months
      feePerM2Month
      leasedAreaM2
      expectedFeeNext12Months
      collectibleFeeNext12Months
      collectionRateBp
      coverageBp
      breakEvenFeePerM2Month
      months {
        month
        moneyIn
        moneyOut
      }
      paidFor {
        month
        workOrders
        cost
      }
      plannedMonths {
        month
        amount
      }
      plans {
        id
        month
        amount
        description
      }
      entries {
        id
        entryOn
        kind
        amount
        description
        invoiceNumber
        firmName
        documentNumber
        documentDate
      }
    }
  }
`);

const RecordFundExpense = graphql(`
  mutation RecordFundExpense(
    $clusterId: ID!
    $spentOn: NaiveDate!
    $amount: Int!
    $description: String!
    $documentNumber: String
    $documentDate: NaiveDate
  ) {
    recordFundExpense(
      clusterId: $clusterId
      spentOn: $spentOn
      amount: $amount
      description: $description
      documentNumber: $documentNumber
      documentDate: $documentDate
    ) {
      id
    }
  }
`);

const PlanUpkeep = graphql(`
  mutation PlanUpkeep($clusterId: ID!, $month: NaiveDate!, $amount: Int!, $description: String!) {
    planUpkeep(clusterId: $clusterId, month: $month, amount: $amount, description: $description) {
      id
    }
  }
`);

const FundClusters = graphql(`
  query FundClusters($first: Int, $after: String) {
    leases(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        cluster {
          id
          name
        }
      }
    }
  }
`);

/** How many of the latest movements the fund page lists. */
const ENTRIES = 100;

export async function fetchMaintenanceFund(clusterId: string) {
  return (await request(MaintenanceFund, { clusterId, entries: ENTRIES })).maintenanceFund;
}

export type FundData = Awaited<ReturnType<typeof fetchMaintenanceFund>>;

export const maintenanceFundQueryOptions = (clusterId: string) =>
  queryOptions({ queryKey: billingKeys.fund(clusterId), queryFn: () => fetchMaintenanceFund(clusterId) });

export const useMaintenanceFund = (clusterId: string) => useQuery(maintenanceFundQueryOptions(clusterId));

/** Money spent from a cluster's fund (`kind` expense, on a day) or upkeep planned (`kind` plan, in a month). */
export interface FundEntryInput {
  kind: 'expense' | 'plan';
  clusterId: string;
  /** The day spent, or the first of the month planned. */
  date: string;
  amount: number;
  description: string;
  /** For an expense: its supporting document's number and date. */
  documentNumber?: string;
  documentDate?: string;
}

export async function saveFundEntry({ kind, clusterId, date, amount, description, documentNumber, documentDate }: FundEntryInput) {
  if (kind === 'expense') {
    return (
      await request(RecordFundExpense, { clusterId, spentOn: date, amount, description, documentNumber, documentDate })
    ).recordFundExpense;
  }
  return (await request(PlanUpkeep, { clusterId, month: date, amount, description })).planUpkeep;
}

/** Records an expense or plans upkeep; the cluster's fund is read again. */
export const useSaveFundEntry = (config?: MutationConfig<{ id: string }, FundEntryInput>) =>
  useCacheMutation(
    saveFundEntry,
    (queryClient, _saved, entry) => invalidateAll(queryClient, [billingKeys.fund(entry.clusterId)]),
    config,
  );

/**
 * The clusters an enterprise user's firm leases in (the `leases` query returns only their own
 * leases), each once, by name: the funds they may read.
 */
export async function fetchMyFundClusters() {
  const leases = await fetchAllPages(async (after) => (await request(FundClusters, { first: PICKER_BATCH, after })).leases);
  const byId = new Map<string, { id: string; name: string }>();
  for (const lease of leases) byId.set(lease.cluster.id, lease.cluster);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export const myFundClustersQueryOptions = () =>
  queryOptions({ queryKey: billingKeys.myFundClusters, queryFn: fetchMyFundClusters });

export const useMyFundClusters = () => useQuery(myFundClustersQueryOptions());
