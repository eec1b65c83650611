import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import {
  AssetsDocument,
  ClusterOptionsDocument,
  UpdateUpkeepScheduleDocument,
  UpkeepRulePreviewDocument,
  UpkeepSchedulesDocument,
} from '@/gql/graphql';
import { graphqlFailure, graphqlMock, onePage } from '@/test/mock-graphql';
import { CLUSTER, assetFixture, renderUpkeepAt, scheduleFixture } from '../testing/fixtures';
import { toScheduleFields } from './ScheduleForm';

const DRAIN = assetFixture({ id: 'QXNzZXQ6Mg', code: 'TN-01', name: 'Mương, cống thoát nước mưa', category: 'DRAINAGE' });

beforeEach(async () => {
  graphqlMock
    .on(ClusterOptionsDocument, { clusters: onePage([CLUSTER]) })
    .on(AssetsDocument, { assets: [DRAIN] })
    .on(UpkeepSchedulesDocument, { upkeepSchedules: [scheduleFixture()] })
    .on(UpkeepRulePreviewDocument, { upkeepRulePreview: ['2026-12-05', '2027-03-05'] });
  await i18n.changeLanguage('vi');
});

describe('the schedules page', { timeout: 60_000 }, () => {
  it('lists schedules with their rule in words, and edits one with a number item in its checklist', async () => {
    graphqlMock.on(UpdateUpkeepScheduleDocument, ({ input }) => ({ updateUpkeepSchedule: scheduleFixture({ title: input.title }) }));
    renderUpkeepAt('/upkeep-schedules');
    const user = userEvent.setup();
    const table = await screen.findByTestId('schedules-table');
    const row = (await within(table).findByText('Kiểm tra, nạo vét mương cống thoát nước')).closest('tr')!;
    expect(within(row).getByText('ngày 5 hằng tháng')).toBeInTheDocument();
    expect(await within(row).findByText('TN-01 · Mương, cống thoát nước mưa')).toBeInTheDocument();

    await user.click(within(row).getByTestId('schedule-edit'));
    await user.click(await screen.findByText('Mỗi 3 tháng'));
    expect(await screen.findByTestId('rule-words')).toHaveTextContent('ngày 1, mỗi 3 tháng từ 01/12/2025');
    await waitFor(() => expect(graphqlMock.calls(UpkeepRulePreviewDocument).at(-1)?.rule).toBe('FREQ=MONTHLY;INTERVAL=3'));
    await user.click(screen.getByTestId('checklist-add'));
    const items = screen.getAllByTestId('checklist-item');
    const added = items[items.length - 1]!;
    await user.type(within(added).getByLabelText('Mục kiểm tra'), 'Độ sâu bùn');
    await user.click(within(added).getByRole('textbox', { name: 'Kiểu trả lời' }));
    await user.click((await screen.findAllByRole('option', { name: 'Số đo', hidden: true })).at(-1)!);
    await user.type(within(added).getByLabelText('Đơn vị'), 'cm');
    await user.type(within(added).getByLabelText('Tối đa'), '30');
    await user.click(screen.getByTestId('schedule-submit'));
    await waitFor(() => expect(graphqlMock.calls(UpdateUpkeepScheduleDocument)).toHaveLength(1));
    const sent = graphqlMock.calls(UpdateUpkeepScheduleDocument)[0]!;
    expect(sent.input.rule).toBe('FREQ=MONTHLY;INTERVAL=3');
    expect(sent.input.checklist).toEqual([
      { label: 'Cống thông thoáng', kind: 'PASS_FAIL', unit: null, min: null, max: null },
      { label: 'Độ sâu bùn', kind: 'NUMBER', unit: 'cm', min: null, max: 30 },
    ]);
  });
});

