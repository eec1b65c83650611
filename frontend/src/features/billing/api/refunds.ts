import { graphql } from '@/gql';
import type { RefundFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { moneyMovedKeys } from './keys';

const RecordRefund = graphql(`
  mutation RecordRefund($input: RefundFields!) {
    recordRefund(input: $input) {
      id
      paymentId
      amount
      refundedOn
      bankReference
    }
  }
`);

/** Gives part or all of a firm's credit back; the answer is one row per payment drawn on. */
export async function recordRefund(input: RefundFields) {
  return (await request(RecordRefund, { input })).recordRefund;
}

export type RecordedRefund = Awaited<ReturnType<typeof recordRefund>>;

/** Records a refund: the firm's credit, its payments and its statement change. */
export const useRecordRefund = (config?: MutationConfig<RecordedRefund, RefundFields>) =>
  useCacheMutation(recordRefund, (queryClient) => invalidateAll(queryClient, moneyMovedKeys), config);
