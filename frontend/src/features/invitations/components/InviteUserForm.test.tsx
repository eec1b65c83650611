import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { graphqlError, jsonResponse, renderWithProviders } from '@/test/render';
import { InviteUserForm } from './InviteUserForm';

const fetchMock = vi.fn<typeof fetch>();

interface Sent {
  operationName: string;
  variables: Record<string, unknown>;
}
const sent = (): Sent[] => fetchMock.mock.calls.map(([, init]) => JSON.parse(init?.body as string) as Sent);

function answer(inviteUser: () => Response) {
  fetchMock.mockImplementation((_input, init) => {
    const { operationName } = JSON.parse(init?.body as string) as Sent;
    if (operationName === 'FirmOptions') {
      return Promise.resolve(
        jsonResponse({
          data: {
            firms: {
              pageInfo: { hasNextPage: false, endCursor: null },
              nodes: [{ id: 'RmlybTox', name: 'KCC Vina', taxCode: '2500123456' }],
            },
          },
        }),
      );
    }
    return Promise.resolve(inviteUser());
  });
}

beforeEach(async () => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockReset();
  await i18n.changeLanguage('vi');
});

describe('InviteUserForm', () => {
  it('shows the server validation message under the matching field', async () => {
    answer(() =>
      graphqlError('VALIDATION', 'invalid input', {
        fields: [{ path: 'input.email', message: 'Tên miền email không nhận thư' }],
      }),
    );
    renderWithProviders(<InviteUserForm />);
    const user = userEvent.setup();

    await user.type(screen.getByTestId('invite-email'), 'staff@nowhere.example');
    await user.click(screen.getByTestId('invite-submit'));

    expect(await screen.findByText('Tên miền email không nhận thư')).toBeInTheDocument();
    expect(screen.getByTestId('invite-email')).toHaveAttribute('aria-invalid', 'true');
  });

  it('requires a firm for an enterprise user and sends it with the invitation', async () => {
    answer(() =>
      jsonResponse({ data: { inviteUser: { id: 'SW52OjE=', email: 'ketoan@kcc.example', status: 'PENDING' } } }),
    );
    renderWithProviders(<InviteUserForm />);
    const user = userEvent.setup();

    await user.type(screen.getByTestId('invite-email'), 'ketoan@kcc.example');
    await user.selectOptions(screen.getByTestId('invite-role'), 'ENTERPRISE');
    await user.click(screen.getByTestId('invite-submit'));
    expect(await screen.findByText('Vui lòng chọn doanh nghiệp cho người dùng doanh nghiệp thứ cấp')).toBeInTheDocument();
    expect(sent().map((r) => r.operationName)).toEqual(['FirmOptions']);

    await waitFor(() => expect(screen.getByTestId('invite-firm')).toBeEnabled());
    await user.selectOptions(screen.getByTestId('invite-firm'), 'RmlybTox');
    await user.selectOptions(screen.getByTestId('invite-locale'), 'en');
    await user.click(screen.getByTestId('invite-submit'));

    await waitFor(() => expect(sent().map((r) => r.operationName)).toContain('InviteUser'));
    expect(sent().find((r) => r.operationName === 'InviteUser')?.variables).toEqual({
      input: { email: 'ketoan@kcc.example', role: 'ENTERPRISE', firmId: 'RmlybTox', locale: 'EN' },
    });
  });

  it('offers only the roles an operator may invite', () => {
    renderWithProviders(<InviteUserForm />);
    const options = [...screen.getByTestId('invite-role').querySelectorAll('option')].map((o) => o.value);
    expect(options).toEqual(['OPERATOR_ADMIN', 'OPERATOR_STAFF', 'ENTERPRISE']);
  });
});
