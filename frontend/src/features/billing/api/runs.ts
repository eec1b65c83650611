import { graphql } from '@/gql';
import type { BillingRunInput } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { moneyMovedKeys } from './keys';

graphql(`
  fragment InvoiceLineData on InvoiceLine {
    kind
    descriptionVi
    descriptionEn
    quantityE4
    unit
    unitPrice
    amount
    vatBp
    vatAmount
  }
`);

const BillingRunPreview = graphql(`
  query BillingRunPreview($input: BillingRunInput!) {
    billingRunPreview(input: $input) {
      periodLabel
      periodStart
      periodEnd
      invoiceCount
      lineCount
      alreadyBilled
      warnings
      warningReasons {
        code
        message
        params {
          name
          kind
          value
        }
      }
      blocking {
        firmId
        name
        problem
      }
      subtotal
      vatTotal
      total
      invoices {
        documentType
        leaseId
        firmId
        firmName
        clusterName
        subtotal
        vatTotal
        total
        lines {
          ...InvoiceLineData
        }
      }
    }
  }
`);

const IssueBillingRun = graphql(`
  mutation IssueBillingRun($input: BillingRunInput!) {
    issueBillingRun(input: $input) {
      id
      periodKind
      periodStart
      periodEnd
      invoiceCount
      lineCount
      total
      firstNumber
      lastNumber
      noticeCount
      firstNoticeNumber
      lastNoticeNumber
      emailsQueued
      firmsWithoutEmail {
        id
        name
      }
      createdAt
    }
  }
`);

/** What a run would issue; nothing is written. */
export async function fetchBillingRunPreview(input: BillingRunInput) {
  return (await request(BillingRunPreview, { input })).billingRunPreview;
}

export type RunPreview = Awaited<ReturnType<typeof fetchBillingRunPreview>>;

export async function issueBillingRun(input: BillingRunInput) {
  return (await request(IssueBillingRun, { input })).issueBillingRun;
}

export type IssuedRun = Awaited<ReturnType<typeof issueBillingRun>>;

/** Issues a run's invoices; what is owed has changed. */
export const useIssueBillingRun = (config?: MutationConfig<IssuedRun, BillingRunInput>) =>
  useCacheMutation(issueBillingRun, (queryClient) => invalidateAll(queryClient, moneyMovedKeys), config);
