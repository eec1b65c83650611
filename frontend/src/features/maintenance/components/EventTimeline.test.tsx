import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MaintenanceEventDataFragment } from '@/gql/graphql';
import { i18n } from '@/i18n/setup';
import { renderWithProviders } from '@/test/render';
import { EventTimeline } from './EventTimeline';

afterEach(() => {
  cleanup();
});

function event(overrides: Partial<MaintenanceEventDataFragment>): MaintenanceEventDataFragment {
  return {
    id: `ev-${Math.random()}`,
    at: '2026-11-30T01:00:00Z',
    actorId: null,
    actorName: null,
    fromStatus: 'RESOLVED',
    toStatus: 'CLOSED',
    priority: 'P2',
    reasonCode: null,
    reasonDetail: null,
    reason: null,
    ...overrides,
  };
}

const events = [
  event({ reasonCode: 'AUTO_CLOSED' }),
  event({ reasonCode: 'REJECTED', reasonDetail: 'DUPLICATE', reason: 'Trùng với YC-0A1B2C', toStatus: 'REJECTED' }),
  event({ reasonCode: 'PRIORITY_CHANGED', reasonDetail: 'P3', priority: 'P1', fromStatus: 'ACKNOWLEDGED', toStatus: 'ACKNOWLEDGED' }),
  event({ reasonCode: 'CONFIRMED', reasonDetail: '4' }),
  event({ reasonCode: 'DEFERRED', reasonDetail: '2026-12-20', reason: 'Chờ mùa khô', toStatus: 'DEFERRED' }),
];

const reasons = () => screen.getAllByTestId('event-reason').map((el) => el.textContent);

describe('the event timeline', () => {
  it('renders reason codes in Vietnamese, beside the words a person typed', async () => {
    await i18n.changeLanguage('vi');
    renderWithProviders(<EventTimeline events={events} kind="request" />);
    expect(reasons()).toEqual([
      'Tự động đóng: không xác nhận trong 7 ngày sau khi xử lý xong',
      'Từ chối: Trùng yêu cầu khác',
      'Mức ưu tiên P3 Bình thường → P1 Khẩn cấp',
      'Đã xác nhận hoàn thành, chấm 4/5',
      'Hoãn đến 20/12/2026',
    ]);
    expect(screen.getByText('Trùng với YC-0A1B2C')).toBeInTheDocument();
    expect(screen.getByText('Chờ mùa khô')).toBeInTheDocument();
    expect(screen.getAllByText(/Hệ thống/)).toHaveLength(events.length);
  });

  it('renders the same codes in English', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<EventTimeline events={events} kind="request" />);
    const shown = reasons();
    expect(shown[0]).toBe('Closed automatically: not confirmed within 7 days of the resolution');
    expect(shown[1]).toBe('Rejected: Duplicate');
    expect(shown[2]).toBe('Priority P3 Normal → P1 Emergency');
    expect(shown[3]).toBe('Resolution confirmed, rated 4/5');
    expect(shown[4]).toMatch(/^Deferred until .*2026/);
    await i18n.changeLanguage('vi');
  });

  it('shows no reason line for a plain move and names work order codes', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(
      <EventTimeline
        events={[
          event({ fromStatus: 'OPEN', toStatus: 'IN_PROGRESS' }),
          event({ fromStatus: 'IN_PROGRESS', toStatus: 'ON_HOLD', reasonCode: 'ON_HOLD', reasonDetail: 'PARTS', reason: 'D600 pipe' }),
          event({ fromStatus: 'OPEN', toStatus: 'OPEN', reasonCode: 'ASSIGNED', reasonDetail: 'Cty Cơ điện Vĩnh Phúc' }),
        ]}
        kind="workOrder"
      />,
    );
    expect(reasons()).toEqual(['On hold: Waiting for parts', 'Assigned to Cty Cơ điện Vĩnh Phúc']);
    expect(screen.getByText('D600 pipe')).toBeInTheDocument();
    await i18n.changeLanguage('vi');
  });
});
