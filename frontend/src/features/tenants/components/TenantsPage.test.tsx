import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReactivateTenantDocument, SuspendTenantDocument, TenantsDocument, UpdateTenantDocument } from '@/gql/graphql';
import { i18n } from '@/i18n/setup';
import { markSignedIn } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { graphqlMock, onePage } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { TenantsPage } from './TenantsPage';

const ACTIVE = 'VGVuYW50OjE=';
const SUSPENDED = 'VGVuYW50OjI=';

beforeEach(async () => {
  markSignedIn(viewerFixture({ role: 'PLATFORM_ADMIN' }));
  graphqlMock.on(TenantsDocument, {
    tenants: onePage([
      {
        id: ACTIVE,
        name: 'Công ty CP Hạ tầng CCN Đồng Sóc',
        kind: 'OPERATOR',
        province: 'Phú Thọ',
        createdAt: '2026-01-05T02:00:00Z',
        suspendedAt: null,
        suspensionReason: null,
      },
      {
        id: SUSPENDED,
        name: 'Công ty TNHH Hạ tầng các CCN Yên Lạc',
        kind: 'OPERATOR',
        province: 'Phú Thọ',
        createdAt: '2026-02-05T02:00:00Z',
        suspendedAt: '2026-11-20T03:00:00Z',
        suspensionReason: 'Chưa thanh toán phí dịch vụ',
      },
    ]),
  });
  await i18n.changeLanguage('vi');
});

describe('operators', { timeout: 20_000 }, () => {
  it('shows who is suspended and why, and suspends another only with a reason', async () => {
    graphqlMock.on(SuspendTenantDocument, {
      suspendTenant: { id: ACTIVE, suspendedAt: '2026-12-02T03:00:00Z', suspensionReason: 'Hết hợp đồng' },
    });
    renderWithProviders(<TenantsPage />);
    const user = userEvent.setup();

    expect(await screen.findByText('Tạm ngừng từ 20/11/2026')).toBeInTheDocument();
    expect(screen.getByText('Chưa thanh toán phí dịch vụ')).toBeInTheDocument();
    expect(screen.queryByTestId(`tenant-suspend-${SUSPENDED}`)).not.toBeInTheDocument();

    await user.click(screen.getByTestId(`tenant-suspend-${ACTIVE}`));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/sẽ bị đăng xuất ngay/)).toBeInTheDocument();
    await user.click(within(dialog).getByTestId('tenant-suspend-confirm'));
    expect(graphqlMock.calls(SuspendTenantDocument)).toEqual([]);
    await user.type(within(dialog).getByTestId('tenant-suspend-reason'), '  Hết hợp đồng ');
    await user.click(within(dialog).getByTestId('tenant-suspend-confirm'));
    await waitFor(() => expect(graphqlMock.calls(SuspendTenantDocument)).toEqual([{ id: ACTIVE, reason: 'Hết hợp đồng' }]));
  });

  it('reactivates a suspended operator and corrects a name', async () => {
    graphqlMock.on(ReactivateTenantDocument, { reactivateTenant: { id: SUSPENDED, suspendedAt: null } });
    graphqlMock.on(UpdateTenantDocument, { updateTenant: { id: ACTIVE, name: 'CCN Đồng Sóc', province: 'Phú Thọ' } });
    renderWithProviders(<TenantsPage />);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId(`tenant-reactivate-${SUSPENDED}`));
    await waitFor(() => expect(graphqlMock.calls(ReactivateTenantDocument)).toEqual([{ id: SUSPENDED }]));

    await user.click(screen.getByTestId(`tenant-edit-${ACTIVE}`));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByTestId('tenant-edit-name');
    await user.clear(name);
    await user.type(name, 'CCN Đồng Sóc');
    await user.click(within(dialog).getByTestId('tenant-edit-save'));
    await waitFor(() =>
      expect(graphqlMock.calls(UpdateTenantDocument)).toEqual([
        { id: ACTIVE, input: { name: 'CCN Đồng Sóc', province: 'Phú Thọ' } },
      ]),
    );
  });
});
