import { Route, Routes } from 'react-router';
import type { AssetRow } from '../api/assets';
import type { ScheduleRow } from '../api/schedules';
import { AssetDetailPage } from '../components/AssetDetailPage';
import { AssetsPage } from '../components/AssetsPage';
import { CalendarPage } from '../components/CalendarPage';
import { FundStatementPage } from '../components/FundStatementPage';
import { SchedulesPage } from '../components/SchedulesPage';
import { renderWithProviders } from '@/test/render';

export const CLUSTER = { id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' };

/** An asset as the register lists it; `overrides` change any field. */
export function assetFixture(overrides: Partial<AssetRow> = {}): AssetRow {
  return {
    id: 'QXNzZXQ6MQ',
    clusterId: CLUSTER.id,
    parentId: null,
    plotId: null,
    code: 'GT-01',
    name: 'Đường trục chính N1',
    category: 'INTERNAL_ROADS',
    location: 'CCN Đồng Sóc',
    quantity: 1350,
    unit: 'm',
    commissionedOn: '2013-11-15',
    expectedLifeYears: 25,
    condition: 4,
    replacementValue: 6_075_000_000,
    warrantyUntil: null,
    notes: null,
    permits: [],
    ...overrides,
  };
}

export function scheduleFixture(overrides: Partial<ScheduleRow> = {}): ScheduleRow {
  return {
    id: 'VXBrZWVwU2NoZWR1bGU6MQ',
    clusterId: CLUSTER.id,
    assetId: 'QXNzZXQ6Mg',
    title: 'Kiểm tra, nạo vét mương cống thoát nước',
    rule: 'FREQ=MONTHLY;BYMONTHDAY=5',
    startsOn: '2025-12-01',
    anchor: 'FIXED',
    leadDays: 3,
    estimatedCost: 3_500_000,
    fundingSource: 'FUND',
    account: 'MAINTENANCE_FUND',
    assigneeUserId: null,
    legalBasis: null,
    active: true,
    nextDates: ['2026-12-05', '2027-01-05', '2027-02-05'],
    checklist: [{ label: 'Cống thông thoáng', kind: 'PASS_FAIL', unit: null, min: null, max: null }],
    ...overrides,
  };
}

/** Renders the upkeep pages under their app paths, starting at `path`. */
export function renderUpkeepAt(path: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/asset-register" element={<AssetsPage />} />
      <Route path="/asset-register/:id" element={<AssetDetailPage />} />
      <Route path="/upkeep-schedules" element={<SchedulesPage />} />
      <Route path="/fund-statement" element={<FundStatementPage />} />
      <Route path="/upkeep-calendar" element={<CalendarPage />} />
    </Routes>,
    { route: path },
  );
}
