import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { FirmOptionsDocument, InviteUserDocument } from '@/gql/graphql';
import type { InviteUserMutation } from '@/gql/graphql';
import { graphqlFailure, graphqlMock, onePage } from '@/test/mock-graphql';
import type { Failure } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { InviteUserForm } from './InviteUserForm';

/** The endpoint: one firm to pick, and `inviteUser` answered by `invite`. */
function answer(invite: () => InviteUserMutation | Failure) {
  graphqlMock
    .on(FirmOptionsDocument, { firms: onePage([{ id: 'RmlybTox', name: 'KCC Vina', taxCode: '2500123451', status: 'ACTIVE' }]) })
    .on(InviteUserDocument, invite);
}

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

describe('InviteUserForm', () => {
  it('shows the server validation message under the matching field', async () => {
    answer(() =>
      graphqlFailure('VALIDATION', 'invalid input', {
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
    answer(() => ({ inviteUser: { id: 'SW52OjE=', email: 'ketoan@kcc.example', status: 'PENDING' } }));
    renderWithProviders(<InviteUserForm />);
    const user = userEvent.setup();

    await user.type(screen.getByTestId('invite-email'), 'ketoan@kcc.example');
    await user.selectOptions(screen.getByTestId('invite-role'), 'ENTERPRISE');
    await user.click(screen.getByTestId('invite-submit'));
    expect(await screen.findByText('Vui lòng chọn doanh nghiệp cho người dùng doanh nghiệp thứ cấp')).toBeInTheDocument();
    expect(graphqlMock.operations()).toEqual(['FirmOptions']);

    await waitFor(() => expect(screen.getByTestId('invite-firm')).toBeEnabled());
    await user.selectOptions(screen.getByTestId('invite-firm'), 'RmlybTox');
    await user.selectOptions(screen.getByTestId('invite-locale'), 'en');
    await user.click(screen.getByTestId('invite-submit'));

    await waitFor(() =>
      expect(graphqlMock.calls(InviteUserDocument)).toEqual([
        { input: { email: 'ketoan@kcc.example', role: 'ENTERPRISE', firmId: 'RmlybTox', locale: 'EN' } },
      ]),
    );
  });

  it('offers only the roles an operator may invite', () => {
    renderWithProviders(<InviteUserForm />);
    const options = [...screen.getByTestId('invite-role').querySelectorAll('option')].map((o) => o.value);
    expect(options).toEqual(['OPERATOR_ADMIN', 'OPERATOR_STAFF', 'ENTERPRISE']);
  });
});
