import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RecordPaymentDocument } from '@/gql/graphql';
import type { PaymentFields } from '@/gql/graphql';
import { graphqlMock } from '@/test/mock-graphql';
import { renderHookWithCache } from '@/test/render';
import { invoicesQueryOptions } from './invoices';
import { billingKeys } from './keys';
import { useRecordPayment } from './payments';
import { receivablesAgingQueryOptions } from './reports';
import { NO_INVOICE_FILTER } from '../lib/invoice-filter';

const payment: PaymentFields = {
  firmId: 'RmlybTox',
  amount: 1_200_000,
  receivedOn: '2026-11-20',
  method: 'BANK_TRANSFER',
  bankReference: 'FT26324001',
  idempotencyKey: '6f1c2a4e-0000-4000-8000-000000000001',
  allocations: null,
};

describe('the billing cache after a change', () => {
  it('refreshes the invoices, the receivables and the funds when a payment is recorded, not the tariffs', async () => {
    graphqlMock.on(RecordPaymentDocument, {
      recordPayment: {
        id: 'UGF5bWVudDox',
        firmId: 'RmlybTox',
        amount: 1_200_000,
        receivedOn: '2026-11-20',
        method: 'BANK_TRANSFER',
        bankReference: 'FT26324001',
        unallocated: 0,
        replayed: false,
        warnings: [],
        allocations: [{ invoiceId: 'SW52b2ljZTox', amount: 1_200_000 }],
      },
    });
    const invoices = invoicesQueryOptions('/invoices', NO_INVOICE_FILTER).queryKey;
    const aging = receivablesAgingQueryOptions(null, null).queryKey;
    const fund = billingKeys.fund('Q2x1c3Rlcjox');
    const tariffs = billingKeys.tariffs('Q2x1c3Rlcjox');
    const { result, isStale } = renderHookWithCache(() => useRecordPayment(), [invoices, aging, fund, tariffs]);

    result.current.mutate(payment);

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect([invoices, aging, fund].map(isStale)).toEqual([true, true, true]);
    expect(isStale(tariffs)).toBe(false);
  });
});
