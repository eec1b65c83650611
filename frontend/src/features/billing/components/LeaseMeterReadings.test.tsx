import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { CorrectMeterReadingDocument, MeterReadingsDocument } from '@/gql/graphql';
import { graphqlMock } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import type { MeterReadingRow } from '../api/meters';
import { LeaseMeterReadings } from './LeaseMeterReadings';

const LEASE = 'TGVhc2U6MQ';
const reading = (id: string, period: string, meterM3: number, consumptionM3: number, extra: Partial<MeterReadingRow> = {}): MeterReadingRow => ({
  id,
  leaseId: LEASE,
  period,
  readOn: period.replace(/-01$/, '-28'),
  meterM3,
  consumptionM3,
  correctsId: null,
  correctionReason: null,
  supersededAt: null,
  createdAt: `${period}T10:00:00Z`,
  ...extra,
});

// September, then October read wrong and corrected (newest month first, as the API lists them).
const READINGS = [
  reading('TWV0ZXI6Mw', '2026-10-01', 10_223, 566, {
    correctsId: 'TWV0ZXI6Mg',
    correctionReason: 'Đọc nhầm chữ số',
    createdAt: '2026-11-02T10:00:00Z',
  }),
  reading('TWV0ZXI6Mg', '2026-10-01', 12_223, 2_566, { supersededAt: '2026-11-02T10:00:00Z' }),
  reading('TWV0ZXI6MQ', '2026-09-01', 9_657, 675),
];

beforeEach(async () => {
  graphqlMock
    .on(MeterReadingsDocument, { meterReadings: READINGS })
    .on(CorrectMeterReadingDocument, ({ readingId, meterM3, reason }) => ({
      correctMeterReading: reading('TWV0ZXI6NA', '2026-10-01', meterM3, 500, { correctsId: readingId, correctionReason: reason }),
    }));
  await i18n.changeLanguage('vi');
});

describe('LeaseMeterReadings', { timeout: 15_000 }, () => {
  it('strikes through a corrected reading with the reason, and offers to correct only the latest', async () => {
    renderWithProviders(<LeaseMeterReadings leaseId={LEASE} canRecord />);
    const table = await screen.findByTestId('meter-table');
    await within(table).findByText('12.223 m³');

    const superseded = within(table).getByText('12.223 m³');
    expect(superseded).toHaveStyle({ textDecoration: 'line-through' });
    expect(within(table).getByTestId('meter-superseded')).toHaveTextContent('Đã điều chỉnh thành 10.223 m³: Đọc nhầm chữ số');
    expect(within(table).getAllByText('10/2026')).toHaveLength(2);
    expect(within(table).getByText('566 m³')).not.toHaveStyle({ textDecoration: 'line-through' });
    expect(within(table).getAllByTestId('meter-correct')).toHaveLength(1);
    expect(within(table).getByTestId('meter-correct').closest('tr')).toHaveTextContent('10.223 m³');
  });

  it('corrects the latest reading with a value, a date and a reason', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LeaseMeterReadings leaseId={LEASE} canRecord />);
    await user.click(await screen.findByTestId('meter-correct'));

    const value = await screen.findByTestId('meter-correct-value');
    expect(value).toHaveValue('10.223');
    await user.clear(value);
    await user.type(value, '10200');
    await user.type(screen.getByTestId('meter-correct-reason'), 'Kiểm tra lại tại chỗ');
    await user.click(screen.getByTestId('meter-correct-submit'));

    await waitFor(() =>
      expect(graphqlMock.calls(CorrectMeterReadingDocument)).toEqual([
        { readingId: 'TWV0ZXI6Mw', meterM3: 10_200, readOn: '2026-10-28', reason: 'Kiểm tra lại tại chỗ' },
      ]),
    );
  });

  it('opens the reading form on the month after the latest reading', async () => {
    // The months offered run up to today's: fix today (only the date; timers stay real).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T05:00:00Z'));
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const user = userEvent.setup();
    renderWithProviders(<LeaseMeterReadings leaseId={LEASE} canRecord />);
    await screen.findByText('566 m³');
    await user.click(screen.getByTestId('meter-record'));
    expect(await screen.findByTestId('meter-period')).toHaveValue('11/2026');
    expect(screen.getByText('Chỉ số kỳ trước: 10.223 m³')).toBeInTheDocument();
  });
});
