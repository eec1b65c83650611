import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { ReminderForecastDocument, RemindersLogDocument } from '@/gql/graphql';
import { graphqlMock, onePage } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import type { ReminderRow } from '../api/reminders';
import { RemindersLogPage } from './RemindersLogPage';

const row = (id: string, kind: ReminderRow['kind'], step: string, summary: string, amount: number | null): ReminderRow => ({
  id,
  kind,
  step,
  anchorOn: '2026-11-15',
  summary,
  status: 'QUEUED',
  recipients: 2,
  amount,
  claimedAt: '2026-11-22T02:00:00Z',
  notBefore: '2026-11-22T02:00:00Z',
});

beforeEach(() => {
  graphqlMock
    .on(ReminderForecastDocument, {
      reminderForecast: {
        at: '2026-11-28T01:00:00Z',
        reminders: 14,
        firms: 9,
        byKind: [
          { kind: 'INVOICE_OVERDUE', reminders: 12, firms: 8 },
          { kind: 'SLA', reminders: 2, firms: 1 },
        ],
        items: [{ kind: 'INVOICE_OVERDUE', step: '+7', summary: 'C26TAA 00000123', firmName: 'KCC Vina', amount: 1_200_000, recipients: 1 }],
      },
    })
    .on(RemindersLogDocument, (variables) => ({
      remindersLog: onePage(
        variables.kind === 'SLA'
          ? [row('UmVtaW5kZXI6Mg', 'SLA', 'resolution-75', 'Mất điện chiếu sáng', null)]
          : [
              row('UmVtaW5kZXI6MQ', 'INVOICE_OVERDUE', '+7', 'C26TAA 00000123', 1_200_000),
              row('UmVtaW5kZXI6Mg', 'SLA', 'resolution-75', 'Mất điện chiếu sáng', null),
            ],
      ),
    }));
});

describe('reminders log and forecast', { timeout: 30_000 }, () => {
  it('says what the next sweep sends, in English', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<RemindersLogPage />);
    expect(await screen.findByTestId('forecast-headline')).toHaveTextContent('14 reminders to 9 firm(s)');
    expect(screen.getByTestId('forecast-kind-INVOICE_OVERDUE')).toHaveTextContent('Invoice overdue: 12');
    expect(screen.getByTestId('forecast-items')).toHaveTextContent('KCC Vina');
    expect(await screen.findAllByText('Queued · 2 messages')).toHaveLength(2);
  });

  it('filters the log by kind, in Vietnamese', async () => {
    await i18n.changeLanguage('vi');
    renderWithProviders(<RemindersLogPage />);
    const user = userEvent.setup();
    const table = await screen.findByTestId('reminders-table');
    expect(await within(table).findByText('C26TAA 00000123')).toBeInTheDocument();
    expect(screen.getByTestId('forecast-headline')).toHaveTextContent('14 nhắc nhở tới 9 doanh nghiệp');
    await user.click(screen.getByTestId('reminders-kind-filter'));
    await user.click(await screen.findByRole('option', { name: 'SLA sắp trễ hoặc đã trễ', hidden: true }));
    await waitFor(() => expect(graphqlMock.calls(RemindersLogDocument).at(-1)).toMatchObject({ kind: 'SLA' }));
    await waitFor(() => expect(within(screen.getByTestId('reminders-table')).queryByText('C26TAA 00000123')).not.toBeInTheDocument());
    expect(within(screen.getByTestId('reminders-table')).getByText('resolution-75')).toBeInTheDocument();
  });
});
