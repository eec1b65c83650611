import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';

/** Everything computed from invoices and payments; refreshed whenever money moves. */
export const reportsKey = ['billing', 'reports'] as const;

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
      closingBalance
      unallocatedCredit
      csvPath
      entries {
        on
        kind
        reference
        description
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

/** How many months the collections chart shows. */
export const COLLECTION_MONTHS = 12;

/** Invoiced and collected per month, the last twelve months, oldest first. */
export async function fetchCollections(clusterId: string | null) {
  return (await request(Collections, { months: COLLECTION_MONTHS, clusterId })).collections;
}

/** A firm's statement of account; `firmId` null: the signed-in enterprise user's own firm. */
export async function fetchFirmStatement(firmId: string | null, from: string, to: string) {
  return (await request(FirmStatement, { firmId, from, to })).firmStatement;
}

export type StatementData = Awaited<ReturnType<typeof fetchFirmStatement>>;
export type StatementEntryRow = StatementData['entries'][number];
