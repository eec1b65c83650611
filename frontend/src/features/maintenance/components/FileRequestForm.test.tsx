import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { FileMaintenanceRequestDocument, MaintenanceRequestDetailDocument, MyLeasedPlotsDocument } from '@/gql/graphql';
import type { MyLeasedPlotsQuery } from '@/gql/graphql';
import { markSignedIn, markSignedOut } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { graphqlFailure, graphqlMock, onePage } from '@/test/mock-graphql';
import type { Failure } from '@/test/mock-graphql';
import type { RequestDetail } from '../api/requests';
import { REQUEST_ID, renderMaintenanceAt, requestDetailFixture } from '../testing/fixtures';

const KCC = { id: 'RmlybTox', name: 'KCC Vina' };
const LEASE: MyLeasedPlotsQuery['leases']['nodes'][number] = {
  id: 'TGVhc2U6MQ',
  cluster: { id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' },
  plots: [{ id: 'UGxvdDox', code: 'CN-001' }],
};

/** The endpoint: KCC leases CN-001 in Đồng Sóc; filing answers `file()`, the new request's page answers it. */
function server(file: () => { fileMaintenanceRequest: { request: RequestDetail } } | Failure) {
  graphqlMock
    .on(MyLeasedPlotsDocument, { leases: onePage([LEASE]) })
    .on(FileMaintenanceRequestDocument, file)
    .on(MaintenanceRequestDetailDocument, { node: requestDetailFixture({ urgent: true, priority: 'P2' }) });
}

beforeEach(async () => {
  markSignedIn(viewerFixture({ role: 'ENTERPRISE', email: 'accounting@kcc.example', firm: KCC }));
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
  markSignedOut({ expired: false });
});

describe('filing a maintenance request', { timeout: 20_000 }, () => {
  it('asks for what is broken and the details before sending, then sends the plot, category and urgency and opens the request', async () => {
    server(() => ({ fileMaintenanceRequest: { request: requestDetailFixture({ urgent: true, priority: 'P2' }) } }));
    renderMaintenanceAt('/my-requests/new');
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('request-submit'));
    expect(await screen.findAllByText('Vui lòng nhập trường này')).toHaveLength(2);
    expect(graphqlMock.operations()).not.toContain('FileMaintenanceRequest');

    await user.type(screen.getByTestId('request-title'), '  Cống tắc trước lô CN-001 ');
    await user.type(screen.getByTestId('request-description'), 'Nước tràn ra đường N2 sau mưa.');
    await user.click(screen.getByTestId('request-category'));
    // jsdom does not run the dropdown's transition, so its options stay "hidden" to queries.
    await user.click(await screen.findByRole('option', { name: 'Thoát nước mưa', hidden: true }));
    await user.click(screen.getByTestId('request-plot'));
    await user.click(await screen.findByRole('option', { name: 'CN-001 · CCN Đồng Sóc', hidden: true }));
    await user.click(screen.getByTestId('request-urgent'));
    await user.click(screen.getByTestId('request-submit'));

    expect(await screen.findByTestId('request-title-heading')).toHaveTextContent('Cống tắc trước lô CN-001');
    expect(graphqlMock.calls(FileMaintenanceRequestDocument)).toEqual([
      {
        input: {
          title: 'Cống tắc trước lô CN-001',
          description: 'Nước tràn ra đường N2 sau mưa.',
          category: 'DRAINAGE',
          plotId: 'UGxvdDox',
          location: null,
          urgent: true,
        },
      },
    ]);
    expect(graphqlMock.calls(MaintenanceRequestDetailDocument).at(-1)).toEqual({ id: REQUEST_ID });
  });

  it('puts the server’s validation message under the field it names', async () => {
    server(() =>
      graphqlFailure('VALIDATION', 'invalid input', {
        fields: [{ path: 'input.description', message: 'Mô tả dài quá 10.000 ký tự' }],
      }),
    );
    renderMaintenanceAt('/my-requests/new');
    const user = userEvent.setup();

    await user.type(await screen.findByTestId('request-title'), 'Đèn đường tắt');
    await user.type(screen.getByTestId('request-description'), 'Cả dãy đèn đường N1');
    await user.click(screen.getByTestId('request-submit'));

    expect(await screen.findByText('Mô tả dài quá 10.000 ký tự')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('request-description')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.queryByTestId('file-request-error')).not.toBeInTheDocument();
  });
});
