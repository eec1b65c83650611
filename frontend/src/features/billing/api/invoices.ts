import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { InvoiceStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';
import type { InvoiceFilter } from '../lib/invoice-filter';
import { billingKeys, moneyMovedKeys } from './keys';

const Invoices = graphql(`
  query Invoices(
    $first: Int
    $after: String
    $status: InvoiceStatus
    $clusterId: ID
    $firmId: ID
    $periodFrom: NaiveDate
    $periodTo: NaiveDate
    $search: String
  ) {
    invoices(
      first: $first
      after: $after
      status: $status
      clusterId: $clusterId
      firmId: $firmId
      periodFrom: $periodFrom
      periodTo: $periodTo
      search: $search
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        documentType
        numberLabel
        buyerName
        firmId
        clusterId
        clusterName
        periodStart
        periodEnd
        issuedOn
        dueOn
        total
        paid
        open
        status
      }
    }
  }
`);

graphql(`
  fragment InvoiceDetailData on Invoice {
    id
    kind
    documentType
    status
    template
    series
    number
    numberLabel
    issuedOn
    dueOn
    periodStart
    periodEnd
    firmId
    clusterId
    clusterName
    leaseId
    sellerName
    sellerAddress
    sellerTaxCode
    buyerName
    buyerAddress
    buyerTaxCode
    subtotal
    vatTotal
    total
    paid
    open
    totalInWords
    roundingRuleVi: roundingRule
    roundingRuleEn: roundingRule(english: true)
    voidReason
    paymentPurpose
    vietqr
    credited
    correctsId
    correctsLabel
    correction
    correctsReference
    agreementNumber
    agreementDate
    replacedById
    note
    corrections {
      id
      correction
      numberLabel
      issuedOn
      total
    }
    lines {
      id
      creditable
      vatDeduction
      ...InvoiceLineData
    }
    vatByRate {
      vatBp
      base
      vat
    }
    allocations {
      paymentId
      amount
      allocatedOn
    }
    reminders {
      id
      kind
      step
      status
      recipients
      claimedAt
      notBefore
    }
  }
`);

const InvoiceDetail = graphql(`
  query InvoiceDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Invoice {
        ...InvoiceDetailData
      }
    }
  }
`);

const VoidInvoice = graphql(`
  mutation VoidInvoice($invoiceId: ID!, $reason: String!) {
    voidInvoice(invoiceId: $invoiceId, reason: $reason) {
      ...InvoiceDetailData
    }
  }
`);

const OpenInvoices = graphql(`
  query OpenInvoices($firmId: ID!, $status: InvoiceStatus!, $first: Int) {
    invoices(firmId: $firmId, status: $status, first: $first) {
      nodes {
        id
        kind
        numberLabel
        clusterName
        periodStart
        periodEnd
        issuedOn
        dueOn
        number
        total
        open
        status
      }
    }
  }
`);

/** One page of invoices, newest first, filtered on the server. */
export async function fetchInvoices(filter: InvoiceFilter, after: string | null) {
  const search = filter.search.trim();
  const data = await request(Invoices, {
    first: PAGE_SIZE,
    after,
    status: filter.status,
    clusterId: filter.clusterId,
    firmId: null,
    periodFrom: filter.periodFrom,
    periodTo: filter.periodTo,
    search: search === '' ? null : search,
  });
  return data.invoices;
}

export type InvoiceRow = Awaited<ReturnType<typeof fetchInvoices>>['nodes'][number];

/** The invoices of `filter`, page by page; `scope` keeps the operator's and a firm's lists apart. */
export const invoicesQueryOptions = (scope: string, filter: InvoiceFilter) =>
  connectionQueryOptions(billingKeys.invoiceList(scope, filter), (after) => fetchInvoices(filter, after));

export const useInvoices = (scope: string, filter: InvoiceFilter) => useConnection(invoicesQueryOptions(scope, filter));

export async function fetchInvoice(id: string) {
  const data = await request(InvoiceDetail, { id });
  return data.node.__typename === 'Invoice' ? data.node : null;
}

export type InvoiceDetailData = NonNullable<Awaited<ReturnType<typeof fetchInvoice>>>;

export const invoiceQueryOptions = (id: string) =>
  queryOptions({ queryKey: billingKeys.invoice(id), queryFn: () => fetchInvoice(id) });

export const useInvoice = (id: string) => useQuery(invoiceQueryOptions(id));

export async function voidInvoice({ invoiceId, reason }: { invoiceId: string; reason: string }) {
  return (await request(VoidInvoice, { invoiceId, reason })).voidInvoice;
}

type VoidedInvoice = Awaited<ReturnType<typeof voidInvoice>>;

/** Voids an invoice: its page shows the voided document at once, and what it owed is gone everywhere. */
export function useVoidInvoice(config?: MutationConfig<VoidedInvoice, { invoiceId: string; reason: string }>) {
  return useCacheMutation(
    voidInvoice,
    (queryClient, voided) => {
      const detail: InvoiceDetailData = { ...voided, __typename: 'Invoice' };
      queryClient.setQueryData(invoiceQueryOptions(voided.id).queryKey, detail);
      invalidateAll(queryClient, moneyMovedKeys);
    },
    config,
  );
}

/** The statuses of an invoice that still has something to pay. */
const OPEN_STATUSES: readonly InvoiceStatus[] = ['OVERDUE', 'PARTIALLY_PAID', 'ISSUED'];
const MAX_OPEN_PER_STATUS = 100;

/**
 * A firm's invoices with something still to pay, oldest due first (the order the server
 * allocates a payment in when no allocation is given). The API filters by one status at a
 * time, so this asks once per open status.
 */
export async function fetchOpenInvoices(firmId: string) {
  const pages = await Promise.all(
    OPEN_STATUSES.map((status) => request(OpenInvoices, { firmId, status, first: MAX_OPEN_PER_STATUS })),
  );
  const open = pages.flatMap((page) => page.invoices.nodes).filter((inv) => inv.kind === 'INVOICE' && inv.open > 0);
  return open.sort(
    (a, b) =>
      (a.dueOn ?? '').localeCompare(b.dueOn ?? '') ||
      (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '') ||
      (a.number ?? 0) - (b.number ?? 0),
  );
}

export type OpenInvoice = Awaited<ReturnType<typeof fetchOpenInvoices>>[number];

/** A firm's open invoices (none asked while no firm is chosen). */
export const openInvoicesQueryOptions = (firmId: string | null) =>
  queryOptions({
    queryKey: billingKeys.openInvoices(firmId),
    queryFn: () => fetchOpenInvoices(firmId ?? ''),
    enabled: firmId !== null,
  });

export const useOpenInvoices = (firmId: string | null) => useQuery(openInvoicesQueryOptions(firmId));
