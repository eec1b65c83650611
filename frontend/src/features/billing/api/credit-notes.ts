import { graphql } from '@/gql';
import type { CreditNoteFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';

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
