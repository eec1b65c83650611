import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ClusterOptionsDocument,
  CreateSupportProgrammeDocument,
  DeleteSupportProgrammeDocument,
  SupportProgrammesDocument,
  UpdateSupportProgrammeDocument,
} from '@/gql/graphql';
import { i18n } from '@/i18n/setup';
import { markSignedIn, markSignedOut } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { graphqlFailure, graphqlMock, onePage } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import type { SupportProgrammeRow } from '../api/support';
import { SupportProgrammesPage } from './SupportProgrammesPage';

const CLUSTER = { id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' };

function programmeFixture(overrides: Partial<SupportProgrammeRow> = {}): SupportProgrammeRow {
  return {
    id: 'U3VwcG9ydFByb2dyYW1tZTox',
    name: 'Hỗ trợ 10% tiền thuê mặt bằng cho DNNVV',
    citation: 'Quyết định số 15/2026/QĐ-UBND ngày 12/01/2026 của UBND tỉnh Phú Thọ',
    decisionNumber: '15/2026/QĐ-UBND',
    decisionDate: '2026-01-12',
    issuedBy: 'UBND tỉnh Phú Thọ',
    clusterId: null,
    startsOn: '2026-01-01',
    endsOn: '2028-12-31',
    rateBp: 1000,
    mechanism: 'BUDGET_FUNDED',
    ...overrides,
  };
}

beforeEach(async () => {
  graphqlMock
    .on(SupportProgrammesDocument, { supportProgrammes: [programmeFixture()] })
    .on(ClusterOptionsDocument, { clusters: onePage([CLUSTER]) });
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
  markSignedOut({ expired: false });
});

async function programmeRow() {
  const table = await screen.findByTestId('support-programmes-table');
  return (await within(table).findByText('Hỗ trợ 10% tiền thuê mặt bằng cho DNNVV')).closest('tr')!;
}

describe('the support programmes page', { timeout: 30_000 }, () => {
  it('lists a programme with its decision, period, scope, rate and mechanism, and its claim report', async () => {
    markSignedIn(viewerFixture());
    renderWithProviders(<SupportProgrammesPage />);

    const row = await programmeRow();
    expect(within(row).getByText('Quyết định số 15/2026/QĐ-UBND ngày 12/01/2026 của UBND tỉnh Phú Thọ')).toBeInTheDocument();
    expect(within(row).getByText('01/01/2026 – 31/12/2028')).toBeInTheDocument();
    expect(within(row).getByText('Tất cả các cụm')).toBeInTheDocument();
    expect(within(row).getByTestId('support-programme-rate')).toHaveTextContent('10%');
    expect(within(row).getByTestId('support-mechanism')).toHaveTextContent('Ngân sách chi trả');
    expect(within(row).getByTestId('support-programme-claims')).toHaveAttribute(
      'href',
      '/support-programmes/U3VwcG9ydFByb2dyYW1tZTox/claims',
    );
  });

  it('lets operator staff read the programmes and reports but not change them', async () => {
    markSignedIn(viewerFixture({ role: 'OPERATOR_STAFF' }));
    renderWithProviders(<SupportProgrammesPage />);

    const row = await programmeRow();
    expect(within(row).getByTestId('support-programme-claims')).toBeInTheDocument();
    expect(within(row).queryByTestId('support-programme-edit')).not.toBeInTheDocument();
    expect(within(row).queryByTestId('support-programme-delete')).not.toBeInTheDocument();
    expect(screen.queryByTestId('support-programme-create')).not.toBeInTheDocument();
  });

  it('adds a programme given as a discount on the invoice for one cluster, its rate typed in % and sent in basis points', async () => {
    markSignedIn(viewerFixture());
    graphqlMock.on(CreateSupportProgrammeDocument, ({ input }) => ({
      createSupportProgramme: programmeFixture({ id: 'U3VwcG9ydFByb2dyYW1tZToy', ...input, issuedBy: input.issuedBy ?? null }),
    }));
    renderWithProviders(<SupportProgrammesPage />);
    const user = userEvent.setup();
    await programmeRow();

    await user.click(screen.getByTestId('support-programme-create'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('support-name'), 'Hỗ trợ tiền thuê CCN Đồng Sóc');
    await user.type(within(dialog).getByTestId('support-decision-number'), '20/2029/QĐ-UBND');
    for (const [testId, date] of [
      ['support-decision-date', '15/12/2028'],
      ['support-starts-on', '01/01/2029'],
      ['support-ends-on', '31/12/2029'],
    ] as const) {
      await user.type(within(dialog).getByTestId(testId), date);
      await user.tab();
    }
    await user.click(within(dialog).getByTestId('support-cluster'));
    await user.click(await screen.findByRole('option', { name: CLUSTER.name, hidden: true }));
    const rate = within(dialog).getByTestId('support-rate');
    await user.clear(rate);
    await user.type(rate, '7,5');
    await user.click(within(dialog).getByLabelText(/Giảm trừ trên hóa đơn/));
    await user.click(within(dialog).getByTestId('support-submit'));

    await waitFor(() => expect(graphqlMock.calls(CreateSupportProgrammeDocument)).toHaveLength(1));
    expect(graphqlMock.calls(CreateSupportProgrammeDocument)[0]?.input).toEqual({
      name: 'Hỗ trợ tiền thuê CCN Đồng Sóc',
      decisionNumber: '20/2029/QĐ-UBND',
      decisionDate: '2028-12-15',
      issuedBy: null,
      startsOn: '2029-01-01',
      endsOn: '2029-12-31',
      clusterId: CLUSTER.id,
      rateBp: 750,
      mechanism: 'OPERATOR_DISCOUNT',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('puts the server’s problems on the fields they are about: the end date, the rate and an overlapping period', async () => {
    markSignedIn(viewerFixture());
    graphqlMock.on(
      UpdateSupportProgrammeDocument,
      graphqlFailure('VALIDATION', 'invalid input', {
        fields: [
          {
            path: 'input.endsOn',
            message: "the programme's period ends before it starts (2026-01-01)",
            reason: { code: 'support_period_ends_before_start', params: [{ name: 'starts_on', kind: 'DATE', value: '2026-01-01' }] },
          },
          {
            path: 'input.rateBp',
            message: 'give the share of the rent supported in basis points, 1 to 10000 (1000 = 10%)',
            reason: { code: 'support_rate_basis_points', params: [] },
          },
          {
            path: 'input.startsOn',
            message: 'overlap',
            reason: {
              code: 'support_programmes_overlap',
              params: [
                { name: 'other', kind: 'TEXT', value: 'Quyết định số 3/2025/QĐ-UBND' },
                { name: 'from', kind: 'DATE', value: '2025-01-01' },
                { name: 'to', kind: 'DATE', value: '2026-06-30' },
              ],
            },
          },
        ],
      }),
    );
    renderWithProviders(<SupportProgrammesPage />);
    const user = userEvent.setup();

    await user.click(within(await programmeRow()).getByTestId('support-programme-edit'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('support-name')).toHaveValue('Hỗ trợ 10% tiền thuê mặt bằng cho DNNVV');
    await user.click(within(dialog).getByTestId('support-submit'));

    await waitFor(() => expect(graphqlMock.calls(UpdateSupportProgrammeDocument)).toHaveLength(1));
    expect(graphqlMock.calls(UpdateSupportProgrammeDocument)[0]).toMatchObject({
      id: 'U3VwcG9ydFByb2dyYW1tZTox',
      input: { rateBp: 1000, mechanism: 'BUDGET_FUNDED', clusterId: null },
    });
    const endsOn = within(dialog).getByTestId('support-ends-on');
    await waitFor(() => expect(endsOn).toHaveAttribute('aria-invalid', 'true'));
    expect(endsOn).toHaveAccessibleDescription('Thời gian của chương trình kết thúc trước khi bắt đầu (01/01/2026)');
    expect(within(dialog).getByTestId('support-rate')).toHaveAccessibleDescription(/Nhập mức hỗ trợ theo điểm cơ bản/);
    expect(within(dialog).getByTestId('support-starts-on')).toHaveAccessibleDescription(
      'Quyết định số 3/2025/QĐ-UBND đã hỗ trợ tiền thuê từ 01/01/2025 đến 30/06/2026 tại các cụm này; mỗi ngày thuê chỉ được hỗ trợ một lần',
    );
    expect(within(dialog).queryByTestId('support-error')).not.toBeInTheDocument();
  });

  it('keeps a programme invoices used, saying why', async () => {
    markSignedIn(viewerFixture());
    graphqlMock.on(
      DeleteSupportProgrammeDocument,
      graphqlFailure('CONFLICT', 'in use', {
        reason: { code: 'support_programme_in_use', params: [{ name: 'claims', kind: 'NUMBER', value: '1250' }] },
      }),
    );
    renderWithProviders(<SupportProgrammesPage />);
    const user = userEvent.setup();

    await user.click(within(await programmeRow()).getByTestId('support-programme-delete'));
    await user.click(await screen.findByTestId('support-delete-confirm'));

    expect(await screen.findByTestId('support-delete-error')).toHaveTextContent(
      'Đã có 1.250 hóa đơn mang khoản hỗ trợ của chương trình này; chương trình được lưu làm hồ sơ (hãy cho kết thúc thay vì xóa)',
    );
  });
});