/** Opens the first schedule's editor in English and chooses to count after the last completion. */
async function editCountingAfterCompletion() {
  await i18n.changeLanguage('en');
  renderUpkeepAt('/upkeep-schedules');
  const user = userEvent.setup();
  const table = await screen.findByTestId('schedules-table');
  const row = (await within(table).findByText('Kiểm tra, nạo vét mương cống thoát nước')).closest('tr')!;
  await user.click(within(row).getByTestId('schedule-edit'));
  await user.click(await screen.findByText('The last completion'));
  return user;
}

describe('counting after the last completion', { timeout: 60_000 }, () => {
  it('explains the choice in words, previews the dates if each is done on time, and sends the anchor', async () => {
    graphqlMock.on(UpdateUpkeepScheduleDocument, ({ input }) => ({
      updateUpkeepSchedule: scheduleFixture({ rule: input.rule, anchor: input.anchor ?? 'FIXED' }),
    }));
    const user = await editCountingAfterCompletion();
    // The monthly-on-the-5th preset names a fixed day: only interval presets are offered.
    expect(screen.queryByText('Monthly on the 5th')).not.toBeInTheDocument();
    await user.click(screen.getByText('Every 3 months'));
    expect(await screen.findByTestId('rule-words')).toHaveTextContent(
      'every 3 months after the last completion; first due 1 Dec 2025',
    );
    await waitFor(() => expect(graphqlMock.calls(UpkeepRulePreviewDocument).at(-1)).toMatchObject({
      rule: 'FREQ=MONTHLY;INTERVAL=3',
      anchor: 'AFTER_COMPLETION',
    }));
    expect(await screen.findByTestId('rule-dates')).toHaveTextContent('If each is done on its due date');
    expect(screen.getByText(/Only the next occurrence is planned/)).toBeInTheDocument();
    await user.click(screen.getByTestId('schedule-submit'));
    await waitFor(() => expect(graphqlMock.calls(UpdateUpkeepScheduleDocument)).toHaveLength(1));
    expect(graphqlMock.calls(UpdateUpkeepScheduleDocument)[0]!.input).toMatchObject({
      rule: 'FREQ=MONTHLY;INTERVAL=3',
      anchor: 'AFTER_COMPLETION',
    });
  });

  it('shows the server\'s reason when the rule names fixed dates', async () => {
    graphqlMock.on(UpkeepRulePreviewDocument, ({ anchor }) =>
      anchor === 'AFTER_COMPLETION'
        ? graphqlFailure('VALIDATION', 'Invalid input', {
            fields: [{ path: 'rule', message: 'counted after the last completion, a rule is an interval only' }],
          })
        : { upkeepRulePreview: ['2026-12-05'] },
    );
    await editCountingAfterCompletion();
    await waitFor(() => expect(graphqlMock.calls(UpkeepRulePreviewDocument).at(-1)?.anchor).toBe('AFTER_COMPLETION'));
    // FREQ=MONTHLY;BYMONTHDAY=5 has no words as an interval; the server's reason is shown.
    expect(await screen.findByText(/a rule is an interval only/)).toBeInTheDocument();
    expect(screen.queryByTestId('rule-words')).not.toBeInTheDocument();
  });
});

describe('toScheduleFields', () => {
  it('drops a unit and range from items that are not numbers', () => {
    const fields = toScheduleFields(
      {
        clusterId: null,
        assetId: 'a',
        title: ' Kiểm tra ',
        rule: 'FREQ=WEEKLY',
        anchor: 'FIXED',
        startsOn: '2027-01-04',
        leadDays: '',
        estimatedCost: '',
        account: 'WASTEWATER',
        fundingSource: 'FUND',
        legalBasis: '',
        active: true,
        checklist: [{ label: 'pH', kind: 'TEXT', unit: 'pH', min: 5, max: 9 }],
      },
      null,
    );
    expect(fields).toMatchObject({ title: 'Kiểm tra', leadDays: 0, estimatedCost: 0, legalBasis: null });
    expect(fields.checklist).toEqual([{ label: 'pH', kind: 'TEXT', unit: null, min: null, max: null }]);
  });
});
