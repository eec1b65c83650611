import { graphql } from '@/gql';
import type { AdjustmentFields, ReplacementFields } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { moneyMovedKeys } from './keys';

const AdjustInvoice = graphql(`
  mutation AdjustInvoice($input: AdjustmentFields!) {
    adjustInvoice(input: $input) {
      ...InvoiceDetailData
    }
  }
`);

const ReplaceInvoice = graphql(`
  mutation ReplaceInvoice($input: ReplacementFields!) {
    replaceInvoice(input: $input) {
      ...InvoiceDetailData
    }
  }
`);

/** Adjusts an issued invoice either way; the answer is the adjustment (a credit note, or an invoice to pay). */
export async function adjustInvoice(input: AdjustmentFields) {
  return (await request(AdjustInvoice, { input })).adjustInvoice;
}

/** Replaces an issued invoice; the answer is the replacement, which owes instead. */
export async function replaceInvoice(input: ReplacementFields) {
  return (await request(ReplaceInvoice, { input })).replaceInvoice;
}

type Correction = Awaited<ReturnType<typeof adjustInvoice>>;

/**
 * Adjusts an invoice: what the firm owes changes (and, for a decrease, its credit may), so
 * everything computed from what is owed is refreshed, the original's page included.
 */
export const useAdjustInvoice = (config?: MutationConfig<Correction, AdjustmentFields>) =>
  useCacheMutation(adjustInvoice, (queryClient) => invalidateAll(queryClient, moneyMovedKeys), config);

/** Replaces an invoice: the original now owes nothing and the replacement owes instead. */
export const useReplaceInvoice = (config?: MutationConfig<Correction, ReplacementFields>) =>
  useCacheMutation(replaceInvoice, (queryClient) => invalidateAll(queryClient, moneyMovedKeys), config);
