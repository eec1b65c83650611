import { graphql } from '@/gql';
import type { CreditNoteFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { moneyMovedKeys } from './keys';

const IssueCreditNote = graphql(`
  mutation IssueCreditNote($input: CreditNoteFields!) {
    issueCreditNote(input: $input) {
      ...InvoiceDetailData
    }
  }
`);

/** Issues a credit note against an invoice; the answer is the credit note itself. */
export async function issueCreditNote(input: CreditNoteFields) {
  return (await request(IssueCreditNote, { input })).issueCreditNote;
}

type CreditNote = Awaited<ReturnType<typeof issueCreditNote>>;

/** Issues a credit note: the invoice owes less, so everything computed from what is owed changes. */
export const useIssueCreditNote = (config?: MutationConfig<CreditNote, CreditNoteFields>) =>
  useCacheMutation(issueCreditNote, (queryClient) => invalidateAll(queryClient, moneyMovedKeys), config);
