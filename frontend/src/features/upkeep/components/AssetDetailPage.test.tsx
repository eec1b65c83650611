import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { AssetDetailDocument, RecordEffluentSampleDocument, UpkeepSchedulesDocument } from '@/gql/graphql';
import userEvent from '@testing-library/user-event';
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
        permits: [],
        isPlant: false,
        effluentSamples: [],
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

  it('shows the discharge limits and samples of a plant, flags the latest over-limit one, and records a sample', async () => {
    const limits = [
      { code: 'PH', name: 'pH', unit: null, min: 6, max: 9 },
      { code: 'COD', name: 'COD', unit: 'mg/l', min: null, max: 75 },
    ];
    const plant = assetFixture({
      id: 'QXNzZXQ6Mw',
      code: 'XLNT-01',
      name: 'Trạm xử lý nước thải tập trung',
      category: 'WASTEWATER',
      quantity: 15_000,
      unit: 'm³/ngày',
      permits: [
        { id: 'p1', kind: 'DISCHARGE', number: '250/GPMT-UBND', issuer: null, issuedOn: '2020-01-01', expiresOn: '2030-01-01', expired: false },
      ],
    });
    graphqlMock.on(AssetDetailDocument, {
      node: {
        __typename: 'Asset' as const,
        ...plant,
        permits: plant.permits.map((p) => ({ ...p, limits })),
        isPlant: true,
        effluentSamples: [
          {
            id: 's2',
            sampledOn: '2026-11-08',
            reportNumber: 'KQ-2026-11',
            compliant: false,
            workOrderId: 'V29ya09yZGVyOjk',
            values: [
              { code: 'PH', name: 'pH', unit: null, value: 7.1, min: 6, max: 9, over: false },
              { code: 'COD', name: 'COD', unit: 'mg/l', value: 99, min: null, max: 75, over: true },
            ],
          },
          {
            id: 's1',
            sampledOn: '2026-10-08',
            reportNumber: 'KQ-2026-10',
            compliant: true,
            workOrderId: null,
            values: [{ code: 'COD', name: 'COD', unit: 'mg/l', value: 40, min: null, max: 75, over: false }],
          },
        ],
        children: [],
        workOrders: [],
        costs: [],
      },
    });
    graphqlMock.on(RecordEffluentSampleDocument, { recordEffluentSample: { workOrderId: null, sample: { id: 's3', compliant: true } } });
    renderUpkeepAt(`/asset-register/${plant.id}`);
    const section = await screen.findByTestId('asset-effluent');
    expect(within(section).getByTestId('effluent-flag')).toHaveTextContent('08/11/2026');
    expect(within(section).getByText('COD: ≤ 75 mg/l')).toBeInTheDocument();
    expect(within(section).getByText('pH: 6–9')).toBeInTheDocument();
    const samples = within(section).getByTestId('effluent-samples');
    expect(within(samples).getByText('COD: 99 (≤ 75 mg/l)')).toBeInTheDocument();
    expect(within(samples).getByText('Xem lệnh công việc P1').closest('a')).toHaveAttribute('href', '/maintenance/work-orders/V29ya09yZGVyOjk');
    expect(within(samples).getByText('Cả 1 thông số trong giới hạn')).toBeInTheDocument();

    await userEvent.click(within(section).getByTestId('sample-record'));
    await userEvent.clear(await screen.findByTestId('sample-date'));
    await userEvent.type(screen.getByTestId('sample-date'), '2026-11-20');
    await userEvent.type(screen.getByTestId('sample-report'), 'KQ-2026-11b');
    await userEvent.type(screen.getByTestId('sample-value-COD'), '41,5');
    await userEvent.click(screen.getByTestId('sample-submit'));
    await vi.waitFor(() => expect(graphqlMock.calls(RecordEffluentSampleDocument)).toHaveLength(1));
    expect(graphqlMock.calls(RecordEffluentSampleDocument)[0]).toEqual({
      input: { assetId: plant.id, sampledOn: '2026-11-20', reportNumber: 'KQ-2026-11b', values: [{ code: 'COD', value: 41.5 }] },
    });
  });

  it('says so when the asset is not visible', async () => {
    graphqlMock.on(AssetDetailDocument, { node: null as never });
    renderUpkeepAt('/asset-register/QXNzZXQ6OTk');
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy tài sản' })).toBeInTheDocument();
  });
});
