import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { AssetDetailDocument, UpkeepSchedulesDocument } from '@/gql/graphql';
import { graphqlMock } from '@/test/mock-graphql';
import { assetFixture, renderUpkeepAt, scheduleFixture } from '../testing/fixtures';

const DRAIN = assetFixture({ id: 'QXNzZXQ6Mg', code: 'TN-01', name: 'Mương, cống thoát nước mưa', category: 'DRAINAGE', quantity: 6750 });

beforeEach(async () => {
  graphqlMock.on(UpkeepSchedulesDocument, { upkeepSchedules: [scheduleFixture()] });
  await i18n.changeLanguage('vi');
});

describe('an asset page', () => {
  it('shows the asset, its schedule in words and its history of work orders and costs with their documents', async () => {
    graphqlMock.on(AssetDetailDocument, {
      node: {
        __typename: 'Asset' as const,
        ...DRAIN,
        children: [],
        workOrders: [
          {
            id: 'V29ya09yZGVyOjE',
            reference: 'WO-9C59A1',
            title: 'Kiểm tra, nạo vét mương cống thoát nước (05/11/2026)',
            status: 'VERIFIED',
            createdAt: '2026-11-02T01:00:00Z',
            costTotal: 3_750_000,
          },
        ],
        costs: [
          {
            id: 'f1',
            entryOn: '2026-11-07',
            amount: -3_750_000,
            account: 'MAINTENANCE_FUND',
            description: 'Lệnh công việc WO-9C59A1',
            documentNumber: 'HĐ 1739935',
            documentDate: '2026-11-07',
            workOrderId: 'V29ya09yZGVyOjE',
          },
        ],
      },
    });
    renderUpkeepAt(`/asset-register/${DRAIN.id}`);
    expect(await screen.findByRole('heading', { name: 'TN-01 · Mương, cống thoát nước mưa' })).toBeInTheDocument();
    expect(screen.getByText('6.750 m')).toBeInTheDocument();
    const schedules = screen.getByTestId('asset-schedules');
    expect(await within(schedules).findByText(/ngày 5 hằng tháng/)).toBeInTheDocument();
    const history = screen.getByTestId('asset-work-orders');
    const link = within(history).getByText('Kiểm tra, nạo vét mương cống thoát nước (05/11/2026)');
    expect(link.closest('a')).toHaveAttribute('href', '/maintenance/work-orders/V29ya09yZGVyOjE');
    expect(within(history).getByText('Đã nghiệm thu')).toBeInTheDocument();
    const costs = screen.getByTestId('asset-costs');
    expect(within(costs).getByText(/HĐ 1739935/)).toBeInTheDocument();
    expect(within(costs).getByText(/WO-9C59A1/)).toBeInTheDocument();
    expect(graphqlMock.calls(UpkeepSchedulesDocument)[0]).toEqual({ clusterId: null, assetId: DRAIN.id });
  });

  it('says so when the asset is not visible', async () => {
    graphqlMock.on(AssetDetailDocument, { node: null as never });
    renderUpkeepAt('/asset-register/QXNzZXQ6OTk');
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy tài sản' })).toBeInTheDocument();
  });
});
