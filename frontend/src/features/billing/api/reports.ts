import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import type { DateRange } from '../lib/statement';
import { billingKeys } from './keys';

graphql(`
  fragment AgingBucketsData on AgingBuckets {
    current
    days1To30
    days31To60
    days61To90
    over90
    total
  }
`);

const ReceivablesAging = graphql(`
  query ReceivablesAging($asOf: NaiveDate, $clusterId: ID) {
    receivablesAging(asOf: $asOf, clusterId: $clusterId) {
      asOf
      total {
        ...AgingBucketsData
      }
      clusters {
        id
        name
        buckets {
          ...AgingBucketsData
        }
      }
      firms {
        id
        name
        buckets {
          ...AgingBucketsData
        }
      }
    }
  }
`);

const Collections = graphql(`
  query Collections($months: Int!, $clusterId: ID) {
    collections(months: $months, clusterId: $clusterId) {
      month
      invoiced
      collected
    }
  }
`);

const FirmStatement = graphql(`
  query FirmStatement($firmId: ID, $from: NaiveDate!, $to: NaiveDate!) {
    firmStatement(firmId: $firmId, from: $from, to: $to) {
      firmId
      firmName
      firmTaxCode
      from
      to
      openingBalance
      invoiced
      credited
      paid
      refunded
      closingBalance
      unallocatedCredit
      csvPath
      pdfPath
      entries {
        on
        kind
        reference
        description
        periodStart
        periodEnd
        note
        paymentMethod
        debit
        credit
        balance
        documentId
      }
    }
  }
`);

/** Open receivables by days past due on `asOf` (null: today), optionally of one cluster. */
export async function fetchReceivablesAging(asOf: string | null, clusterId: string | null) {
  return (await request(ReceivablesAging, { asOf, clusterId })).receivablesAging;
}

export type AgingData = Awaited<ReturnType<typeof fetchReceivablesAging>>;
export type AgingRowData = AgingData['firms'][number];

export const receivablesAgingQueryOptions = (asOf: string | null, clusterId: string | null) =>
  queryOptions({ queryKey: billingKeys.aging(asOf, clusterId), queryFn: () => fetchReceivablesAging(asOf, clusterId) });

export const useReceivablesAging = (asOf: string | null, clusterId: string | null) =>
  useQuery(receivablesAgingQueryOptions(asOf, clusterId));

/** How many months the collections chart shows. */
export const COLLECTION_MONTHS = 12;

/** Invoiced and collected per month, the last twelve months, oldest first. */
export async function fetchCollections(clusterId: string | null) {
  return (await request(Collections, { months: COLLECTION_MONTHS, clusterId })).collections;
}

export const collectionsQueryOptions = (clusterId: string | null) =>
  queryOptions({ queryKey: billingKeys.collections(clusterId), queryFn: () => fetchCollections(clusterId) });

export const useCollections = (clusterId: string | null) => useQuery(collectionsQueryOptions(clusterId));

/** A firm's statement of account; `firmId` null: the signed-in enterprise user's own firm. */
export async function fetchFirmStatement(firmId: string | null, from: string, to: string) {
  return (await request(FirmStatement, { firmId, from, to })).firmStatement;
}

export type StatementData = Awaited<ReturnType<typeof fetchFirmStatement>>;

/** A firm's statement over `range`; `enabled` false while the range is not a valid one. */
export const firmStatementQueryOptions = (firmId: string | null, range: DateRange, enabled = true) =>
  queryOptions({
    queryKey: billingKeys.statement(firmId, range.from, range.to),
    queryFn: () => fetchFirmStatement(firmId, range.from, range.to),
    enabled,
  });

export const useFirmStatement = (firmId: string | null, range: DateRange, enabled = true) =>
  useQuery(firmStatementQueryOptions(firmId, range, enabled));
export type StatementEntryRow = StatementData['entries'][number];
