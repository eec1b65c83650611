import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { BankLineStatus, InvoiceStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation, useImportRun } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';
import { billingKeys, moneyMovedKeys } from './keys';

graphql(`
  fragment BankLineData on BankLine {
    id
    bookedOn
    amount
    description
    reference
    payerTaxCode
    status
    match
    invoiceId
    invoiceLabel
    invoiceOpen
    firmId
    firmName
    paymentId
    ignoreReason
    importedAt
  }
`);

const BankLines = graphql(`
  query BankLines($first: Int, $after: String, $status: BankLineStatus) {
    bankLines(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...BankLineData
      }
    }
  }
`);

const BankLineCounts = graphql(`
  query BankLineCounts {
    bankLineCounts {
      unmatched
      suggested
      confirmed
      ignored
      total
    }
  }
`);

const ImportBankStatement = graphql(`
  mutation ImportBankStatement($csv: String!, $commit: Boolean!) {
    importBankStatement(csv: $csv, commit: $commit) {
      rows
      valid
      created
      duplicates
      matched
      problems {
        row
        column
        message
        reason {
          code
          params {
            name
            kind
            value
          }
        }
      }
      lines {
        row
        bookedOn
        amount
        description
        reference
        duplicate
        match
        invoiceLabel
        firmName
      }
    }
  }
`);

const ConfirmBankLine = graphql(`
  mutation ConfirmBankLine($id: ID!, $invoiceId: ID) {
    confirmBankLine(id: $id, invoiceId: $invoiceId) {
      ...BankLineData
    }
  }
`);

const IgnoreBankLine = graphql(`
  mutation IgnoreBankLine($id: ID!, $reason: String!) {
    ignoreBankLine(id: $id, reason: $reason) {
      ...BankLineData
    }
  }
`);

const ConfirmExactBankMatches = graphql(`
  mutation ConfirmExactBankMatches {
    confirmExactBankMatches
  }
`);

const InvoicePicker = graphql(`
  query InvoicePicker($status: InvoiceStatus!, $search: String, $first: Int) {
    invoices(status: $status, search: $search, first: $first) {
      nodes {
        id
        kind
        numberLabel
        buyerName
        clusterName
        dueOn
        total
        open
        status
      }
    }
  }
`);

/** One page of bank lines, newest booking first, optionally of one status. */
export async function fetchBankLines(status: BankLineStatus | null, after: string | null) {
  return (await request(BankLines, { first: PAGE_SIZE, after, status })).bankLines;
}

export type BankLineRow = Awaited<ReturnType<typeof fetchBankLines>>['nodes'][number];

export const bankLinesQueryOptions = (status: BankLineStatus | null) =>
  connectionQueryOptions(billingKeys.bankLineList(status), (after) => fetchBankLines(status, after));

export const useBankLines = (status: BankLineStatus | null) => useConnection(bankLinesQueryOptions(status));

/** How many lines stand in each status, for the workbench's tabs. */
export async function fetchBankLineCounts() {
  return (await request(BankLineCounts, {})).bankLineCounts;
}

export type BankLineCountsData = Awaited<ReturnType<typeof fetchBankLineCounts>>;

/** The counts sit under the bank lines' key: whatever refreshes the lines refreshes them. */
export const useBankLineCounts = () =>
  useQuery(queryOptions({ queryKey: billingKeys.bankLineCounts, queryFn: fetchBankLineCounts }));

/** Reads a bank statement: a preview (commit false) or the import of its new lines (commit true). */
export async function importBankStatement(csv: string, commit: boolean) {
  return (await request(ImportBankStatement, { csv, commit })).importBankStatement;
}

export type BankImport = Awaited<ReturnType<typeof importBankStatement>>;

/** `importBankStatement` for the import form; a written import refreshes the lines and the reports. */
export const useImportBankStatement = () =>
  useImportRun(importBankStatement, [billingKeys.bankLines, billingKeys.reports]);

/** Records the line as a payment for the suggested invoice, or for `invoiceId`. */
export async function confirmBankLine({ id, invoiceId }: { id: string; invoiceId: string | null }) {
  return (await request(ConfirmBankLine, { id, invoiceId })).confirmBankLine;
}

/**
 * Confirms a line: it becomes a payment, so every list and report computed from payments
 * changes. A refusal (decided meanwhile, elsewhere) refreshes the lines to show that decision.
 */
export function useConfirmBankLine(config: MutationConfig<BankLineRow, { id: string; invoiceId: string | null }> = {}) {
  const queryClient = useQueryClient();
  return useCacheMutation(confirmBankLine, (client) => invalidateAll(client, [billingKeys.bankLines, ...moneyMovedKeys]), {
    ...config,
    onError: (error, variables, onMutateResult, context) => {
      void queryClient.invalidateQueries({ queryKey: billingKeys.bankLines });
      return config.onError?.(error, variables, onMutateResult, context);
    },
  });
}

/** Confirms every suggested line whose amount is exactly what is open on what it names; returns how many. */
export async function confirmExactBankMatches() {
  return (await request(ConfirmExactBankMatches, {})).confirmExactBankMatches;
}

/** "Confirm all exact matches": payments move, so every list and report computed from them changes. */
export const useConfirmExactBankMatches = (config?: MutationConfig<number, void>) =>
  useCacheMutation(
    confirmExactBankMatches,
    (client) => invalidateAll(client, [billingKeys.bankLines, ...moneyMovedKeys]),
    config,
  );

export async function ignoreBankLine({ id, reason }: { id: string; reason: string }) {
  return (await request(IgnoreBankLine, { id, reason })).ignoreBankLine;
}

/** Sets a line aside with a reason; no money moves. */
export const useIgnoreBankLine = (config?: MutationConfig<BankLineRow, { id: string; reason: string }>) =>
  useCacheMutation(ignoreBankLine, (queryClient) => invalidateAll(queryClient, [billingKeys.bankLines]), config);

const OPEN_STATUSES: readonly InvoiceStatus[] = ['OVERDUE', 'PARTIALLY_PAID', 'ISSUED'];
const PICKER_PER_STATUS = 10;

/**
 * Invoices with something still to pay whose number or buyer matches `search` (all open ones
 * when empty), oldest due first. The API filters by one status at a time, so this asks once per
 * open status.
 */
export async function searchOpenInvoices(search: string) {
  const text = search.trim();
  const pages = await Promise.all(
    OPEN_STATUSES.map((status) =>
      request(InvoicePicker, { status, search: text === '' ? null : text, first: PICKER_PER_STATUS }),
    ),
  );
  const open = pages.flatMap((page) => page.invoices.nodes).filter((inv) => inv.kind === 'INVOICE' && inv.open > 0);
  return open.sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.numberLabel.localeCompare(b.numberLabel));
}

export type PickableInvoice = Awaited<ReturnType<typeof searchOpenInvoices>>[number];

export const invoicePickerQueryOptions = (search: string) =>
  queryOptions({ queryKey: billingKeys.invoicePicker(search), queryFn: () => searchOpenInvoices(search) });

export const useInvoicePicker = (search: string) => useQuery(invoicePickerQueryOptions(search));
