import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import {
  ClusterOptionsDocument,
  CollectionsDocument,
  FundCoverageDocument,
  OperatorTodoDocument,
  ReceivablesAgingDocument,
} from '@/gql/graphql';
import { graphqlMock, onePage } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { OperatorToday } from './OperatorToday';

const buckets = (current: number, late: number) => ({
  current,
  days1To30: late,
  days31To60: 0,
  days61To90: 0,
  over90: 0,
  total: current + late,
});

const todo = {
  on: '2026-12-01',
  bankLinesWaiting: 3,
  unbilledPeriod: '2026-12-01',
  unbilledClusters: [{ id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' }],
  newlyOverdue: 2,
  overdue: 5,
  failedEmails: 0,
  leasesEnding: 1,
  permitsExpiring: 0,
  effluentOverLimit: 0,
  requestsToTriage: 4,
};

function answer(failedEmails: number | null) {
  graphqlMock
    .on(OperatorTodoDocument, { operatorTodo: { ...todo, failedEmails } })
    .on(ReceivablesAgingDocument, {
      receivablesAging: { asOf: '2026-12-01', total: buckets(30_000_000, 12_500_000), clusters: [], firms: [] },
    })
    .on(ClusterOptionsDocument, {
      clusters: onePage([
        { id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' },
        { id: 'Q2x1c3Rlcjoy', name: 'CCN làng nghề Yên Đồng' },
      ]),
    })
    .on(FundCoverageDocument, ({ clusterId }) => ({
      maintenanceFund: {
        clusterId,
        clusterName: clusterId === 'Q2x1c3Rlcjox' ? 'CCN Đồng Sóc' : 'CCN làng nghề Yên Đồng',
        balance: 120_000_000,
        plannedNext12Months: 400_000_000,
        coverageBp: clusterId === 'Q2x1c3Rlcjox' ? 11_250 : null,
      },
    }))
    .on(CollectionsDocument, {
      collections: [
        { month: '2026-11-01', invoiced: 50_000_000, collected: 40_000_000 },
        { month: '2026-12-01', invoiced: 0, collected: 7_000_000 },
      ],
    });
}

describe('the operator home', { timeout: 30_000 }, () => {
  it('lists what waits, most pressing first, each linking to its list, and leaves out what is done', async () => {
    await i18n.changeLanguage('vi');
    answer(0);
    renderWithProviders(<OperatorToday />);
    await screen.findByTestId('todo-triage');
    const list = screen.getByTestId('operator-todo');
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Yêu cầu sửa chữa chờ tiếp nhận: 4',
      'Hóa đơn mới quá hạn trong 7 ngày: 2',
      'Giao dịch ngân hàng chờ đối soát: 3',
      'Kỳ 12/2026 chưa lập hóa đơn: CCN Đồng Sóc',
      'Hóa đơn quá hạn chưa thu: 5',
      'Hợp đồng thuê hết hạn trong 90 ngày: 1',
    ]);
    expect(links[0]).toHaveAttribute('href', '/maintenance?status=SUBMITTED');
    expect(links[2]).toHaveAttribute('href', '/bank');
    expect(within(list).queryByTestId('todo-failedEmails')).toBeNull();
    expect(within(list).queryByTestId('todo-permits')).toBeNull();
    expect(await screen.findByTestId('today-open')).toHaveTextContent('42.500.000');
    expect(screen.getByTestId('today-overdue')).toHaveTextContent('12.500.000');
    expect(await screen.findByText(/7\.000\.000/)).toBeInTheDocument();
    // Each cluster's fund: how much of the next 12 months' plan it covers.
    const funds = await screen.findAllByTestId('fund-coverage-line');
    expect(funds).toHaveLength(2);
    expect(within(funds[0]!).getByTestId('fund-coverage-value')).toHaveTextContent('Đáp ứng 112,5% kế hoạch duy tu 12 tháng tới');
    expect(within(funds[0]!).getByRole('link', { name: 'CCN Đồng Sóc' })).toHaveAttribute('href', '/maintenance-fund?cluster=Q2x1c3Rlcjox');
    expect(within(funds[1]!).getByTestId('fund-coverage-value')).toHaveTextContent('Chưa có kế hoạch duy tu');
  });

  it('shows failed emails to an admin, in English', async () => {
    await i18n.changeLanguage('en');
    answer(2);
    renderWithProviders(<OperatorToday />);
    expect(await screen.findByTestId('todo-failedEmails')).toHaveTextContent('Emails that could not be delivered: 2');
    const unbilled = screen.getByTestId('todo-unbilled');
    expect(unbilled).toHaveTextContent('12/2026 has not been billed yet: CCN Đồng Sóc');
    // The one cluster waiting opens its own run.
    expect(within(unbilled).getByRole('link')).toHaveAttribute('href', '/billing-run?clusterId=Q2x1c3Rlcjox');
  });
});
