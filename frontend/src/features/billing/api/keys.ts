/**
 * The query keys of everything billing caches, in one place. Each group is a prefix:
 * invalidating `invoices` refreshes every invoice list, detail and picker under it.
 */

const invoices = ['billing', 'invoices'] as const;
const payments = ['billing', 'payments'] as const;
const bankLines = ['billing', 'bankLines'] as const;
/** Everything computed from invoices and payments: aging, collections, statements. */
const reports = ['billing', 'reports'] as const;
const funds = ['billing', 'fund'] as const;
const meterReadings = ['billing', 'meterReadings'] as const;
/** The rent support programmes and their claim reports. */
const support = ['billing', 'support'] as const;

export const billingKeys = {
  invoices,
  invoiceList: (scope: string, filter: object) => [...invoices, 'list', scope, filter] as const,
  invoice: (id: string) => [...invoices, 'detail', id] as const,
  openInvoices: (firmId: string | null) => [...invoices, 'open', firmId] as const,
  amountDue: (firmId: string | null) => [...invoices, 'amountDue', firmId] as const,
  invoicePicker: (search: string) => [...invoices, 'picker', search] as const,
  payments,
  paymentList: (firmId: string | null) => [...payments, 'list', firmId] as const,
  bankLines,
  bankLineList: (status: string | null) => [...bankLines, 'list', status] as const,
  bankLineCounts: [...bankLines, 'counts'] as const,
  reports,
  aging: (asOf: string | null, clusterId: string | null) => [...reports, 'aging', asOf, clusterId] as const,
  collections: (clusterId: string | null) => [...reports, 'collections', clusterId] as const,
  statement: (firmId: string | null, from: string, to: string) => [...reports, 'statement', firmId, from, to] as const,
  funds,
  fund: (clusterId: string) => [...funds, clusterId] as const,
  myFundClusters: ['billing', 'myFundClusters'] as const,
  meterReadings,
  leaseMeterReadings: (leaseId: string) => [...meterReadings, leaseId] as const,
  support,
  supportProgrammes: [...support, 'programmes'] as const,
  supportClaimReport: (programmeId: string, range: object | null) => [...support, 'claims', programmeId, range] as const,
  tariffs: (clusterId: string) => ['billing', 'tariffs', clusterId] as const,
  settings: ['billing', 'settings'] as const,
  banks: ['billing', 'banks'] as const,
  qrImage: (payload: string) => ['billing', 'qrImage', payload] as const,
};

/**
 * What changes when money is owed or paid (an invoice issued, voided or credited, a payment
 * recorded or matched): the invoices, the payments, the reports and the funds they feed.
 */
export const moneyMovedKeys = [invoices, payments, reports, funds] as const;
