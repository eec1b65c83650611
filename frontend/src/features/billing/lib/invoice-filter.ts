import type { InvoiceStatus } from '@/gql/graphql';
import { calendarDateOrNull } from '@/lib/dates';

/** What the invoices list is filtered by, on the server. */
export interface InvoiceFilter {
  status: InvoiceStatus | null;
  clusterId: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  search: string;
}

export const NO_INVOICE_FILTER: InvoiceFilter = {
  status: null,
  clusterId: null,
  periodFrom: null,
  periodTo: null,
  search: '',
};

export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['ISSUED', 'PARTIALLY_PAID', 'OVERDUE', 'PAID', 'VOID', 'DRAFT'];

export function isInvoiceStatus(value: string | null): value is InvoiceStatus {
  return value !== null && (INVOICE_STATUSES as readonly string[]).includes(value);
}

/** The invoice filter kept in the address (`?status=&cluster=&from=&to=&q=`), so a link can open a filtered list. */
export function filterFromSearch(params: URLSearchParams): InvoiceFilter {
  const status = params.get('status');
  return {
    status: isInvoiceStatus(status) ? status : null,
    clusterId: params.get('cluster') || null,
    periodFrom: calendarDateOrNull(params.get('from')),
    periodTo: calendarDateOrNull(params.get('to')),
    search: params.get('q') ?? '',
  };
}

/** The address parameters of an invoice filter (the inverse of `filterFromSearch`). */
export function searchFromFilter(filter: Partial<InvoiceFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.clusterId) params.set('cluster', filter.clusterId);
  if (filter.periodFrom) params.set('from', filter.periodFrom);
  if (filter.periodTo) params.set('to', filter.periodTo);
  if (filter.search) params.set('q', filter.search);
  return params;
}

/** The address of the invoices list with a filter, e.g. one billing run's period and cluster. */
export function invoicesListPath(filter: Partial<InvoiceFilter>): string {
  const query = searchFromFilter(filter).toString();
  return query === '' ? '/invoices' : `/invoices?${query}`;
}
