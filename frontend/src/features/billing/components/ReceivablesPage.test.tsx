import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { ClusterOptionsDocument, CollectionsDocument, ReceivablesAgingDocument } from '@/gql/graphql';
import type { AgingBucketsDataFragment } from '@/gql/graphql';
import { graphqlMock, onePage } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import type { AgingData } from '../api/reports';
import { ReceivablesPage } from './ReceivablesPage';

const buckets = (current: number, d30: number, d60: number, d90: number, over: number): AgingBucketsDataFragment => ({
  current,
  days1To30: d30,
  days31To60: d60,
  days61To90: d90,
  over90: over,
  total: current + d30 + d60 + d90 + over,
});

const aging: AgingData = {
  asOf: '2026-11-27',
  total: buckets(1_000_000, 500_000, 0, 0, 300_000),
  clusters: [{ id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc', buckets: buckets(1_000_000, 500_000, 0, 0, 300_000) }],
  firms: [
    { id: 'RmlybToy', name: 'YPE Vina', buckets: buckets(1_000_000, 0, 0, 0, 0) },
    { id: 'RmlybTox', name: 'KCC Vina', buckets: buckets(0, 500_000, 0, 0, 300_000) },
  ],
};

const collections = [
  { month: '2026-10', invoiced: 2_000_000, collected: 1_500_000 },
  { month: '2026-11', invoiced: 2_000_000, collected: 1_700_000 },
];

beforeEach(async () => {
  graphqlMock
    .on(ReceivablesAgingDocument, { receivablesAging: aging })
    .on(CollectionsDocument, { collections })
    .on(ClusterOptionsDocument, { clusters: onePage([{ id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' }]) });
  await i18n.changeLanguage('vi');
});

describe('ReceivablesPage', { timeout: 20_000 }, () => {
  it('shows what is open per bucket, each firm linking to its statement, and the collection rate', async () => {
    renderWithProviders(<ReceivablesPage />, { route: '/receivables?cluster=Q2x1c3Rlcjox' });
    const user = userEvent.setup();

    expect(await screen.findByTestId('aging-total')).toHaveTextContent('1.800.000 ₫');
    expect(screen.getByTestId('aging-overdue')).toHaveTextContent('800.000 ₫');
    expect(graphqlMock.calls(ReceivablesAgingDocument)).toEqual([{ asOf: null, clusterId: 'Q2x1c3Rlcjox' }]);
    expect(screen.getAllByTestId('aging-chart-row')).toHaveLength(2);

    const firms = screen.getByTestId('aging-firms');
    const links = within(firms).getAllByTestId('aging-firm-statement');
    expect(links.map((a) => a.textContent)).toEqual(['YPE Vina', 'KCC Vina']);
    expect(links[1]).toHaveAttribute('href', '/firms/RmlybTox/statement');

    // Sorting by "over 90 days" puts KCC first.
    await user.click(within(firms).getByRole('button', { name: /Trên 90 ngày/ }));
    await user.click(within(firms).getByRole('button', { name: /Trên 90 ngày/ }));
    expect(within(firms).getAllByTestId('aging-firm-statement').map((a) => a.textContent)).toEqual(['KCC Vina', 'YPE Vina']);

    expect(await screen.findByTestId('collections-rate')).toHaveTextContent('80,0%');
    expect(screen.getAllByTestId('column-chart-group')).toHaveLength(2);
    expect(graphqlMock.calls(CollectionsDocument)).toEqual([{ months: 12, clusterId: 'Q2x1c3Rlcjox' }]);
  });
});
