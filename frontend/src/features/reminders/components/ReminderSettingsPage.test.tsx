import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import {
  ReminderClustersDocument,
  ReminderPreviewDocument,
  ReminderPreviewInvoicesDocument,
  ReminderSettingsDocument,
  UpdateReminderSettingsDocument,
} from '@/gql/graphql';
import type { ReminderSettingsDataFragment } from '@/gql/graphql';
import { graphqlFailure, graphqlMock } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { ReminderSettingsPage } from './ReminderSettingsPage';

const INVOICE = 'SW52b2ljZTox';

const settings: ReminderSettingsDataFragment = {
  clusterId: null,
  customised: false,
  ownDisabledKinds: null,
  ownLadderDays: null,
  ownRepeatDays: null,
  ownSendWindow: null,
  ownCc: null,
  ownTemplates: null,
  placeholders: ['firm_name', 'invoice_number', 'days_overdue'],
  effective: {
    enabledKinds: ['INVOICE_DUE_SOON', 'INVOICE_DUE_TODAY', 'INVOICE_OVERDUE', 'STATEMENT'],
    ladderDays: [1, 7, 15, 30],
    repeatDays: 30,
    cc: null,
    sendWindow: { always: false, start: '08:00', end: '17:30', days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
    templates: [],
  },
};

beforeEach(async () => {
  graphqlMock
    .on(ReminderSettingsDocument, { reminderSettings: settings })
    .on(ReminderClustersDocument, { clusters: { nodes: [{ id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' }] } })
    .on(ReminderPreviewInvoicesDocument, {
      invoices: {
        nodes: [{ id: INVOICE, numberLabel: 'C26TAA 00000123', buyerName: 'KCC Vina', dueOn: '2026-11-15', open: 1_200_000 }],
      },
    })
    .on(ReminderPreviewDocument, (variables) => ({
      reminderPreview: {
        subject: variables.subject ? `[draft] ${variables.subject}` : 'Hóa đơn C26TAA 00000123 đã quá hạn 7 ngày',
        text: 'Kính gửi KCC Vina,\n- C26TAA 00000123',
      },
    }));
  await i18n.changeLanguage('vi');
});

describe('reminder settings', { timeout: 30_000 }, () => {
  it('saves an edited ladder and a switched-off kind, and shows the ladder as the firm will get it', async () => {
    graphqlMock.on(UpdateReminderSettingsDocument, (variables) => ({
      updateReminderSettings: { ...settings, customised: true, effective: { ...settings.effective, ladderDays: variables.input.ladderDays ?? [] } },
    }));
    renderWithProviders(<ReminderSettingsPage />);
    const user = userEvent.setup();

    const ladder = await screen.findByTestId('ladder-days');
    expect(ladder).toHaveValue('1, 7, 15, 30');
    await user.clear(ladder);
    await user.type(ladder, '10, 2');
    expect(screen.getByTestId('ladder-summary')).toHaveTextContent('+2 → +10, sau đó mỗi 30 ngày');
    await user.click(screen.getByTestId('kind-STATEMENT'));
    await user.click(screen.getByTestId('reminders-save'));

    await waitFor(() => expect(graphqlMock.calls(UpdateReminderSettingsDocument)).toHaveLength(1));
    const [sent] = graphqlMock.calls(UpdateReminderSettingsDocument);
    expect(sent?.input.ladderDays).toEqual([2, 10]);
    expect(sent?.input.disabledKinds).toContain('STATEMENT');
    expect(sent?.input.disabledKinds).not.toContain('INVOICE_OVERDUE');
    expect(sent?.input.clusterId).toBeNull();
  });

  it('refuses a duplicate day and a window that closes before it opens without asking the server', async () => {
    renderWithProviders(<ReminderSettingsPage />);
    const user = userEvent.setup();
    const ladder = await screen.findByTestId('ladder-days');
    await user.clear(ladder);
    await user.type(ladder, '1, 7, 7');
    const end = screen.getByTestId('window-end');
    await user.clear(end);
    await user.type(end, '07:00');
    await user.click(screen.getByTestId('reminders-save'));
    expect(await screen.findByText('Có ngày bị nhập hai lần')).toBeInTheDocument();
    expect(screen.getByText('Giờ kết thúc phải sau giờ bắt đầu')).toBeInTheDocument();
    expect(graphqlMock.calls(UpdateReminderSettingsDocument)).toHaveLength(0);
  });

  it('previews a draft text against a real invoice, and shows the server’s field problem after saving', async () => {
    graphqlMock.on(
      UpdateReminderSettingsDocument,
      graphqlFailure('VALIDATION', 'invalid', {
        fields: [{ path: 'input.ladderDays', message: 'day 7 is given twice' }],
      }),
    );
    renderWithProviders(<ReminderSettingsPage />);
    const user = userEvent.setup();

    expect(await screen.findByTestId('preview-subject')).toHaveTextContent('Hóa đơn C26TAA 00000123 đã quá hạn 7 ngày');
    expect(screen.getByTestId('preview-body')).toHaveTextContent('Kính gửi KCC Vina');
    await user.type(screen.getByTestId('template-subject'), 'Nhắc nợ');
    await user.type(screen.getByTestId('template-body'), 'Kính gửi');
    await waitFor(() => expect(screen.getByTestId('preview-subject')).toHaveTextContent('[draft] Nhắc nợ'), { timeout: 3000 });
    const last = graphqlMock.calls(ReminderPreviewDocument).at(-1);
    expect(last).toMatchObject({ invoiceId: INVOICE, kind: 'INVOICE_OVERDUE', locale: 'VI', subject: 'Nhắc nợ', body: 'Kính gửi' });

    await user.click(screen.getByTestId('reminders-save'));
    expect(await screen.findByText('day 7 is given twice')).toBeInTheDocument();
    expect(graphqlMock.calls(UpdateReminderSettingsDocument)[0]?.input.templates).toEqual([
      { kind: 'INVOICE_OVERDUE', locale: 'VI', subject: 'Nhắc nợ', body: 'Kính gửi' },
    ]);
  });
});
