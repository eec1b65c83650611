import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { ProvinceOverviewDocument } from '@/gql/graphql';
import type { WastewaterFieldsFragment, WwtpStatus } from '@/gql/graphql';
import { graphqlMock } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { changedFields } from './AuditTrail';
import { ProvinceOverviewPage } from './ProvinceOverviewPage';

const occupancy = (rateBp: number) => ({
  on: '2026-11-27',
  leasableAreaM2: 100_000,
  leasedAreaM2: rateBp * 10,
  rateBp,
  plotsTotal: 10,
  plotsFree: 2,
  firms: 12,
  workforce: 785,
});

const upkeep = (plant: boolean, compliant: boolean | null) => ({
  plantRegistered: plant,
  capacityM3PerDay: plant ? 15_000 : null,
  dischargePermitExpiresOn: plant ? '2027-01-15' : null,
  lastSampleOn: compliant == null ? null : '2026-11-08',
  lastSampleCompliant: compliant,
  openP1WorkOrders: compliant === false ? 1 : 0,
  occurrencesDue: 40,
  occurrencesDone: 37,
  doneRateBp: 9250,
  inflowMonth: plant ? '2026-10-01' : null,
  inflowM3PerDay: plant ? 8_250 : null,
  inflowOfCapacityBp: plant ? 5500 : null,
});

const wastewater = (status: WwtpStatus): WastewaterFieldsFragment => ({
  present: status !== 'NONE',
  capacityM3PerDay: status === 'NONE' ? null : 1500,
  status,
  permitExpiresOn: null,
  compliant: status === 'OPERATING',
});

beforeEach(async () => {
  graphqlMock.on(ProvinceOverviewDocument, {
    provinceOverview: {
      province: 'Vĩnh Phúc',
      on: '2026-11-27',
      total: occupancy(8320),
      clusters: [
        {
          operatorName: 'Hạ tầng Yên Lạc',
          clusterName: 'CCN làng nghề Yên Đồng',
          district: 'Yên Lạc',
          status: 'OPERATING',
          totalAreaM2: 120_000,
          wastewater: wastewater('NONE'),
          upkeep: upkeep(false, null),
          occupancy: occupancy(10_000),
        },
        {
          operatorName: 'Hạ tầng Đồng Sóc',
          clusterName: 'CCN Đồng Sóc',
          district: 'Vĩnh Tường',
          status: 'OPERATING',
          totalAreaM2: 750_000,
          wastewater: wastewater('OPERATING'),
          upkeep: upkeep(true, false),
          occupancy: occupancy(6700),
        },
      ],
    },
  });
  await i18n.changeLanguage('vi');
});

describe('ProvinceOverviewPage', () => {
  it('lists every cluster with area in ha, occupancy and a visible missing wastewater plant', async () => {
    renderWithProviders(<ProvinceOverviewPage />);
    const table = await screen.findByTestId('province-table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Không có trạm xử lý nước thải')).toBeVisible();
    expect(within(rows[1]!).getByText('12,00 ha')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('75,00 ha')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('67,0%')).toBeInTheDocument();
    expect(table.textContent).not.toContain('₫');
  });

  it('shows the last effluent result, open P1 work and upkeep done, and filters the clusters', async () => {
    renderWithProviders(<ProvinceOverviewPage />);
    const table = await screen.findByTestId('province-table');
    const dongSoc = within(table).getAllByRole('row')[2]!;
    expect(within(dongSoc).getByText('Vượt giới hạn')).toBeInTheDocument();
    expect(within(dongSoc).getByText('08/11/2026')).toBeInTheDocument();
    expect(within(dongSoc).getByText('37/40 đến hạn')).toBeInTheDocument();
    expect(within(dongSoc).getByText('15.000 m³/ngày')).toBeInTheDocument();
    expect(within(dongSoc).getByText('Nước thải về trạm 8.250 m³/ngày (55,0% công suất)')).toBeInTheDocument();
    // No plant, so no sample line: the missing plant is the finding.
    expect(within(within(table).getAllByRole('row')[1]!).queryByText('Chưa có mẫu')).toBeNull();

    await userEvent.click(screen.getByLabelText('Không có trạm'));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByText('CCN làng nghề Yên Đồng')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Mẫu gần nhất vượt giới hạn'));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByText('CCN Đồng Sóc')).toBeInTheDocument();
  });
});

describe('changedFields', () => {
  it('lists only the fields whose value changed', () => {
    expect(changedFields('{"a":1,"b":"x","c":null}', '{"a":1,"b":"y","d":true}')).toEqual([
      { key: 'b', before: '"x"', after: '"y"' },
      { key: 'c', before: 'null', after: '∅' },
      { key: 'd', before: '∅', after: 'true' },
    ]);
  });
});
