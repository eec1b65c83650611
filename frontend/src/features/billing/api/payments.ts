import { graphql } from '@/gql';
import type { PaymentFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { PAGE_SIZE } from '@/lib/use-connection';

export const paymentsKey = ['billing', 'payments'] as const;

const Payments = graphql(`
  query Payments($first: Int, $after: String, $firmId: ID) {
    payments(first: $first, after: $after, firmId: $firmId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        firmId
        amount
        receivedOn
        method
        bankReference
        unallocated
        allocations {
          invoiceId
          amount
        }
      }
    }
  }
`);

const RecordPayment = graphql(`
  mutation RecordPayment($input: PaymentFields!) {
    recordPayment(input: $input) {
      id
      firmId
      amount
      receivedOn
      method
      bankReference
      unallocated
      replayed
      allocations {
        invoiceId
        amount
      }
    }
  }
`);

/** One page of payments, newest first. */
export async function fetchPayments(firmId: string | null, after: string | null) {
  return (await request(Payments, { first: PAGE_SIZE, after, firmId })).payments;
}

export type PaymentRow = Awaited<ReturnType<typeof fetchPayments>>['nodes'][number];

export async function recordPayment(input: PaymentFields) {
  return (await request(RecordPayment, { input })).recordPayment;
}

export type RecordedPayment = Awaited<ReturnType<typeof recordPayment>>;
