import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { graphqlError, jsonResponse, renderWithProviders } from '@/test/render';
import { ReceivablesPage } from './ReceivablesPage';

const fetchMock = vi.fn<typeof fetch>();

interface Sent {
  operationName: string;
  variables: Record<string, unknown>;
}
const sentAs = (name: string) =>
  fetchMock.mock.calls.map(([, init]) => JSON.parse(init?.body as string) as Sent).filter((r) => r.operationName === name);

const buckets = (current: number, d30: number, d60: number, d90: number, over: number) => ({
  current,
  days1To30: d30,
  days31To60: d60,
  days61To90: d90,
  over90: over,
  total: current + d30 + d60 + d90 + over,
});

const aging = {
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
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockReset();
  fetchMock.mockImplementation((_input, init) => {
    const { operationName } = JSON.parse(init?.body as string) as Sent;
    switch (operationName) {
      case 'ReceivablesAging':
        return Promise.resolve(jsonResponse({ data: { receivablesAging: aging } }));
      case 'Collections':
        return Promise.resolve(jsonResponse({ data: { collections } }));
      case 'BillingClusterOptions':
        return Promise.resolve(
          jsonResponse({
            data: { clusters: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [{ id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' }] } },
          }),
        );
      default:
        return Promise.resolve(graphqlError('INTERNAL', `unexpected ${operationName}`));
    }
  });
  await i18n.changeLanguage('vi');
});

describe('ReceivablesPage', { timeout: 20_000 }, () => {
  it('shows what is open per bucket, each firm linking to its statement, and the collection rate', async () => {
    renderWithProviders(<ReceivablesPage />, { route: '/receivables?cluster=Q2x1c3Rlcjox' });
    const user = userEvent.setup();

    expect(await screen.findByTestId('aging-total')).toHaveTextContent('1.800.000 ₫');
    expect(screen.getByTestId('aging-overdue')).toHaveTextContent('800.000 ₫');
    expect(sentAs('ReceivablesAging')[0]?.variables).toEqual({ asOf: null, clusterId: 'Q2x1c3Rlcjox' });
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
    expect(sentAs('Collections')[0]?.variables).toEqual({ months: 12, clusterId: 'Q2x1c3Rlcjox' });
  });
});
