import { graphql } from '@/gql';
import type { PaymentFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';
import { billingKeys, moneyMovedKeys } from './keys';

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
      warnings {
        code
      }
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

export const paymentsQueryOptions = (firmId: string | null) =>
  connectionQueryOptions(billingKeys.paymentList(firmId), (after) => fetchPayments(firmId, after));

export const usePayments = (firmId: string | null) => useConnection(paymentsQueryOptions(firmId));

export async function recordPayment(input: PaymentFields) {
  return (await request(RecordPayment, { input })).recordPayment;
}

export type RecordedPayment = Awaited<ReturnType<typeof recordPayment>>;

/** Records a payment (or gets back the one recorded under the same key); money moved. */
export const useRecordPayment = (config?: MutationConfig<RecordedPayment, PaymentFields>) =>
  useCacheMutation(recordPayment, (queryClient) => invalidateAll(queryClient, moneyMovedKeys), config);
