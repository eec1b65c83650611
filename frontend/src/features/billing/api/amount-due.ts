import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { billingKeys } from './keys';

const AmountDue = graphql(`
  query AmountDue($firmId: ID) {
    amountDue(firmId: $firmId) {
      firmId
      firmName
      open
      overdue
      nextDueOn
      purpose
      vietqr
      payee {
        bankBin
        bankName
        account
        holder
      }
      invoices {
        id
        numberLabel
        clusterName
        dueOn
        open
        status
      }
    }
  }
`);

/** What a firm owes today and the one VietQR that pays all of it (an enterprise user: their own). */
export async function fetchAmountDue(firmId: string | null) {
  return (await request(AmountDue, { firmId })).amountDue;
}

export type AmountDueData = Awaited<ReturnType<typeof fetchAmountDue>>;

/** Under the invoices key: any payment, credit or new invoice refreshes it. */
export const amountDueQueryOptions = (firmId: string | null) =>
  queryOptions({ queryKey: billingKeys.amountDue(firmId), queryFn: () => fetchAmountDue(firmId) });

export const useAmountDue = (firmId: string | null) => useQuery(amountDueQueryOptions(firmId));
