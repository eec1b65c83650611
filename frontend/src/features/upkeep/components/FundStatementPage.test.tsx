import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { ClusterOptionsDocument, FundStatementDocument } from '@/gql/graphql';
import { graphqlMock, onePage } from '@/test/mock-graphql';
import { statementFileUrl } from '../api/statement';
import { CLUSTER, renderUpkeepAt } from '../testing/fixtures';
import { startOfYear } from './FundStatementPage';

beforeEach(async () => {
  graphqlMock.on(ClusterOptionsDocument, { clusters: onePage([CLUSTER]) }).on(FundStatementDocument, ({ from, to, account }) => ({
    fundStatement: {
      clusterName: CLUSTER.name,
      account: account ?? 'MAINTENANCE_FUND',
      from,
      to,
      openingBalance: 100_000_000,
      receiptsTotal: 60_000_000,
      expensesTotal: 5_250_000,
      closingBalance: 154_750_000,
      receipts: [{ month: '2026-10-01', source: 'FEE_COLLECTED' as const, amount: 60_000_000 }],
      expenses: [
        {
          category: 'DRAINAGE' as const,
          total: 5_250_000,
          lines: [
            {
              id: 'e1',
              entryOn: '2026-11-07',
              amount: -5_250_000,
              description: 'Nạo vét mương',
              documentNumber: 'HĐ 0001234',
              documentDate: '2026-11-07',
              workOrderId: 'V29ya09yZGVyOjE',
            },
          ],
        },
      ],
    },
  }));
  await i18n.changeLanguage('en');
});

describe('the fund statement page', { timeout: 20_000 }, () => {
  it('shows opening, receipts, expenses by category with their documents and closing, for the period asked', async () => {
    renderUpkeepAt('/fund-statement');
    const user = userEvent.setup();
    expect(await screen.findByTestId('statement-opening', {}, { timeout: 5000 })).toHaveTextContent('₫100,000,000');
    expect(screen.getByTestId('statement-closing')).toHaveTextContent('₫154,750,000');
    const groups = screen.getByTestId('statement-expense-groups');
    expect(within(groups).getByText('Drainage')).toBeInTheDocument();
    expect(within(groups).getByText(/HĐ 0001234/)).toBeInTheDocument();
    expect(within(groups).getByRole('link', { name: 'work order' })).toHaveAttribute('href', '/maintenance/work-orders/V29ya09yZGVyOjE');
    expect(within(screen.getByTestId('statement-receipts-table')).getByText('Fee collected')).toBeInTheDocument();
    const first = graphqlMock.calls(FundStatementDocument)[0]!;
    expect(first.clusterId).toBe(CLUSTER.id);
    expect(first.from).toBe(startOfYear(first.to));

    const from = screen.getByTestId('statement-from');
    await user.clear(from);
    await user.type(from, '01/07/2026');
    await waitFor(() => expect(graphqlMock.calls(FundStatementDocument).at(-1)?.from).toBe('2026-07-01'));
  });
});

describe('statementFileUrl', () => {
  it('names the cluster, the period, the account and the reader language for the CSV and the PDF', () => {
    const filter = { clusterId: 'Q2x1c3Rlcjox', from: '2026-01-01', to: '2026-06-30', account: 'WASTEWATER' as const };
    expect(statementFileUrl('csv', filter, 'vi')).toBe(
      '/export/fund-statement.csv?cluster=Q2x1c3Rlcjox&from=2026-01-01&to=2026-06-30&account=WASTEWATER&lang=vi',
    );
    expect(statementFileUrl('pdf', filter, 'en')).toMatch(/^\/documents\/fund-statement\.pdf\?cluster=.*&lang=en$/);
  });
});
