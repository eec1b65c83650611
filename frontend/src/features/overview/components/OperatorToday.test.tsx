import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { CollectionsDocument, OperatorTodoDocument, ReceivablesAgingDocument } from '@/gql/graphql';
import { graphqlMock } from '@/test/mock-graphql';
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
      'Kỳ 12/2026 chưa lập hóa đơn',
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
  });

  it('shows failed emails to an admin, in English', async () => {
    await i18n.changeLanguage('en');
    answer(2);
    renderWithProviders(<OperatorToday />);
    expect(await screen.findByTestId('todo-failedEmails')).toHaveTextContent('Emails that could not be delivered: 2');
    expect(screen.getByTestId('todo-unbilled')).toHaveTextContent('12/2026 has not been billed yet');
  });
});
